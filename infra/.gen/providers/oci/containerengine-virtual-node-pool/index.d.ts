import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface ContainerengineVirtualNodePoolConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool#cluster_id ContainerengineVirtualNodePool#cluster_id}
    */
    readonly clusterId: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool#compartment_id ContainerengineVirtualNodePool#compartment_id}
    */
    readonly compartmentId: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool#defined_tags ContainerengineVirtualNodePool#defined_tags}
    */
    readonly definedTags?: {
        [key: string]: string;
    };
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool#display_name ContainerengineVirtualNodePool#display_name}
    */
    readonly displayName: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool#freeform_tags ContainerengineVirtualNodePool#freeform_tags}
    */
    readonly freeformTags?: {
        [key: string]: string;
    };
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool#id ContainerengineVirtualNodePool#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool#nsg_ids ContainerengineVirtualNodePool#nsg_ids}
    */
    readonly nsgIds?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool#size ContainerengineVirtualNodePool#size}
    */
    readonly size: number;
    /**
    * initial_virtual_node_labels block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool#initial_virtual_node_labels ContainerengineVirtualNodePool#initial_virtual_node_labels}
    */
    readonly initialVirtualNodeLabels?: ContainerengineVirtualNodePoolInitialVirtualNodeLabels[] | cdktf.IResolvable;
    /**
    * placement_configurations block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool#placement_configurations ContainerengineVirtualNodePool#placement_configurations}
    */
    readonly placementConfigurations: ContainerengineVirtualNodePoolPlacementConfigurations[] | cdktf.IResolvable;
    /**
    * pod_configuration block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool#pod_configuration ContainerengineVirtualNodePool#pod_configuration}
    */
    readonly podConfiguration: ContainerengineVirtualNodePoolPodConfiguration;
    /**
    * taints block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool#taints ContainerengineVirtualNodePool#taints}
    */
    readonly taints?: ContainerengineVirtualNodePoolTaints[] | cdktf.IResolvable;
    /**
    * timeouts block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool#timeouts ContainerengineVirtualNodePool#timeouts}
    */
    readonly timeouts?: ContainerengineVirtualNodePoolTimeouts;
    /**
    * virtual_node_pool_cycling_details block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool#virtual_node_pool_cycling_details ContainerengineVirtualNodePool#virtual_node_pool_cycling_details}
    */
    readonly virtualNodePoolCyclingDetails?: ContainerengineVirtualNodePoolVirtualNodePoolCyclingDetails;
    /**
    * virtual_node_tags block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool#virtual_node_tags ContainerengineVirtualNodePool#virtual_node_tags}
    */
    readonly virtualNodeTags?: ContainerengineVirtualNodePoolVirtualNodeTags;
}
export interface ContainerengineVirtualNodePoolInitialVirtualNodeLabels {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool#key ContainerengineVirtualNodePool#key}
    */
    readonly key?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool#value ContainerengineVirtualNodePool#value}
    */
    readonly value?: string;
}
export declare function containerengineVirtualNodePoolInitialVirtualNodeLabelsToTerraform(struct?: ContainerengineVirtualNodePoolInitialVirtualNodeLabels | cdktf.IResolvable): any;
export declare function containerengineVirtualNodePoolInitialVirtualNodeLabelsToHclTerraform(struct?: ContainerengineVirtualNodePoolInitialVirtualNodeLabels | cdktf.IResolvable): any;
export declare class ContainerengineVirtualNodePoolInitialVirtualNodeLabelsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): ContainerengineVirtualNodePoolInitialVirtualNodeLabels | cdktf.IResolvable | undefined;
    set internalValue(value: ContainerengineVirtualNodePoolInitialVirtualNodeLabels | cdktf.IResolvable | undefined);
    private _key?;
    get key(): string;
    set key(value: string);
    resetKey(): void;
    get keyInput(): string;
    private _value?;
    get value(): string;
    set value(value: string);
    resetValue(): void;
    get valueInput(): string;
}
export declare class ContainerengineVirtualNodePoolInitialVirtualNodeLabelsList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: ContainerengineVirtualNodePoolInitialVirtualNodeLabels[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): ContainerengineVirtualNodePoolInitialVirtualNodeLabelsOutputReference;
}
export interface ContainerengineVirtualNodePoolPlacementConfigurations {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool#availability_domain ContainerengineVirtualNodePool#availability_domain}
    */
    readonly availabilityDomain: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool#fault_domain ContainerengineVirtualNodePool#fault_domain}
    */
    readonly faultDomain: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool#subnet_id ContainerengineVirtualNodePool#subnet_id}
    */
    readonly subnetId: string;
}
export declare function containerengineVirtualNodePoolPlacementConfigurationsToTerraform(struct?: ContainerengineVirtualNodePoolPlacementConfigurations | cdktf.IResolvable): any;
export declare function containerengineVirtualNodePoolPlacementConfigurationsToHclTerraform(struct?: ContainerengineVirtualNodePoolPlacementConfigurations | cdktf.IResolvable): any;
export declare class ContainerengineVirtualNodePoolPlacementConfigurationsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): ContainerengineVirtualNodePoolPlacementConfigurations | cdktf.IResolvable | undefined;
    set internalValue(value: ContainerengineVirtualNodePoolPlacementConfigurations | cdktf.IResolvable | undefined);
    private _availabilityDomain?;
    get availabilityDomain(): string;
    set availabilityDomain(value: string);
    get availabilityDomainInput(): string;
    private _faultDomain?;
    get faultDomain(): string[];
    set faultDomain(value: string[]);
    get faultDomainInput(): string[];
    private _subnetId?;
    get subnetId(): string;
    set subnetId(value: string);
    get subnetIdInput(): string;
}
export declare class ContainerengineVirtualNodePoolPlacementConfigurationsList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: ContainerengineVirtualNodePoolPlacementConfigurations[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): ContainerengineVirtualNodePoolPlacementConfigurationsOutputReference;
}
export interface ContainerengineVirtualNodePoolPodConfiguration {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool#nsg_ids ContainerengineVirtualNodePool#nsg_ids}
    */
    readonly nsgIds?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool#shape ContainerengineVirtualNodePool#shape}
    */
    readonly shape: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool#subnet_id ContainerengineVirtualNodePool#subnet_id}
    */
    readonly subnetId: string;
}
export declare function containerengineVirtualNodePoolPodConfigurationToTerraform(struct?: ContainerengineVirtualNodePoolPodConfigurationOutputReference | ContainerengineVirtualNodePoolPodConfiguration): any;
export declare function containerengineVirtualNodePoolPodConfigurationToHclTerraform(struct?: ContainerengineVirtualNodePoolPodConfigurationOutputReference | ContainerengineVirtualNodePoolPodConfiguration): any;
export declare class ContainerengineVirtualNodePoolPodConfigurationOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerengineVirtualNodePoolPodConfiguration | undefined;
    set internalValue(value: ContainerengineVirtualNodePoolPodConfiguration | undefined);
    private _nsgIds?;
    get nsgIds(): string[];
    set nsgIds(value: string[]);
    resetNsgIds(): void;
    get nsgIdsInput(): string[];
    private _shape?;
    get shape(): string;
    set shape(value: string);
    get shapeInput(): string;
    private _subnetId?;
    get subnetId(): string;
    set subnetId(value: string);
    get subnetIdInput(): string;
}
export interface ContainerengineVirtualNodePoolTaints {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool#effect ContainerengineVirtualNodePool#effect}
    */
    readonly effect?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool#key ContainerengineVirtualNodePool#key}
    */
    readonly key?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool#value ContainerengineVirtualNodePool#value}
    */
    readonly value?: string;
}
export declare function containerengineVirtualNodePoolTaintsToTerraform(struct?: ContainerengineVirtualNodePoolTaints | cdktf.IResolvable): any;
export declare function containerengineVirtualNodePoolTaintsToHclTerraform(struct?: ContainerengineVirtualNodePoolTaints | cdktf.IResolvable): any;
export declare class ContainerengineVirtualNodePoolTaintsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): ContainerengineVirtualNodePoolTaints | cdktf.IResolvable | undefined;
    set internalValue(value: ContainerengineVirtualNodePoolTaints | cdktf.IResolvable | undefined);
    private _effect?;
    get effect(): string;
    set effect(value: string);
    resetEffect(): void;
    get effectInput(): string;
    private _key?;
    get key(): string;
    set key(value: string);
    resetKey(): void;
    get keyInput(): string;
    private _value?;
    get value(): string;
    set value(value: string);
    resetValue(): void;
    get valueInput(): string;
}
export declare class ContainerengineVirtualNodePoolTaintsList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: ContainerengineVirtualNodePoolTaints[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): ContainerengineVirtualNodePoolTaintsOutputReference;
}
export interface ContainerengineVirtualNodePoolTimeouts {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool#create ContainerengineVirtualNodePool#create}
    */
    readonly create?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool#delete ContainerengineVirtualNodePool#delete}
    */
    readonly delete?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool#update ContainerengineVirtualNodePool#update}
    */
    readonly update?: string;
}
export declare function containerengineVirtualNodePoolTimeoutsToTerraform(struct?: ContainerengineVirtualNodePoolTimeouts | cdktf.IResolvable): any;
export declare function containerengineVirtualNodePoolTimeoutsToHclTerraform(struct?: ContainerengineVirtualNodePoolTimeouts | cdktf.IResolvable): any;
export declare class ContainerengineVirtualNodePoolTimeoutsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerengineVirtualNodePoolTimeouts | cdktf.IResolvable | undefined;
    set internalValue(value: ContainerengineVirtualNodePoolTimeouts | cdktf.IResolvable | undefined);
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
export interface ContainerengineVirtualNodePoolVirtualNodePoolCyclingDetails {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool#is_virtual_node_cycling_enabled ContainerengineVirtualNodePool#is_virtual_node_cycling_enabled}
    */
    readonly isVirtualNodeCyclingEnabled?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool#maximum_surge ContainerengineVirtualNodePool#maximum_surge}
    */
    readonly maximumSurge?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool#maximum_unavailable ContainerengineVirtualNodePool#maximum_unavailable}
    */
    readonly maximumUnavailable?: string;
}
export declare function containerengineVirtualNodePoolVirtualNodePoolCyclingDetailsToTerraform(struct?: ContainerengineVirtualNodePoolVirtualNodePoolCyclingDetailsOutputReference | ContainerengineVirtualNodePoolVirtualNodePoolCyclingDetails): any;
export declare function containerengineVirtualNodePoolVirtualNodePoolCyclingDetailsToHclTerraform(struct?: ContainerengineVirtualNodePoolVirtualNodePoolCyclingDetailsOutputReference | ContainerengineVirtualNodePoolVirtualNodePoolCyclingDetails): any;
export declare class ContainerengineVirtualNodePoolVirtualNodePoolCyclingDetailsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerengineVirtualNodePoolVirtualNodePoolCyclingDetails | undefined;
    set internalValue(value: ContainerengineVirtualNodePoolVirtualNodePoolCyclingDetails | undefined);
    private _isVirtualNodeCyclingEnabled?;
    get isVirtualNodeCyclingEnabled(): boolean | cdktf.IResolvable;
    set isVirtualNodeCyclingEnabled(value: boolean | cdktf.IResolvable);
    resetIsVirtualNodeCyclingEnabled(): void;
    get isVirtualNodeCyclingEnabledInput(): boolean | cdktf.IResolvable;
    private _maximumSurge?;
    get maximumSurge(): string;
    set maximumSurge(value: string);
    resetMaximumSurge(): void;
    get maximumSurgeInput(): string;
    private _maximumUnavailable?;
    get maximumUnavailable(): string;
    set maximumUnavailable(value: string);
    resetMaximumUnavailable(): void;
    get maximumUnavailableInput(): string;
}
export interface ContainerengineVirtualNodePoolVirtualNodeTags {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool#defined_tags ContainerengineVirtualNodePool#defined_tags}
    */
    readonly definedTags?: {
        [key: string]: string;
    };
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool#freeform_tags ContainerengineVirtualNodePool#freeform_tags}
    */
    readonly freeformTags?: {
        [key: string]: string;
    };
}
export declare function containerengineVirtualNodePoolVirtualNodeTagsToTerraform(struct?: ContainerengineVirtualNodePoolVirtualNodeTagsOutputReference | ContainerengineVirtualNodePoolVirtualNodeTags): any;
export declare function containerengineVirtualNodePoolVirtualNodeTagsToHclTerraform(struct?: ContainerengineVirtualNodePoolVirtualNodeTagsOutputReference | ContainerengineVirtualNodePoolVirtualNodeTags): any;
export declare class ContainerengineVirtualNodePoolVirtualNodeTagsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerengineVirtualNodePoolVirtualNodeTags | undefined;
    set internalValue(value: ContainerengineVirtualNodePoolVirtualNodeTags | undefined);
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
}
/**
* Represents a {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool oci_containerengine_virtual_node_pool}
*/
export declare class ContainerengineVirtualNodePool extends cdktf.TerraformResource {
    static readonly tfResourceType = "oci_containerengine_virtual_node_pool";
    /**
    * Generates CDKTF code for importing a ContainerengineVirtualNodePool resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the ContainerengineVirtualNodePool to import
    * @param importFromId The id of the existing ContainerengineVirtualNodePool that should be imported. Refer to the {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the ContainerengineVirtualNodePool to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool oci_containerengine_virtual_node_pool} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options ContainerengineVirtualNodePoolConfig
    */
    constructor(scope: Construct, id: string, config: ContainerengineVirtualNodePoolConfig);
    private _clusterId?;
    get clusterId(): string;
    set clusterId(value: string);
    get clusterIdInput(): string;
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
    get kubernetesVersion(): string;
    get lifecycleDetails(): string;
    private _nsgIds?;
    get nsgIds(): string[];
    set nsgIds(value: string[]);
    resetNsgIds(): void;
    get nsgIdsInput(): string[];
    private _size?;
    get size(): number;
    set size(value: number);
    get sizeInput(): number;
    get state(): string;
    private _systemTags;
    get systemTags(): cdktf.StringMap;
    get timeCreated(): string;
    get timeUpdated(): string;
    private _initialVirtualNodeLabels;
    get initialVirtualNodeLabels(): ContainerengineVirtualNodePoolInitialVirtualNodeLabelsList;
    putInitialVirtualNodeLabels(value: ContainerengineVirtualNodePoolInitialVirtualNodeLabels[] | cdktf.IResolvable): void;
    resetInitialVirtualNodeLabels(): void;
    get initialVirtualNodeLabelsInput(): cdktf.IResolvable | ContainerengineVirtualNodePoolInitialVirtualNodeLabels[];
    private _placementConfigurations;
    get placementConfigurations(): ContainerengineVirtualNodePoolPlacementConfigurationsList;
    putPlacementConfigurations(value: ContainerengineVirtualNodePoolPlacementConfigurations[] | cdktf.IResolvable): void;
    get placementConfigurationsInput(): cdktf.IResolvable | ContainerengineVirtualNodePoolPlacementConfigurations[];
    private _podConfiguration;
    get podConfiguration(): ContainerengineVirtualNodePoolPodConfigurationOutputReference;
    putPodConfiguration(value: ContainerengineVirtualNodePoolPodConfiguration): void;
    get podConfigurationInput(): ContainerengineVirtualNodePoolPodConfiguration;
    private _taints;
    get taints(): ContainerengineVirtualNodePoolTaintsList;
    putTaints(value: ContainerengineVirtualNodePoolTaints[] | cdktf.IResolvable): void;
    resetTaints(): void;
    get taintsInput(): cdktf.IResolvable | ContainerengineVirtualNodePoolTaints[];
    private _timeouts;
    get timeouts(): ContainerengineVirtualNodePoolTimeoutsOutputReference;
    putTimeouts(value: ContainerengineVirtualNodePoolTimeouts): void;
    resetTimeouts(): void;
    get timeoutsInput(): cdktf.IResolvable | ContainerengineVirtualNodePoolTimeouts;
    private _virtualNodePoolCyclingDetails;
    get virtualNodePoolCyclingDetails(): ContainerengineVirtualNodePoolVirtualNodePoolCyclingDetailsOutputReference;
    putVirtualNodePoolCyclingDetails(value: ContainerengineVirtualNodePoolVirtualNodePoolCyclingDetails): void;
    resetVirtualNodePoolCyclingDetails(): void;
    get virtualNodePoolCyclingDetailsInput(): ContainerengineVirtualNodePoolVirtualNodePoolCyclingDetails;
    private _virtualNodeTags;
    get virtualNodeTags(): ContainerengineVirtualNodePoolVirtualNodeTagsOutputReference;
    putVirtualNodeTags(value: ContainerengineVirtualNodePoolVirtualNodeTags): void;
    resetVirtualNodeTags(): void;
    get virtualNodeTagsInput(): ContainerengineVirtualNodePoolVirtualNodeTags;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
