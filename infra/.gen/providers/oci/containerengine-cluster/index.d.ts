import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface ContainerengineClusterConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#compartment_id ContainerengineCluster#compartment_id}
    */
    readonly compartmentId: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#defined_tags ContainerengineCluster#defined_tags}
    */
    readonly definedTags?: {
        [key: string]: string;
    };
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#freeform_tags ContainerengineCluster#freeform_tags}
    */
    readonly freeformTags?: {
        [key: string]: string;
    };
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#id ContainerengineCluster#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#kms_key_id ContainerengineCluster#kms_key_id}
    */
    readonly kmsKeyId?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#kubernetes_version ContainerengineCluster#kubernetes_version}
    */
    readonly kubernetesVersion: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#name ContainerengineCluster#name}
    */
    readonly name: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#type ContainerengineCluster#type}
    */
    readonly type?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#vcn_id ContainerengineCluster#vcn_id}
    */
    readonly vcnId: string;
    /**
    * cluster_pod_network_options block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#cluster_pod_network_options ContainerengineCluster#cluster_pod_network_options}
    */
    readonly clusterPodNetworkOptions?: ContainerengineClusterClusterPodNetworkOptions[] | cdktf.IResolvable;
    /**
    * endpoint_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#endpoint_config ContainerengineCluster#endpoint_config}
    */
    readonly endpointConfig?: ContainerengineClusterEndpointConfig;
    /**
    * image_policy_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#image_policy_config ContainerengineCluster#image_policy_config}
    */
    readonly imagePolicyConfig?: ContainerengineClusterImagePolicyConfig;
    /**
    * options block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#options ContainerengineCluster#options}
    */
    readonly options?: ContainerengineClusterOptions;
    /**
    * timeouts block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#timeouts ContainerengineCluster#timeouts}
    */
    readonly timeouts?: ContainerengineClusterTimeouts;
}
export interface ContainerengineClusterEndpoints {
}
export declare function containerengineClusterEndpointsToTerraform(struct?: ContainerengineClusterEndpoints): any;
export declare function containerengineClusterEndpointsToHclTerraform(struct?: ContainerengineClusterEndpoints): any;
export declare class ContainerengineClusterEndpointsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): ContainerengineClusterEndpoints | undefined;
    set internalValue(value: ContainerengineClusterEndpoints | undefined);
    get ipv6Endpoint(): string;
    get kubernetes(): string;
    get privateEndpoint(): string;
    get publicEndpoint(): string;
    get vcnHostnameEndpoint(): string;
}
export declare class ContainerengineClusterEndpointsList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): ContainerengineClusterEndpointsOutputReference;
}
export interface ContainerengineClusterMetadata {
}
export declare function containerengineClusterMetadataToTerraform(struct?: ContainerengineClusterMetadata): any;
export declare function containerengineClusterMetadataToHclTerraform(struct?: ContainerengineClusterMetadata): any;
export declare class ContainerengineClusterMetadataOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): ContainerengineClusterMetadata | undefined;
    set internalValue(value: ContainerengineClusterMetadata | undefined);
    get createdByUserId(): string;
    get createdByWorkRequestId(): string;
    get deletedByUserId(): string;
    get deletedByWorkRequestId(): string;
    get timeCreated(): string;
    get timeCredentialExpiration(): string;
    get timeDeleted(): string;
    get timeUpdated(): string;
    get updatedByUserId(): string;
    get updatedByWorkRequestId(): string;
}
export declare class ContainerengineClusterMetadataList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): ContainerengineClusterMetadataOutputReference;
}
export interface ContainerengineClusterClusterPodNetworkOptions {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#cni_type ContainerengineCluster#cni_type}
    */
    readonly cniType: string;
}
export declare function containerengineClusterClusterPodNetworkOptionsToTerraform(struct?: ContainerengineClusterClusterPodNetworkOptions | cdktf.IResolvable): any;
export declare function containerengineClusterClusterPodNetworkOptionsToHclTerraform(struct?: ContainerengineClusterClusterPodNetworkOptions | cdktf.IResolvable): any;
export declare class ContainerengineClusterClusterPodNetworkOptionsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): ContainerengineClusterClusterPodNetworkOptions | cdktf.IResolvable | undefined;
    set internalValue(value: ContainerengineClusterClusterPodNetworkOptions | cdktf.IResolvable | undefined);
    private _cniType?;
    get cniType(): string;
    set cniType(value: string);
    get cniTypeInput(): string;
}
export declare class ContainerengineClusterClusterPodNetworkOptionsList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: ContainerengineClusterClusterPodNetworkOptions[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): ContainerengineClusterClusterPodNetworkOptionsOutputReference;
}
export interface ContainerengineClusterEndpointConfig {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#is_public_ip_enabled ContainerengineCluster#is_public_ip_enabled}
    */
    readonly isPublicIpEnabled?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#nsg_ids ContainerengineCluster#nsg_ids}
    */
    readonly nsgIds?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#security_attributes ContainerengineCluster#security_attributes}
    */
    readonly securityAttributes?: {
        [key: string]: string;
    };
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#subnet_id ContainerengineCluster#subnet_id}
    */
    readonly subnetId: string;
}
export declare function containerengineClusterEndpointConfigToTerraform(struct?: ContainerengineClusterEndpointConfigOutputReference | ContainerengineClusterEndpointConfig): any;
export declare function containerengineClusterEndpointConfigToHclTerraform(struct?: ContainerengineClusterEndpointConfigOutputReference | ContainerengineClusterEndpointConfig): any;
export declare class ContainerengineClusterEndpointConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerengineClusterEndpointConfig | undefined;
    set internalValue(value: ContainerengineClusterEndpointConfig | undefined);
    private _isPublicIpEnabled?;
    get isPublicIpEnabled(): boolean | cdktf.IResolvable;
    set isPublicIpEnabled(value: boolean | cdktf.IResolvable);
    resetIsPublicIpEnabled(): void;
    get isPublicIpEnabledInput(): boolean | cdktf.IResolvable;
    private _nsgIds?;
    get nsgIds(): string[];
    set nsgIds(value: string[]);
    resetNsgIds(): void;
    get nsgIdsInput(): string[];
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
    private _subnetId?;
    get subnetId(): string;
    set subnetId(value: string);
    get subnetIdInput(): string;
}
export interface ContainerengineClusterImagePolicyConfigKeyDetails {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#kms_key_id ContainerengineCluster#kms_key_id}
    */
    readonly kmsKeyId?: string;
}
export declare function containerengineClusterImagePolicyConfigKeyDetailsToTerraform(struct?: ContainerengineClusterImagePolicyConfigKeyDetails | cdktf.IResolvable): any;
export declare function containerengineClusterImagePolicyConfigKeyDetailsToHclTerraform(struct?: ContainerengineClusterImagePolicyConfigKeyDetails | cdktf.IResolvable): any;
export declare class ContainerengineClusterImagePolicyConfigKeyDetailsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): ContainerengineClusterImagePolicyConfigKeyDetails | cdktf.IResolvable | undefined;
    set internalValue(value: ContainerengineClusterImagePolicyConfigKeyDetails | cdktf.IResolvable | undefined);
    private _kmsKeyId?;
    get kmsKeyId(): string;
    set kmsKeyId(value: string);
    resetKmsKeyId(): void;
    get kmsKeyIdInput(): string;
}
export declare class ContainerengineClusterImagePolicyConfigKeyDetailsList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: ContainerengineClusterImagePolicyConfigKeyDetails[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): ContainerengineClusterImagePolicyConfigKeyDetailsOutputReference;
}
export interface ContainerengineClusterImagePolicyConfig {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#is_policy_enabled ContainerengineCluster#is_policy_enabled}
    */
    readonly isPolicyEnabled?: boolean | cdktf.IResolvable;
    /**
    * key_details block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#key_details ContainerengineCluster#key_details}
    */
    readonly keyDetails?: ContainerengineClusterImagePolicyConfigKeyDetails[] | cdktf.IResolvable;
}
export declare function containerengineClusterImagePolicyConfigToTerraform(struct?: ContainerengineClusterImagePolicyConfigOutputReference | ContainerengineClusterImagePolicyConfig): any;
export declare function containerengineClusterImagePolicyConfigToHclTerraform(struct?: ContainerengineClusterImagePolicyConfigOutputReference | ContainerengineClusterImagePolicyConfig): any;
export declare class ContainerengineClusterImagePolicyConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerengineClusterImagePolicyConfig | undefined;
    set internalValue(value: ContainerengineClusterImagePolicyConfig | undefined);
    private _isPolicyEnabled?;
    get isPolicyEnabled(): boolean | cdktf.IResolvable;
    set isPolicyEnabled(value: boolean | cdktf.IResolvable);
    resetIsPolicyEnabled(): void;
    get isPolicyEnabledInput(): boolean | cdktf.IResolvable;
    private _keyDetails;
    get keyDetails(): ContainerengineClusterImagePolicyConfigKeyDetailsList;
    putKeyDetails(value: ContainerengineClusterImagePolicyConfigKeyDetails[] | cdktf.IResolvable): void;
    resetKeyDetails(): void;
    get keyDetailsInput(): cdktf.IResolvable | ContainerengineClusterImagePolicyConfigKeyDetails[];
}
export interface ContainerengineClusterOptionsAddOns {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#is_kubernetes_dashboard_enabled ContainerengineCluster#is_kubernetes_dashboard_enabled}
    */
    readonly isKubernetesDashboardEnabled?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#is_tiller_enabled ContainerengineCluster#is_tiller_enabled}
    */
    readonly isTillerEnabled?: boolean | cdktf.IResolvable;
}
export declare function containerengineClusterOptionsAddOnsToTerraform(struct?: ContainerengineClusterOptionsAddOnsOutputReference | ContainerengineClusterOptionsAddOns): any;
export declare function containerengineClusterOptionsAddOnsToHclTerraform(struct?: ContainerengineClusterOptionsAddOnsOutputReference | ContainerengineClusterOptionsAddOns): any;
export declare class ContainerengineClusterOptionsAddOnsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerengineClusterOptionsAddOns | undefined;
    set internalValue(value: ContainerengineClusterOptionsAddOns | undefined);
    private _isKubernetesDashboardEnabled?;
    get isKubernetesDashboardEnabled(): boolean | cdktf.IResolvable;
    set isKubernetesDashboardEnabled(value: boolean | cdktf.IResolvable);
    resetIsKubernetesDashboardEnabled(): void;
    get isKubernetesDashboardEnabledInput(): boolean | cdktf.IResolvable;
    private _isTillerEnabled?;
    get isTillerEnabled(): boolean | cdktf.IResolvable;
    set isTillerEnabled(value: boolean | cdktf.IResolvable);
    resetIsTillerEnabled(): void;
    get isTillerEnabledInput(): boolean | cdktf.IResolvable;
}
export interface ContainerengineClusterOptionsAdmissionControllerOptions {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#is_pod_security_policy_enabled ContainerengineCluster#is_pod_security_policy_enabled}
    */
    readonly isPodSecurityPolicyEnabled?: boolean | cdktf.IResolvable;
}
export declare function containerengineClusterOptionsAdmissionControllerOptionsToTerraform(struct?: ContainerengineClusterOptionsAdmissionControllerOptionsOutputReference | ContainerengineClusterOptionsAdmissionControllerOptions): any;
export declare function containerengineClusterOptionsAdmissionControllerOptionsToHclTerraform(struct?: ContainerengineClusterOptionsAdmissionControllerOptionsOutputReference | ContainerengineClusterOptionsAdmissionControllerOptions): any;
export declare class ContainerengineClusterOptionsAdmissionControllerOptionsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerengineClusterOptionsAdmissionControllerOptions | undefined;
    set internalValue(value: ContainerengineClusterOptionsAdmissionControllerOptions | undefined);
    private _isPodSecurityPolicyEnabled?;
    get isPodSecurityPolicyEnabled(): boolean | cdktf.IResolvable;
    set isPodSecurityPolicyEnabled(value: boolean | cdktf.IResolvable);
    resetIsPodSecurityPolicyEnabled(): void;
    get isPodSecurityPolicyEnabledInput(): boolean | cdktf.IResolvable;
}
export interface ContainerengineClusterOptionsKubernetesNetworkConfig {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#pods_cidr ContainerengineCluster#pods_cidr}
    */
    readonly podsCidr?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#services_cidr ContainerengineCluster#services_cidr}
    */
    readonly servicesCidr?: string;
}
export declare function containerengineClusterOptionsKubernetesNetworkConfigToTerraform(struct?: ContainerengineClusterOptionsKubernetesNetworkConfigOutputReference | ContainerengineClusterOptionsKubernetesNetworkConfig): any;
export declare function containerengineClusterOptionsKubernetesNetworkConfigToHclTerraform(struct?: ContainerengineClusterOptionsKubernetesNetworkConfigOutputReference | ContainerengineClusterOptionsKubernetesNetworkConfig): any;
export declare class ContainerengineClusterOptionsKubernetesNetworkConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerengineClusterOptionsKubernetesNetworkConfig | undefined;
    set internalValue(value: ContainerengineClusterOptionsKubernetesNetworkConfig | undefined);
    private _podsCidr?;
    get podsCidr(): string;
    set podsCidr(value: string);
    resetPodsCidr(): void;
    get podsCidrInput(): string;
    private _servicesCidr?;
    get servicesCidr(): string;
    set servicesCidr(value: string);
    resetServicesCidr(): void;
    get servicesCidrInput(): string;
}
export interface ContainerengineClusterOptionsOpenIdConnectDiscovery {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#is_open_id_connect_discovery_enabled ContainerengineCluster#is_open_id_connect_discovery_enabled}
    */
    readonly isOpenIdConnectDiscoveryEnabled?: boolean | cdktf.IResolvable;
}
export declare function containerengineClusterOptionsOpenIdConnectDiscoveryToTerraform(struct?: ContainerengineClusterOptionsOpenIdConnectDiscoveryOutputReference | ContainerengineClusterOptionsOpenIdConnectDiscovery): any;
export declare function containerengineClusterOptionsOpenIdConnectDiscoveryToHclTerraform(struct?: ContainerengineClusterOptionsOpenIdConnectDiscoveryOutputReference | ContainerengineClusterOptionsOpenIdConnectDiscovery): any;
export declare class ContainerengineClusterOptionsOpenIdConnectDiscoveryOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerengineClusterOptionsOpenIdConnectDiscovery | undefined;
    set internalValue(value: ContainerengineClusterOptionsOpenIdConnectDiscovery | undefined);
    private _isOpenIdConnectDiscoveryEnabled?;
    get isOpenIdConnectDiscoveryEnabled(): boolean | cdktf.IResolvable;
    set isOpenIdConnectDiscoveryEnabled(value: boolean | cdktf.IResolvable);
    resetIsOpenIdConnectDiscoveryEnabled(): void;
    get isOpenIdConnectDiscoveryEnabledInput(): boolean | cdktf.IResolvable;
}
export interface ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigRequiredClaims {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#key ContainerengineCluster#key}
    */
    readonly key?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#value ContainerengineCluster#value}
    */
    readonly value?: string;
}
export declare function containerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigRequiredClaimsToTerraform(struct?: ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigRequiredClaims | cdktf.IResolvable): any;
export declare function containerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigRequiredClaimsToHclTerraform(struct?: ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigRequiredClaims | cdktf.IResolvable): any;
export declare class ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigRequiredClaimsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigRequiredClaims | cdktf.IResolvable | undefined;
    set internalValue(value: ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigRequiredClaims | cdktf.IResolvable | undefined);
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
export declare class ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigRequiredClaimsList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigRequiredClaims[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigRequiredClaimsOutputReference;
}
export interface ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfig {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#ca_certificate ContainerengineCluster#ca_certificate}
    */
    readonly caCertificate?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#client_id ContainerengineCluster#client_id}
    */
    readonly clientId?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#configuration_file ContainerengineCluster#configuration_file}
    */
    readonly configurationFile?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#groups_claim ContainerengineCluster#groups_claim}
    */
    readonly groupsClaim?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#groups_prefix ContainerengineCluster#groups_prefix}
    */
    readonly groupsPrefix?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#is_open_id_connect_auth_enabled ContainerengineCluster#is_open_id_connect_auth_enabled}
    */
    readonly isOpenIdConnectAuthEnabled: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#issuer_url ContainerengineCluster#issuer_url}
    */
    readonly issuerUrl?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#signing_algorithms ContainerengineCluster#signing_algorithms}
    */
    readonly signingAlgorithms?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#username_claim ContainerengineCluster#username_claim}
    */
    readonly usernameClaim?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#username_prefix ContainerengineCluster#username_prefix}
    */
    readonly usernamePrefix?: string;
    /**
    * required_claims block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#required_claims ContainerengineCluster#required_claims}
    */
    readonly requiredClaims?: ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigRequiredClaims[] | cdktf.IResolvable;
}
export declare function containerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigToTerraform(struct?: ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigOutputReference | ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfig): any;
export declare function containerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigToHclTerraform(struct?: ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigOutputReference | ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfig): any;
export declare class ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfig | undefined;
    set internalValue(value: ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfig | undefined);
    private _caCertificate?;
    get caCertificate(): string;
    set caCertificate(value: string);
    resetCaCertificate(): void;
    get caCertificateInput(): string;
    private _clientId?;
    get clientId(): string;
    set clientId(value: string);
    resetClientId(): void;
    get clientIdInput(): string;
    private _configurationFile?;
    get configurationFile(): string;
    set configurationFile(value: string);
    resetConfigurationFile(): void;
    get configurationFileInput(): string;
    private _groupsClaim?;
    get groupsClaim(): string;
    set groupsClaim(value: string);
    resetGroupsClaim(): void;
    get groupsClaimInput(): string;
    private _groupsPrefix?;
    get groupsPrefix(): string;
    set groupsPrefix(value: string);
    resetGroupsPrefix(): void;
    get groupsPrefixInput(): string;
    private _isOpenIdConnectAuthEnabled?;
    get isOpenIdConnectAuthEnabled(): boolean | cdktf.IResolvable;
    set isOpenIdConnectAuthEnabled(value: boolean | cdktf.IResolvable);
    get isOpenIdConnectAuthEnabledInput(): boolean | cdktf.IResolvable;
    private _issuerUrl?;
    get issuerUrl(): string;
    set issuerUrl(value: string);
    resetIssuerUrl(): void;
    get issuerUrlInput(): string;
    private _signingAlgorithms?;
    get signingAlgorithms(): string[];
    set signingAlgorithms(value: string[]);
    resetSigningAlgorithms(): void;
    get signingAlgorithmsInput(): string[];
    private _usernameClaim?;
    get usernameClaim(): string;
    set usernameClaim(value: string);
    resetUsernameClaim(): void;
    get usernameClaimInput(): string;
    private _usernamePrefix?;
    get usernamePrefix(): string;
    set usernamePrefix(value: string);
    resetUsernamePrefix(): void;
    get usernamePrefixInput(): string;
    private _requiredClaims;
    get requiredClaims(): ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigRequiredClaimsList;
    putRequiredClaims(value: ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigRequiredClaims[] | cdktf.IResolvable): void;
    resetRequiredClaims(): void;
    get requiredClaimsInput(): cdktf.IResolvable | ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigRequiredClaims[];
}
export interface ContainerengineClusterOptionsPersistentVolumeConfig {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#defined_tags ContainerengineCluster#defined_tags}
    */
    readonly definedTags?: {
        [key: string]: string;
    };
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#freeform_tags ContainerengineCluster#freeform_tags}
    */
    readonly freeformTags?: {
        [key: string]: string;
    };
}
export declare function containerengineClusterOptionsPersistentVolumeConfigToTerraform(struct?: ContainerengineClusterOptionsPersistentVolumeConfigOutputReference | ContainerengineClusterOptionsPersistentVolumeConfig): any;
export declare function containerengineClusterOptionsPersistentVolumeConfigToHclTerraform(struct?: ContainerengineClusterOptionsPersistentVolumeConfigOutputReference | ContainerengineClusterOptionsPersistentVolumeConfig): any;
export declare class ContainerengineClusterOptionsPersistentVolumeConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerengineClusterOptionsPersistentVolumeConfig | undefined;
    set internalValue(value: ContainerengineClusterOptionsPersistentVolumeConfig | undefined);
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
export interface ContainerengineClusterOptionsServiceLbConfig {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#backend_nsg_ids ContainerengineCluster#backend_nsg_ids}
    */
    readonly backendNsgIds?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#defined_tags ContainerengineCluster#defined_tags}
    */
    readonly definedTags?: {
        [key: string]: string;
    };
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#freeform_tags ContainerengineCluster#freeform_tags}
    */
    readonly freeformTags?: {
        [key: string]: string;
    };
}
export declare function containerengineClusterOptionsServiceLbConfigToTerraform(struct?: ContainerengineClusterOptionsServiceLbConfigOutputReference | ContainerengineClusterOptionsServiceLbConfig): any;
export declare function containerengineClusterOptionsServiceLbConfigToHclTerraform(struct?: ContainerengineClusterOptionsServiceLbConfigOutputReference | ContainerengineClusterOptionsServiceLbConfig): any;
export declare class ContainerengineClusterOptionsServiceLbConfigOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerengineClusterOptionsServiceLbConfig | undefined;
    set internalValue(value: ContainerengineClusterOptionsServiceLbConfig | undefined);
    private _backendNsgIds?;
    get backendNsgIds(): string[];
    set backendNsgIds(value: string[]);
    resetBackendNsgIds(): void;
    get backendNsgIdsInput(): string[];
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
export interface ContainerengineClusterOptions {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#ip_families ContainerengineCluster#ip_families}
    */
    readonly ipFamilies?: string[];
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#service_lb_subnet_ids ContainerengineCluster#service_lb_subnet_ids}
    */
    readonly serviceLbSubnetIds?: string[];
    /**
    * add_ons block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#add_ons ContainerengineCluster#add_ons}
    */
    readonly addOns?: ContainerengineClusterOptionsAddOns;
    /**
    * admission_controller_options block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#admission_controller_options ContainerengineCluster#admission_controller_options}
    */
    readonly admissionControllerOptions?: ContainerengineClusterOptionsAdmissionControllerOptions;
    /**
    * kubernetes_network_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#kubernetes_network_config ContainerengineCluster#kubernetes_network_config}
    */
    readonly kubernetesNetworkConfig?: ContainerengineClusterOptionsKubernetesNetworkConfig;
    /**
    * open_id_connect_discovery block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#open_id_connect_discovery ContainerengineCluster#open_id_connect_discovery}
    */
    readonly openIdConnectDiscovery?: ContainerengineClusterOptionsOpenIdConnectDiscovery;
    /**
    * open_id_connect_token_authentication_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#open_id_connect_token_authentication_config ContainerengineCluster#open_id_connect_token_authentication_config}
    */
    readonly openIdConnectTokenAuthenticationConfig?: ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfig;
    /**
    * persistent_volume_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#persistent_volume_config ContainerengineCluster#persistent_volume_config}
    */
    readonly persistentVolumeConfig?: ContainerengineClusterOptionsPersistentVolumeConfig;
    /**
    * service_lb_config block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#service_lb_config ContainerengineCluster#service_lb_config}
    */
    readonly serviceLbConfig?: ContainerengineClusterOptionsServiceLbConfig;
}
export declare function containerengineClusterOptionsToTerraform(struct?: ContainerengineClusterOptionsOutputReference | ContainerengineClusterOptions): any;
export declare function containerengineClusterOptionsToHclTerraform(struct?: ContainerengineClusterOptionsOutputReference | ContainerengineClusterOptions): any;
export declare class ContainerengineClusterOptionsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerengineClusterOptions | undefined;
    set internalValue(value: ContainerengineClusterOptions | undefined);
    private _ipFamilies?;
    get ipFamilies(): string[];
    set ipFamilies(value: string[]);
    resetIpFamilies(): void;
    get ipFamiliesInput(): string[];
    private _serviceLbSubnetIds?;
    get serviceLbSubnetIds(): string[];
    set serviceLbSubnetIds(value: string[]);
    resetServiceLbSubnetIds(): void;
    get serviceLbSubnetIdsInput(): string[];
    private _addOns;
    get addOns(): ContainerengineClusterOptionsAddOnsOutputReference;
    putAddOns(value: ContainerengineClusterOptionsAddOns): void;
    resetAddOns(): void;
    get addOnsInput(): ContainerengineClusterOptionsAddOns;
    private _admissionControllerOptions;
    get admissionControllerOptions(): ContainerengineClusterOptionsAdmissionControllerOptionsOutputReference;
    putAdmissionControllerOptions(value: ContainerengineClusterOptionsAdmissionControllerOptions): void;
    resetAdmissionControllerOptions(): void;
    get admissionControllerOptionsInput(): ContainerengineClusterOptionsAdmissionControllerOptions;
    private _kubernetesNetworkConfig;
    get kubernetesNetworkConfig(): ContainerengineClusterOptionsKubernetesNetworkConfigOutputReference;
    putKubernetesNetworkConfig(value: ContainerengineClusterOptionsKubernetesNetworkConfig): void;
    resetKubernetesNetworkConfig(): void;
    get kubernetesNetworkConfigInput(): ContainerengineClusterOptionsKubernetesNetworkConfig;
    private _openIdConnectDiscovery;
    get openIdConnectDiscovery(): ContainerengineClusterOptionsOpenIdConnectDiscoveryOutputReference;
    putOpenIdConnectDiscovery(value: ContainerengineClusterOptionsOpenIdConnectDiscovery): void;
    resetOpenIdConnectDiscovery(): void;
    get openIdConnectDiscoveryInput(): ContainerengineClusterOptionsOpenIdConnectDiscovery;
    private _openIdConnectTokenAuthenticationConfig;
    get openIdConnectTokenAuthenticationConfig(): ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigOutputReference;
    putOpenIdConnectTokenAuthenticationConfig(value: ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfig): void;
    resetOpenIdConnectTokenAuthenticationConfig(): void;
    get openIdConnectTokenAuthenticationConfigInput(): ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfig;
    private _persistentVolumeConfig;
    get persistentVolumeConfig(): ContainerengineClusterOptionsPersistentVolumeConfigOutputReference;
    putPersistentVolumeConfig(value: ContainerengineClusterOptionsPersistentVolumeConfig): void;
    resetPersistentVolumeConfig(): void;
    get persistentVolumeConfigInput(): ContainerengineClusterOptionsPersistentVolumeConfig;
    private _serviceLbConfig;
    get serviceLbConfig(): ContainerengineClusterOptionsServiceLbConfigOutputReference;
    putServiceLbConfig(value: ContainerengineClusterOptionsServiceLbConfig): void;
    resetServiceLbConfig(): void;
    get serviceLbConfigInput(): ContainerengineClusterOptionsServiceLbConfig;
}
export interface ContainerengineClusterTimeouts {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#create ContainerengineCluster#create}
    */
    readonly create?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#delete ContainerengineCluster#delete}
    */
    readonly delete?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#update ContainerengineCluster#update}
    */
    readonly update?: string;
}
export declare function containerengineClusterTimeoutsToTerraform(struct?: ContainerengineClusterTimeouts | cdktf.IResolvable): any;
export declare function containerengineClusterTimeoutsToHclTerraform(struct?: ContainerengineClusterTimeouts | cdktf.IResolvable): any;
export declare class ContainerengineClusterTimeoutsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): ContainerengineClusterTimeouts | cdktf.IResolvable | undefined;
    set internalValue(value: ContainerengineClusterTimeouts | cdktf.IResolvable | undefined);
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
* Represents a {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster oci_containerengine_cluster}
*/
export declare class ContainerengineCluster extends cdktf.TerraformResource {
    static readonly tfResourceType = "oci_containerengine_cluster";
    /**
    * Generates CDKTF code for importing a ContainerengineCluster resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the ContainerengineCluster to import
    * @param importFromId The id of the existing ContainerengineCluster that should be imported. Refer to the {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the ContainerengineCluster to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster oci_containerengine_cluster} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options ContainerengineClusterConfig
    */
    constructor(scope: Construct, id: string, config: ContainerengineClusterConfig);
    get availableKubernetesUpgrades(): string[];
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
    private _endpoints;
    get endpoints(): ContainerengineClusterEndpointsList;
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
    private _kmsKeyId?;
    get kmsKeyId(): string;
    set kmsKeyId(value: string);
    resetKmsKeyId(): void;
    get kmsKeyIdInput(): string;
    private _kubernetesVersion?;
    get kubernetesVersion(): string;
    set kubernetesVersion(value: string);
    get kubernetesVersionInput(): string;
    get lifecycleDetails(): string;
    private _metadata;
    get metadata(): ContainerengineClusterMetadataList;
    private _name?;
    get name(): string;
    set name(value: string);
    get nameInput(): string;
    get openIdConnectDiscoveryEndpoint(): string;
    get openIdConnectDiscoveryKey(): string;
    get state(): string;
    private _type?;
    get type(): string;
    set type(value: string);
    resetType(): void;
    get typeInput(): string;
    private _vcnId?;
    get vcnId(): string;
    set vcnId(value: string);
    get vcnIdInput(): string;
    private _clusterPodNetworkOptions;
    get clusterPodNetworkOptions(): ContainerengineClusterClusterPodNetworkOptionsList;
    putClusterPodNetworkOptions(value: ContainerengineClusterClusterPodNetworkOptions[] | cdktf.IResolvable): void;
    resetClusterPodNetworkOptions(): void;
    get clusterPodNetworkOptionsInput(): cdktf.IResolvable | ContainerengineClusterClusterPodNetworkOptions[];
    private _endpointConfig;
    get endpointConfig(): ContainerengineClusterEndpointConfigOutputReference;
    putEndpointConfig(value: ContainerengineClusterEndpointConfig): void;
    resetEndpointConfig(): void;
    get endpointConfigInput(): ContainerengineClusterEndpointConfig;
    private _imagePolicyConfig;
    get imagePolicyConfig(): ContainerengineClusterImagePolicyConfigOutputReference;
    putImagePolicyConfig(value: ContainerengineClusterImagePolicyConfig): void;
    resetImagePolicyConfig(): void;
    get imagePolicyConfigInput(): ContainerengineClusterImagePolicyConfig;
    private _options;
    get options(): ContainerengineClusterOptionsOutputReference;
    putOptions(value: ContainerengineClusterOptions): void;
    resetOptions(): void;
    get optionsInput(): ContainerengineClusterOptions;
    private _timeouts;
    get timeouts(): ContainerengineClusterTimeoutsOutputReference;
    putTimeouts(value: ContainerengineClusterTimeouts): void;
    resetTimeouts(): void;
    get timeoutsInput(): cdktf.IResolvable | ContainerengineClusterTimeouts;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
