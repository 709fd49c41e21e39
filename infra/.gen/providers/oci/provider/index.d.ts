import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface OciProviderConfig {
    /**
    * (Optional) The type of auth to use. Options are 'ApiKey', 'InstancePrincipal', 'InstancePrincipalWithCerts', 'SecurityToken', 'ResourcePrincipal', 'OKEWorkloadIdentity', 'WorkloadIdentityFederation'. By default, 'ApiKey' will be used.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#auth OciProvider#auth}
    */
    readonly auth?: string;
    /**
    * (Optional) The profile name to be used from config file, if not set it will be DEFAULT.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#config_file_profile OciProvider#config_file_profile}
    */
    readonly configFileProfile?: string;
    /**
    * (Optional) Disable automatic retries for retriable errors.
    * Automatic retries were introduced to solve some eventual consistency problems but it also introduced performance issues on destroy operations.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#disable_auto_retries OciProvider#disable_auto_retries}
    */
    readonly disableAutoRetries?: boolean | cdktf.IResolvable;
    /**
    * (Optional) flags to enable Dual Stack endpoint.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#dual_stack_endpoint_enabled OciProvider#dual_stack_endpoint_enabled}
    */
    readonly dualStackEndpointEnabled?: boolean | cdktf.IResolvable;
    /**
    * (Optional) The fingerprint for the user's RSA key. This can be found in user settings in the Oracle Cloud Infrastructure console. Required if auth is set to 'ApiKey', ignored otherwise.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#fingerprint OciProvider#fingerprint}
    */
    readonly fingerprint?: string;
    /**
    * (Optional) List of defined tags keys that Terraform should ignore when planning creates and updates to the associated remote object
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#ignore_defined_tags OciProvider#ignore_defined_tags}
    */
    readonly ignoreDefinedTags?: string[];
    /**
    * (Optional) A PEM formatted RSA private key for the user.
    * A private_key or a private_key_path must be provided if auth is set to 'ApiKey', ignored otherwise.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#private_key OciProvider#private_key}
    */
    readonly privateKey?: string;
    /**
    * (Optional) The password used to secure the private key.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#private_key_password OciProvider#private_key_password}
    */
    readonly privateKeyPassword?: string;
    /**
    * (Optional) The path to the user's PEM formatted private key.
    * A private_key or a private_key_path must be provided if auth is set to 'ApiKey', ignored otherwise.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#private_key_path OciProvider#private_key_path}
    */
    readonly privateKeyPath?: string;
    /**
    * (Optional) flags to enable realm specific service endpoint.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#realm_specific_service_endpoint_template_enabled OciProvider#realm_specific_service_endpoint_template_enabled}
    */
    readonly realmSpecificServiceEndpointTemplateEnabled?: boolean | cdktf.IResolvable;
    /**
    * (Required) The region for API connections (e.g. us-ashburn-1).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#region OciProvider#region}
    */
    readonly region?: string;
    /**
    * (Optional) Config file which has the configuration for 4xx and 5xx retries in JSON format
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#retries_config_file OciProvider#retries_config_file}
    */
    readonly retriesConfigFile?: string;
    /**
    * (Optional) The minimum duration (in seconds) to retry a resource operation in response to an error.
    * The actual retry duration may be longer due to jittering of retry operations. This value is ignored if the `disable_auto_retries` field is set to true.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#retry_duration_seconds OciProvider#retry_duration_seconds}
    */
    readonly retryDurationSeconds?: number;
    /**
    * (Optional) The tenancy OCID for a user. The tenancy OCID can be found at the bottom of user settings in the Oracle Cloud Infrastructure console. Required if auth is set to 'ApiKey', ignored otherwise.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#tenancy_ocid OciProvider#tenancy_ocid}
    */
    readonly tenancyOcid?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#test_time_maintenance_reboot_due OciProvider#test_time_maintenance_reboot_due}
    */
    readonly testTimeMaintenanceRebootDue?: string;
    /**
    * (Optional) Authentication method for the token-exchange client. Valid values are 'OAuthClientCredentials' and 'InstancePrincipal'. Used only if auth is set to 'WorkloadIdentityFederation'. Defaults to 'OAuthClientCredentials'.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#token_exchange_auth OciProvider#token_exchange_auth}
    */
    readonly tokenExchangeAuth?: string;
    /**
    * (Optional) Token-exchange client ID. Required when auth is set to 'WorkloadIdentityFederation' and token_exchange_auth is 'OAuthClientCredentials', ignored otherwise.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#token_exchange_client_id OciProvider#token_exchange_client_id}
    */
    readonly tokenExchangeClientId?: string;
    /**
    * (Optional) Token-exchange client secret. Required when auth is set to 'WorkloadIdentityFederation' and token_exchange_auth is 'OAuthClientCredentials', ignored otherwise.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#token_exchange_client_secret OciProvider#token_exchange_client_secret}
    */
    readonly tokenExchangeClientSecret?: string;
    /**
    * (Optional) OCI IAM identity domain URL for token exchange. Required if auth is set to 'WorkloadIdentityFederation', ignored otherwise.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#token_exchange_domain_url OciProvider#token_exchange_domain_url}
    */
    readonly tokenExchangeDomainUrl?: string;
    /**
    * (Optional) Public key used by the token-exchange flow, where applicable. Used only if auth is set to 'WorkloadIdentityFederation'.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#token_exchange_public_key OciProvider#token_exchange_public_key}
    */
    readonly tokenExchangePublicKey?: string;
    /**
    * (Optional) Requested token type for token exchange. Required if auth is set to 'WorkloadIdentityFederation', ignored otherwise.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#token_exchange_requested_token_type OciProvider#token_exchange_requested_token_type}
    */
    readonly tokenExchangeRequestedTokenType?: string;
    /**
    * (Optional) Resource type used during token exchange. Required if auth is set to 'WorkloadIdentityFederation', ignored otherwise.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#token_exchange_resource_type OciProvider#token_exchange_resource_type}
    */
    readonly tokenExchangeResourceType?: string;
    /**
    * (Optional) Requested RPST expiration for token exchange. Used only if auth is set to 'WorkloadIdentityFederation'.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#token_exchange_rpst_exp OciProvider#token_exchange_rpst_exp}
    */
    readonly tokenExchangeRpstExp?: string;
    /**
    * (Optional) Subject token type for the Kubernetes service account JWT. Required if auth is set to 'WorkloadIdentityFederation', ignored otherwise.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#token_exchange_subject_token_type OciProvider#token_exchange_subject_token_type}
    */
    readonly tokenExchangeSubjectTokenType?: string;
    /**
    * (Optional) The user OCID. This can be found in user settings in the Oracle Cloud Infrastructure console. Required if auth is set to 'ApiKey', ignored otherwise.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#user_ocid OciProvider#user_ocid}
    */
    readonly userOcid?: string;
    /**
    * (Optional) Path to the projected Kubernetes service account token. Required if auth is set to 'WorkloadIdentityFederation', ignored otherwise.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#workload_identity_token_path OciProvider#workload_identity_token_path}
    */
    readonly workloadIdentityTokenPath?: string;
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
    private _dualStackEndpointEnabled?;
    get dualStackEndpointEnabled(): boolean | cdktf.IResolvable | undefined;
    set dualStackEndpointEnabled(value: boolean | cdktf.IResolvable | undefined);
    resetDualStackEndpointEnabled(): void;
    get dualStackEndpointEnabledInput(): boolean | cdktf.IResolvable;
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
    private _retriesConfigFile?;
    get retriesConfigFile(): string | undefined;
    set retriesConfigFile(value: string | undefined);
    resetRetriesConfigFile(): void;
    get retriesConfigFileInput(): string;
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
    private _testTimeMaintenanceRebootDue?;
    get testTimeMaintenanceRebootDue(): string | undefined;
    set testTimeMaintenanceRebootDue(value: string | undefined);
    resetTestTimeMaintenanceRebootDue(): void;
    get testTimeMaintenanceRebootDueInput(): string;
    private _tokenExchangeAuth?;
    get tokenExchangeAuth(): string | undefined;
    set tokenExchangeAuth(value: string | undefined);
    resetTokenExchangeAuth(): void;
    get tokenExchangeAuthInput(): string;
    private _tokenExchangeClientId?;
    get tokenExchangeClientId(): string | undefined;
    set tokenExchangeClientId(value: string | undefined);
    resetTokenExchangeClientId(): void;
    get tokenExchangeClientIdInput(): string;
    private _tokenExchangeClientSecret?;
    get tokenExchangeClientSecret(): string | undefined;
    set tokenExchangeClientSecret(value: string | undefined);
    resetTokenExchangeClientSecret(): void;
    get tokenExchangeClientSecretInput(): string;
    private _tokenExchangeDomainUrl?;
    get tokenExchangeDomainUrl(): string | undefined;
    set tokenExchangeDomainUrl(value: string | undefined);
    resetTokenExchangeDomainUrl(): void;
    get tokenExchangeDomainUrlInput(): string;
    private _tokenExchangePublicKey?;
    get tokenExchangePublicKey(): string | undefined;
    set tokenExchangePublicKey(value: string | undefined);
    resetTokenExchangePublicKey(): void;
    get tokenExchangePublicKeyInput(): string;
    private _tokenExchangeRequestedTokenType?;
    get tokenExchangeRequestedTokenType(): string | undefined;
    set tokenExchangeRequestedTokenType(value: string | undefined);
    resetTokenExchangeRequestedTokenType(): void;
    get tokenExchangeRequestedTokenTypeInput(): string;
    private _tokenExchangeResourceType?;
    get tokenExchangeResourceType(): string | undefined;
    set tokenExchangeResourceType(value: string | undefined);
    resetTokenExchangeResourceType(): void;
    get tokenExchangeResourceTypeInput(): string;
    private _tokenExchangeRpstExp?;
    get tokenExchangeRpstExp(): string | undefined;
    set tokenExchangeRpstExp(value: string | undefined);
    resetTokenExchangeRpstExp(): void;
    get tokenExchangeRpstExpInput(): string;
    private _tokenExchangeSubjectTokenType?;
    get tokenExchangeSubjectTokenType(): string | undefined;
    set tokenExchangeSubjectTokenType(value: string | undefined);
    resetTokenExchangeSubjectTokenType(): void;
    get tokenExchangeSubjectTokenTypeInput(): string;
    private _userOcid?;
    get userOcid(): string | undefined;
    set userOcid(value: string | undefined);
    resetUserOcid(): void;
    get userOcidInput(): string;
    private _workloadIdentityTokenPath?;
    get workloadIdentityTokenPath(): string | undefined;
    set workloadIdentityTokenPath(value: string | undefined);
    resetWorkloadIdentityTokenPath(): void;
    get workloadIdentityTokenPathInput(): string;
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
