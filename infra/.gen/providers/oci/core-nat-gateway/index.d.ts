import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface CoreNatGatewayConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_nat_gateway#block_traffic CoreNatGateway#block_traffic}
    */
    readonly blockTraffic?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_nat_gateway#compartment_id CoreNatGateway#compartment_id}
    */
    readonly compartmentId: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_nat_gateway#defined_tags CoreNatGateway#defined_tags}
    */
    readonly definedTags?: {
        [key: string]: string;
    };
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_nat_gateway#display_name CoreNatGateway#display_name}
    */
    readonly displayName?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_nat_gateway#freeform_tags CoreNatGateway#freeform_tags}
    */
    readonly freeformTags?: {
        [key: string]: string;
    };
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_nat_gateway#id CoreNatGateway#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_nat_gateway#public_ip_id CoreNatGateway#public_ip_id}
    */
    readonly publicIpId?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_nat_gateway#route_table_id CoreNatGateway#route_table_id}
    */
    readonly routeTableId?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_nat_gateway#vcn_id CoreNatGateway#vcn_id}
    */
    readonly vcnId: string;
    /**
    * timeouts block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_nat_gateway#timeouts CoreNatGateway#timeouts}
    */
    readonly timeouts?: CoreNatGatewayTimeouts;
}
export interface CoreNatGatewayTimeouts {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_nat_gateway#create CoreNatGateway#create}
    */
    readonly create?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_nat_gateway#delete CoreNatGateway#delete}
    */
    readonly delete?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_nat_gateway#update CoreNatGateway#update}
    */
    readonly update?: string;
}
export declare function coreNatGatewayTimeoutsToTerraform(struct?: CoreNatGatewayTimeouts | cdktf.IResolvable): any;
export declare function coreNatGatewayTimeoutsToHclTerraform(struct?: CoreNatGatewayTimeouts | cdktf.IResolvable): any;
export declare class CoreNatGatewayTimeoutsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): CoreNatGatewayTimeouts | cdktf.IResolvable | undefined;
    set internalValue(value: CoreNatGatewayTimeouts | cdktf.IResolvable | undefined);
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
* Represents a {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_nat_gateway oci_core_nat_gateway}
*/
export declare class CoreNatGateway extends cdktf.TerraformResource {
    static readonly tfResourceType = "oci_core_nat_gateway";
    /**
    * Generates CDKTF code for importing a CoreNatGateway resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the CoreNatGateway to import
    * @param importFromId The id of the existing CoreNatGateway that should be imported. Refer to the {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_nat_gateway#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the CoreNatGateway to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_nat_gateway oci_core_nat_gateway} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options CoreNatGatewayConfig
    */
    constructor(scope: Construct, id: string, config: CoreNatGatewayConfig);
    private _blockTraffic?;
    get blockTraffic(): boolean | cdktf.IResolvable;
    set blockTraffic(value: boolean | cdktf.IResolvable);
    resetBlockTraffic(): void;
    get blockTrafficInput(): boolean | cdktf.IResolvable;
    private _compartmentId?;
    get compartmentId(): string;
    set compartmentId(value: string);
    get compartmentIdInput(): string;
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
    get natIp(): string;
    private _publicIpId?;
    get publicIpId(): string;
    set publicIpId(value: string);
    resetPublicIpId(): void;
    get publicIpIdInput(): string;
    private _routeTableId?;
    get routeTableId(): string;
    set routeTableId(value: string);
    resetRouteTableId(): void;
    get routeTableIdInput(): string;
    get state(): string;
    get timeCreated(): string;
    private _vcnId?;
    get vcnId(): string;
    set vcnId(value: string);
    get vcnIdInput(): string;
    private _timeouts;
    get timeouts(): CoreNatGatewayTimeoutsOutputReference;
    putTimeouts(value: CoreNatGatewayTimeouts): void;
    resetTimeouts(): void;
    get timeoutsInput(): cdktf.IResolvable | CoreNatGatewayTimeouts;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
