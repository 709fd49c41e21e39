import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface CoreVcnConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_vcn#cidr_block CoreVcn#cidr_block}
    */
    readonly cidrBlock?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_vcn#cidr_blocks CoreVcn#cidr_blocks}
    */
    readonly cidrBlocks?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_vcn#compartment_id CoreVcn#compartment_id}
    */
    readonly compartmentId: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_vcn#defined_tags CoreVcn#defined_tags}
    */
    readonly definedTags?: {
        [key: string]: string;
    };
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_vcn#display_name CoreVcn#display_name}
    */
    readonly displayName?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_vcn#dns_label CoreVcn#dns_label}
    */
    readonly dnsLabel?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_vcn#freeform_tags CoreVcn#freeform_tags}
    */
    readonly freeformTags?: {
        [key: string]: string;
    };
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_vcn#id CoreVcn#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_vcn#ipv6private_cidr_blocks CoreVcn#ipv6private_cidr_blocks}
    */
    readonly ipv6PrivateCidrBlocks?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_vcn#is_ipv6enabled CoreVcn#is_ipv6enabled}
    */
    readonly isIpv6Enabled?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_vcn#is_oracle_gua_allocation_enabled CoreVcn#is_oracle_gua_allocation_enabled}
    */
    readonly isOracleGuaAllocationEnabled?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_vcn#security_attributes CoreVcn#security_attributes}
    */
    readonly securityAttributes?: {
        [key: string]: string;
    };
    /**
    * byoipv6cidr_details block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_vcn#byoipv6cidr_details CoreVcn#byoipv6cidr_details}
    */
    readonly byoipv6CidrDetails?: CoreVcnByoipv6CidrDetails[] | cdktf.IResolvable;
    /**
    * timeouts block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_vcn#timeouts CoreVcn#timeouts}
    */
    readonly timeouts?: CoreVcnTimeouts;
}
export interface CoreVcnByoipv6CidrDetails {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_vcn#byoipv6range_id CoreVcn#byoipv6range_id}
    */
    readonly byoipv6RangeId: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_vcn#ipv6cidr_block CoreVcn#ipv6cidr_block}
    */
    readonly ipv6CidrBlock: string;
}
export declare function coreVcnByoipv6CidrDetailsToTerraform(struct?: CoreVcnByoipv6CidrDetails | cdktf.IResolvable): any;
export declare function coreVcnByoipv6CidrDetailsToHclTerraform(struct?: CoreVcnByoipv6CidrDetails | cdktf.IResolvable): any;
export declare class CoreVcnByoipv6CidrDetailsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): CoreVcnByoipv6CidrDetails | cdktf.IResolvable | undefined;
    set internalValue(value: CoreVcnByoipv6CidrDetails | cdktf.IResolvable | undefined);
    private _byoipv6RangeId?;
    get byoipv6RangeId(): string;
    set byoipv6RangeId(value: string);
    get byoipv6RangeIdInput(): string;
    private _ipv6CidrBlock?;
    get ipv6CidrBlock(): string;
    set ipv6CidrBlock(value: string);
    get ipv6CidrBlockInput(): string;
}
export declare class CoreVcnByoipv6CidrDetailsList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: CoreVcnByoipv6CidrDetails[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): CoreVcnByoipv6CidrDetailsOutputReference;
}
export interface CoreVcnTimeouts {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_vcn#create CoreVcn#create}
    */
    readonly create?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_vcn#delete CoreVcn#delete}
    */
    readonly delete?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_vcn#update CoreVcn#update}
    */
    readonly update?: string;
}
export declare function coreVcnTimeoutsToTerraform(struct?: CoreVcnTimeouts | cdktf.IResolvable): any;
export declare function coreVcnTimeoutsToHclTerraform(struct?: CoreVcnTimeouts | cdktf.IResolvable): any;
export declare class CoreVcnTimeoutsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): CoreVcnTimeouts | cdktf.IResolvable | undefined;
    set internalValue(value: CoreVcnTimeouts | cdktf.IResolvable | undefined);
    private _create?;
    get create(): string;
    set create(value: string);
    resetCreate(): void;
    get createInput(): string;
    private _delete?;
    get delete(): string;
    set delete(value: string);
    resetDelete(): void;
    get deleteInput(): string;
    private _update?;
    get update(): string;
    set update(value: string);
    resetUpdate(): void;
    get updateInput(): string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_vcn oci_core_vcn}
*/
export declare class CoreVcn extends cdktf.TerraformResource {
    static readonly tfResourceType = "oci_core_vcn";
    /**
    * Generates CDKTF code for importing a CoreVcn resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the CoreVcn to import
    * @param importFromId The id of the existing CoreVcn that should be imported. Refer to the {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_vcn#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the CoreVcn to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_vcn oci_core_vcn} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options CoreVcnConfig
    */
    constructor(scope: Construct, id: string, config: CoreVcnConfig);
    get byoipv6CidrBlocks(): string[];
    private _cidrBlock?;
    get cidrBlock(): string;
    set cidrBlock(value: string);
    resetCidrBlock(): void;
    get cidrBlockInput(): string;
    private _cidrBlocks?;
    get cidrBlocks(): string[];
    set cidrBlocks(value: string[]);
    resetCidrBlocks(): void;
    get cidrBlocksInput(): string[];
    private _compartmentId?;
    get compartmentId(): string;
    set compartmentId(value: string);
    get compartmentIdInput(): string;
    get defaultDhcpOptionsId(): string;
    get defaultRouteTableId(): string;
    get defaultSecurityListId(): string;
    private _definedTags?;
    get definedTags(): {
        [key: string]: string;
    };
    set definedTags(value: {
        [key: string]: string;
    });
    resetDefinedTags(): void;
    get definedTagsInput(): {
        [key: string]: string;
    };
    private _displayName?;
    get displayName(): string;
    set displayName(value: string);
    resetDisplayName(): void;
    get displayNameInput(): string;
    private _dnsLabel?;
    get dnsLabel(): string;
    set dnsLabel(value: string);
    resetDnsLabel(): void;
    get dnsLabelInput(): string;
    private _freeformTags?;
    get freeformTags(): {
        [key: string]: string;
    };
    set freeformTags(value: {
        [key: string]: string;
    });
    resetFreeformTags(): void;
    get freeformTagsInput(): {
        [key: string]: string;
    };
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string;
    get ipv6CidrBlocks(): string[];
    private _ipv6PrivateCidrBlocks?;
    get ipv6PrivateCidrBlocks(): string[];
    set ipv6PrivateCidrBlocks(value: string[]);
    resetIpv6PrivateCidrBlocks(): void;
    get ipv6PrivateCidrBlocksInput(): string[];
    private _isIpv6Enabled?;
    get isIpv6Enabled(): boolean | cdktf.IResolvable;
    set isIpv6Enabled(value: boolean | cdktf.IResolvable);
    resetIsIpv6Enabled(): void;
    get isIpv6EnabledInput(): boolean | cdktf.IResolvable;
    private _isOracleGuaAllocationEnabled?;
    get isOracleGuaAllocationEnabled(): boolean | cdktf.IResolvable;
    set isOracleGuaAllocationEnabled(value: boolean | cdktf.IResolvable);
    resetIsOracleGuaAllocationEnabled(): void;
    get isOracleGuaAllocationEnabledInput(): boolean | cdktf.IResolvable;
    private _securityAttributes?;
    get securityAttributes(): {
        [key: string]: string;
    };
    set securityAttributes(value: {
        [key: string]: string;
    });
    resetSecurityAttributes(): void;
    get securityAttributesInput(): {
        [key: string]: string;
    };
    get state(): string;
    get timeCreated(): string;
    get vcnDomainName(): string;
    private _byoipv6CidrDetails;
    get byoipv6CidrDetails(): CoreVcnByoipv6CidrDetailsList;
    putByoipv6CidrDetails(value: CoreVcnByoipv6CidrDetails[] | cdktf.IResolvable): void;
    resetByoipv6CidrDetails(): void;
    get byoipv6CidrDetailsInput(): cdktf.IResolvable | CoreVcnByoipv6CidrDetails[];
    private _timeouts;
    get timeouts(): CoreVcnTimeoutsOutputReference;
    putTimeouts(value: CoreVcnTimeouts): void;
    resetTimeouts(): void;
    get timeoutsInput(): cdktf.IResolvable | CoreVcnTimeouts;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
