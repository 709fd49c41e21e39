import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface OciProviderConfig {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#auth OciProvider#auth}
    */
    readonly auth?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#config_file_profile OciProvider#config_file_profile}
    */
    readonly configFileProfile?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#disable_auto_retries OciProvider#disable_auto_retries}
    */
    readonly disableAutoRetries?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#fingerprint OciProvider#fingerprint}
    */
    readonly fingerprint?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#ignore_defined_tags OciProvider#ignore_defined_tags}
    */
    readonly ignoreDefinedTags?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#private_key OciProvider#private_key}
    */
    readonly privateKey?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#private_key_password OciProvider#private_key_password}
    */
    readonly privateKeyPassword?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#private_key_path OciProvider#private_key_path}
    */
    readonly privateKeyPath?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#realm_specific_service_endpoint_template_enabled OciProvider#realm_specific_service_endpoint_template_enabled}
    */
    readonly realmSpecificServiceEndpointTemplateEnabled?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#region OciProvider#region}
    */
    readonly region?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#retry_duration_seconds OciProvider#retry_duration_seconds}
    */
    readonly retryDurationSeconds?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#tenancy_ocid OciProvider#tenancy_ocid}
    */
    readonly tenancyOcid?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#user_ocid OciProvider#user_ocid}
    */
    readonly userOcid?: string;
    /**
    * Alias name
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#alias OciProvider#alias}
    */
    readonly alias?: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs oci}
*/
export declare class OciProvider extends cdktf.TerraformProvider {
    static readonly tfResourceType = "oci";
    /**
    * Generates CDKTF code for importing a OciProvider resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the OciProvider to import
    * @param importFromId The id of the existing OciProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the OciProvider to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs oci} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options OciProviderConfig = {}
    */
    constructor(scope: Construct, id: string, config?: OciProviderConfig);
    private _auth?;
    get auth(): string | undefined;
    set auth(value: string | undefined);
    resetAuth(): void;
    get authInput(): string;
    private _configFileProfile?;
    get configFileProfile(): string | undefined;
    set configFileProfile(value: string | undefined);
    resetConfigFileProfile(): void;
    get configFileProfileInput(): string;
    private _disableAutoRetries?;
    get disableAutoRetries(): boolean | cdktf.IResolvable | undefined;
    set disableAutoRetries(value: boolean | cdktf.IResolvable | undefined);
    resetDisableAutoRetries(): void;
    get disableAutoRetriesInput(): boolean | cdktf.IResolvable;
    private _fingerprint?;
    get fingerprint(): string | undefined;
    set fingerprint(value: string | undefined);
    resetFingerprint(): void;
    get fingerprintInput(): string;
    private _ignoreDefinedTags?;
    get ignoreDefinedTags(): string[] | undefined;
    set ignoreDefinedTags(value: string[] | undefined);
    resetIgnoreDefinedTags(): void;
    get ignoreDefinedTagsInput(): string[];
    private _privateKey?;
    get privateKey(): string | undefined;
    set privateKey(value: string | undefined);
    resetPrivateKey(): void;
    get privateKeyInput(): string;
    private _privateKeyPassword?;
    get privateKeyPassword(): string | undefined;
    set privateKeyPassword(value: string | undefined);
    resetPrivateKeyPassword(): void;
    get privateKeyPasswordInput(): string;
    private _privateKeyPath?;
    get privateKeyPath(): string | undefined;
    set privateKeyPath(value: string | undefined);
    resetPrivateKeyPath(): void;
    get privateKeyPathInput(): string;
    private _realmSpecificServiceEndpointTemplateEnabled?;
    get realmSpecificServiceEndpointTemplateEnabled(): boolean | cdktf.IResolvable | undefined;
    set realmSpecificServiceEndpointTemplateEnabled(value: boolean | cdktf.IResolvable | undefined);
    resetRealmSpecificServiceEndpointTemplateEnabled(): void;
    get realmSpecificServiceEndpointTemplateEnabledInput(): boolean | cdktf.IResolvable;
    private _region?;
    get region(): string | undefined;
    set region(value: string | undefined);
    resetRegion(): void;
    get regionInput(): string;
    private _retryDurationSeconds?;
    get retryDurationSeconds(): number | undefined;
    set retryDurationSeconds(value: number | undefined);
    resetRetryDurationSeconds(): void;
    get retryDurationSecondsInput(): number;
    private _tenancyOcid?;
    get tenancyOcid(): string | undefined;
    set tenancyOcid(value: string | undefined);
    resetTenancyOcid(): void;
    get tenancyOcidInput(): string;
    private _userOcid?;
    get userOcid(): string | undefined;
    set userOcid(value: string | undefined);
    resetUserOcid(): void;
    get userOcidInput(): string;
    private _alias?;
    get alias(): string | undefined;
    set alias(value: string | undefined);
    resetAlias(): void;
    get aliasInput(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
