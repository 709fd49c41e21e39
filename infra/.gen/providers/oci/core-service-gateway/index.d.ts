import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface CoreServiceGatewayConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_service_gateway#compartment_id CoreServiceGateway#compartment_id}
    */
    readonly compartmentId: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_service_gateway#defined_tags CoreServiceGateway#defined_tags}
    */
    readonly definedTags?: {
        [key: string]: string;
    };
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_service_gateway#display_name CoreServiceGateway#display_name}
    */
    readonly displayName?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_service_gateway#freeform_tags CoreServiceGateway#freeform_tags}
    */
    readonly freeformTags?: {
        [key: string]: string;
    };
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_service_gateway#id CoreServiceGateway#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_service_gateway#route_table_id CoreServiceGateway#route_table_id}
    */
    readonly routeTableId?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_service_gateway#vcn_id CoreServiceGateway#vcn_id}
    */
    readonly vcnId: string;
    /**
    * services block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_service_gateway#services CoreServiceGateway#services}
    */
    readonly services: CoreServiceGatewayServices[] | cdktf.IResolvable;
    /**
    * timeouts block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_service_gateway#timeouts CoreServiceGateway#timeouts}
    */
    readonly timeouts?: CoreServiceGatewayTimeouts;
}
export interface CoreServiceGatewayServices {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_service_gateway#service_id CoreServiceGateway#service_id}
    */
    readonly serviceId: string;
}
export declare function coreServiceGatewayServicesToTerraform(struct?: CoreServiceGatewayServices | cdktf.IResolvable): any;
export declare function coreServiceGatewayServicesToHclTerraform(struct?: CoreServiceGatewayServices | cdktf.IResolvable): any;
export declare class CoreServiceGatewayServicesOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): CoreServiceGatewayServices | cdktf.IResolvable | undefined;
    set internalValue(value: CoreServiceGatewayServices | cdktf.IResolvable | undefined);
    private _serviceId?;
    get serviceId(): string;
    set serviceId(value: string);
    get serviceIdInput(): string;
    get serviceName(): string;
}
export declare class CoreServiceGatewayServicesList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: CoreServiceGatewayServices[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): CoreServiceGatewayServicesOutputReference;
}
export interface CoreServiceGatewayTimeouts {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_service_gateway#create CoreServiceGateway#create}
    */
    readonly create?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_service_gateway#delete CoreServiceGateway#delete}
    */
    readonly delete?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_service_gateway#update CoreServiceGateway#update}
    */
    readonly update?: string;
}
export declare function coreServiceGatewayTimeoutsToTerraform(struct?: CoreServiceGatewayTimeouts | cdktf.IResolvable): any;
export declare function coreServiceGatewayTimeoutsToHclTerraform(struct?: CoreServiceGatewayTimeouts | cdktf.IResolvable): any;
export declare class CoreServiceGatewayTimeoutsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): CoreServiceGatewayTimeouts | cdktf.IResolvable | undefined;
    set internalValue(value: CoreServiceGatewayTimeouts | cdktf.IResolvable | undefined);
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
* Represents a {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_service_gateway oci_core_service_gateway}
*/
export declare class CoreServiceGateway extends cdktf.TerraformResource {
    static readonly tfResourceType = "oci_core_service_gateway";
    /**
    * Generates CDKTF code for importing a CoreServiceGateway resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the CoreServiceGateway to import
    * @param importFromId The id of the existing CoreServiceGateway that should be imported. Refer to the {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_service_gateway#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the CoreServiceGateway to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_service_gateway oci_core_service_gateway} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options CoreServiceGatewayConfig
    */
    constructor(scope: Construct, id: string, config: CoreServiceGatewayConfig);
    get blockTraffic(): cdktf.IResolvable;
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
    private _services;
    get services(): CoreServiceGatewayServicesList;
    putServices(value: CoreServiceGatewayServices[] | cdktf.IResolvable): void;
    get servicesInput(): cdktf.IResolvable | CoreServiceGatewayServices[];
    private _timeouts;
    get timeouts(): CoreServiceGatewayTimeoutsOutputReference;
    putTimeouts(value: CoreServiceGatewayTimeouts): void;
    resetTimeouts(): void;
    get timeoutsInput(): cdktf.IResolvable | CoreServiceGatewayTimeouts;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
