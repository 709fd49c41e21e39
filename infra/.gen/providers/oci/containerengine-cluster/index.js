"use strict";
// https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster
// generated from terraform resource schema
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.ContainerengineCluster = exports.ContainerengineClusterTimeoutsOutputReference = exports.ContainerengineClusterOptionsOutputReference = exports.ContainerengineClusterOptionsServiceLbConfigOutputReference = exports.ContainerengineClusterOptionsPersistentVolumeConfigOutputReference = exports.ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigOutputReference = exports.ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigRequiredClaimsList = exports.ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigRequiredClaimsOutputReference = exports.ContainerengineClusterOptionsOpenIdConnectDiscoveryOutputReference = exports.ContainerengineClusterOptionsKubernetesNetworkConfigOutputReference = exports.ContainerengineClusterOptionsAdmissionControllerOptionsOutputReference = exports.ContainerengineClusterOptionsAddOnsOutputReference = exports.ContainerengineClusterImagePolicyConfigOutputReference = exports.ContainerengineClusterImagePolicyConfigKeyDetailsList = exports.ContainerengineClusterImagePolicyConfigKeyDetailsOutputReference = exports.ContainerengineClusterEndpointConfigOutputReference = exports.ContainerengineClusterClusterPodNetworkOptionsList = exports.ContainerengineClusterClusterPodNetworkOptionsOutputReference = exports.ContainerengineClusterMetadataList = exports.ContainerengineClusterMetadataOutputReference = exports.ContainerengineClusterEndpointsList = exports.ContainerengineClusterEndpointsOutputReference = void 0;
exports.containerengineClusterEndpointsToTerraform = containerengineClusterEndpointsToTerraform;
exports.containerengineClusterEndpointsToHclTerraform = containerengineClusterEndpointsToHclTerraform;
exports.containerengineClusterMetadataToTerraform = containerengineClusterMetadataToTerraform;
exports.containerengineClusterMetadataToHclTerraform = containerengineClusterMetadataToHclTerraform;
exports.containerengineClusterClusterPodNetworkOptionsToTerraform = containerengineClusterClusterPodNetworkOptionsToTerraform;
exports.containerengineClusterClusterPodNetworkOptionsToHclTerraform = containerengineClusterClusterPodNetworkOptionsToHclTerraform;
exports.containerengineClusterEndpointConfigToTerraform = containerengineClusterEndpointConfigToTerraform;
exports.containerengineClusterEndpointConfigToHclTerraform = containerengineClusterEndpointConfigToHclTerraform;
exports.containerengineClusterImagePolicyConfigKeyDetailsToTerraform = containerengineClusterImagePolicyConfigKeyDetailsToTerraform;
exports.containerengineClusterImagePolicyConfigKeyDetailsToHclTerraform = containerengineClusterImagePolicyConfigKeyDetailsToHclTerraform;
exports.containerengineClusterImagePolicyConfigToTerraform = containerengineClusterImagePolicyConfigToTerraform;
exports.containerengineClusterImagePolicyConfigToHclTerraform = containerengineClusterImagePolicyConfigToHclTerraform;
exports.containerengineClusterOptionsAddOnsToTerraform = containerengineClusterOptionsAddOnsToTerraform;
exports.containerengineClusterOptionsAddOnsToHclTerraform = containerengineClusterOptionsAddOnsToHclTerraform;
exports.containerengineClusterOptionsAdmissionControllerOptionsToTerraform = containerengineClusterOptionsAdmissionControllerOptionsToTerraform;
exports.containerengineClusterOptionsAdmissionControllerOptionsToHclTerraform = containerengineClusterOptionsAdmissionControllerOptionsToHclTerraform;
exports.containerengineClusterOptionsKubernetesNetworkConfigToTerraform = containerengineClusterOptionsKubernetesNetworkConfigToTerraform;
exports.containerengineClusterOptionsKubernetesNetworkConfigToHclTerraform = containerengineClusterOptionsKubernetesNetworkConfigToHclTerraform;
exports.containerengineClusterOptionsOpenIdConnectDiscoveryToTerraform = containerengineClusterOptionsOpenIdConnectDiscoveryToTerraform;
exports.containerengineClusterOptionsOpenIdConnectDiscoveryToHclTerraform = containerengineClusterOptionsOpenIdConnectDiscoveryToHclTerraform;
exports.containerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigRequiredClaimsToTerraform = containerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigRequiredClaimsToTerraform;
exports.containerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigRequiredClaimsToHclTerraform = containerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigRequiredClaimsToHclTerraform;
exports.containerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigToTerraform = containerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigToTerraform;
exports.containerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigToHclTerraform = containerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigToHclTerraform;
exports.containerengineClusterOptionsPersistentVolumeConfigToTerraform = containerengineClusterOptionsPersistentVolumeConfigToTerraform;
exports.containerengineClusterOptionsPersistentVolumeConfigToHclTerraform = containerengineClusterOptionsPersistentVolumeConfigToHclTerraform;
exports.containerengineClusterOptionsServiceLbConfigToTerraform = containerengineClusterOptionsServiceLbConfigToTerraform;
exports.containerengineClusterOptionsServiceLbConfigToHclTerraform = containerengineClusterOptionsServiceLbConfigToHclTerraform;
exports.containerengineClusterOptionsToTerraform = containerengineClusterOptionsToTerraform;
exports.containerengineClusterOptionsToHclTerraform = containerengineClusterOptionsToHclTerraform;
exports.containerengineClusterTimeoutsToTerraform = containerengineClusterTimeoutsToTerraform;
exports.containerengineClusterTimeoutsToHclTerraform = containerengineClusterTimeoutsToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function containerengineClusterEndpointsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {};
}
function containerengineClusterEndpointsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {};
    return attrs;
}
class ContainerengineClusterEndpointsOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
        }
    }
    // ipv6endpoint - computed: true, optional: false, required: false
    get ipv6Endpoint() {
        return this.getStringAttribute('ipv6endpoint');
    }
    // kubernetes - computed: true, optional: false, required: false
    get kubernetes() {
        return this.getStringAttribute('kubernetes');
    }
    // private_endpoint - computed: true, optional: false, required: false
    get privateEndpoint() {
        return this.getStringAttribute('private_endpoint');
    }
    // public_endpoint - computed: true, optional: false, required: false
    get publicEndpoint() {
        return this.getStringAttribute('public_endpoint');
    }
    // vcn_hostname_endpoint - computed: true, optional: false, required: false
    get vcnHostnameEndpoint() {
        return this.getStringAttribute('vcn_hostname_endpoint');
    }
}
exports.ContainerengineClusterEndpointsOutputReference = ContainerengineClusterEndpointsOutputReference;
class ContainerengineClusterEndpointsList extends cdktf.ComplexList {
    terraformResource;
    terraformAttribute;
    wrapsSet;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, wrapsSet) {
        super(terraformResource, terraformAttribute, wrapsSet);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
        this.wrapsSet = wrapsSet;
    }
    /**
    * @param index the index of the item to return
    */
    get(index) {
        return new ContainerengineClusterEndpointsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ContainerengineClusterEndpointsList = ContainerengineClusterEndpointsList;
function containerengineClusterMetadataToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {};
}
function containerengineClusterMetadataToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {};
    return attrs;
}
class ContainerengineClusterMetadataOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
        }
    }
    // created_by_user_id - computed: true, optional: false, required: false
    get createdByUserId() {
        return this.getStringAttribute('created_by_user_id');
    }
    // created_by_work_request_id - computed: true, optional: false, required: false
    get createdByWorkRequestId() {
        return this.getStringAttribute('created_by_work_request_id');
    }
    // deleted_by_user_id - computed: true, optional: false, required: false
    get deletedByUserId() {
        return this.getStringAttribute('deleted_by_user_id');
    }
    // deleted_by_work_request_id - computed: true, optional: false, required: false
    get deletedByWorkRequestId() {
        return this.getStringAttribute('deleted_by_work_request_id');
    }
    // time_created - computed: true, optional: false, required: false
    get timeCreated() {
        return this.getStringAttribute('time_created');
    }
    // time_credential_expiration - computed: true, optional: false, required: false
    get timeCredentialExpiration() {
        return this.getStringAttribute('time_credential_expiration');
    }
    // time_deleted - computed: true, optional: false, required: false
    get timeDeleted() {
        return this.getStringAttribute('time_deleted');
    }
    // time_updated - computed: true, optional: false, required: false
    get timeUpdated() {
        return this.getStringAttribute('time_updated');
    }
    // updated_by_user_id - computed: true, optional: false, required: false
    get updatedByUserId() {
        return this.getStringAttribute('updated_by_user_id');
    }
    // updated_by_work_request_id - computed: true, optional: false, required: false
    get updatedByWorkRequestId() {
        return this.getStringAttribute('updated_by_work_request_id');
    }
}
exports.ContainerengineClusterMetadataOutputReference = ContainerengineClusterMetadataOutputReference;
class ContainerengineClusterMetadataList extends cdktf.ComplexList {
    terraformResource;
    terraformAttribute;
    wrapsSet;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, wrapsSet) {
        super(terraformResource, terraformAttribute, wrapsSet);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
        this.wrapsSet = wrapsSet;
    }
    /**
    * @param index the index of the item to return
    */
    get(index) {
        return new ContainerengineClusterMetadataOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ContainerengineClusterMetadataList = ContainerengineClusterMetadataList;
function containerengineClusterClusterPodNetworkOptionsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        cni_type: cdktf.stringToTerraform(struct.cniType),
    };
}
function containerengineClusterClusterPodNetworkOptionsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        cni_type: {
            value: cdktf.stringToHclTerraform(struct.cniType),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerengineClusterClusterPodNetworkOptionsOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    resolvableValue;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._cniType !== undefined) {
            hasAnyValues = true;
            internalValueResult.cniType = this._cniType;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._cniType = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._cniType = value.cniType;
        }
    }
    // cni_type - computed: false, optional: false, required: true
    _cniType;
    get cniType() {
        return this.getStringAttribute('cni_type');
    }
    set cniType(value) {
        this._cniType = value;
    }
    // Temporarily expose input value. Use with caution.
    get cniTypeInput() {
        return this._cniType;
    }
}
exports.ContainerengineClusterClusterPodNetworkOptionsOutputReference = ContainerengineClusterClusterPodNetworkOptionsOutputReference;
class ContainerengineClusterClusterPodNetworkOptionsList extends cdktf.ComplexList {
    terraformResource;
    terraformAttribute;
    wrapsSet;
    internalValue;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, wrapsSet) {
        super(terraformResource, terraformAttribute, wrapsSet);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
        this.wrapsSet = wrapsSet;
    }
    /**
    * @param index the index of the item to return
    */
    get(index) {
        return new ContainerengineClusterClusterPodNetworkOptionsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ContainerengineClusterClusterPodNetworkOptionsList = ContainerengineClusterClusterPodNetworkOptionsList;
function containerengineClusterEndpointConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        is_public_ip_enabled: cdktf.booleanToTerraform(struct.isPublicIpEnabled),
        nsg_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.nsgIds),
        security_attributes: cdktf.hashMapper(cdktf.stringToTerraform)(struct.securityAttributes),
        subnet_id: cdktf.stringToTerraform(struct.subnetId),
    };
}
function containerengineClusterEndpointConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        is_public_ip_enabled: {
            value: cdktf.booleanToHclTerraform(struct.isPublicIpEnabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        nsg_ids: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.nsgIds),
            isBlock: false,
            type: "set",
            storageClassType: "stringList",
        },
        security_attributes: {
            value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(struct.securityAttributes),
            isBlock: false,
            type: "map",
            storageClassType: "stringMap",
        },
        subnet_id: {
            value: cdktf.stringToHclTerraform(struct.subnetId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerengineClusterEndpointConfigOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._isPublicIpEnabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.isPublicIpEnabled = this._isPublicIpEnabled;
        }
        if (this._nsgIds !== undefined) {
            hasAnyValues = true;
            internalValueResult.nsgIds = this._nsgIds;
        }
        if (this._securityAttributes !== undefined) {
            hasAnyValues = true;
            internalValueResult.securityAttributes = this._securityAttributes;
        }
        if (this._subnetId !== undefined) {
            hasAnyValues = true;
            internalValueResult.subnetId = this._subnetId;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._isPublicIpEnabled = undefined;
            this._nsgIds = undefined;
            this._securityAttributes = undefined;
            this._subnetId = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._isPublicIpEnabled = value.isPublicIpEnabled;
            this._nsgIds = value.nsgIds;
            this._securityAttributes = value.securityAttributes;
            this._subnetId = value.subnetId;
        }
    }
    // is_public_ip_enabled - computed: true, optional: true, required: false
    _isPublicIpEnabled;
    get isPublicIpEnabled() {
        return this.getBooleanAttribute('is_public_ip_enabled');
    }
    set isPublicIpEnabled(value) {
        this._isPublicIpEnabled = value;
    }
    resetIsPublicIpEnabled() {
        this._isPublicIpEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get isPublicIpEnabledInput() {
        return this._isPublicIpEnabled;
    }
    // nsg_ids - computed: false, optional: true, required: false
    _nsgIds;
    get nsgIds() {
        return cdktf.Fn.tolist(this.getListAttribute('nsg_ids'));
    }
    set nsgIds(value) {
        this._nsgIds = value;
    }
    resetNsgIds() {
        this._nsgIds = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nsgIdsInput() {
        return this._nsgIds;
    }
    // security_attributes - computed: true, optional: true, required: false
    _securityAttributes;
    get securityAttributes() {
        return this.getStringMapAttribute('security_attributes');
    }
    set securityAttributes(value) {
        this._securityAttributes = value;
    }
    resetSecurityAttributes() {
        this._securityAttributes = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get securityAttributesInput() {
        return this._securityAttributes;
    }
    // subnet_id - computed: false, optional: false, required: true
    _subnetId;
    get subnetId() {
        return this.getStringAttribute('subnet_id');
    }
    set subnetId(value) {
        this._subnetId = value;
    }
    // Temporarily expose input value. Use with caution.
    get subnetIdInput() {
        return this._subnetId;
    }
}
exports.ContainerengineClusterEndpointConfigOutputReference = ContainerengineClusterEndpointConfigOutputReference;
function containerengineClusterImagePolicyConfigKeyDetailsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        kms_key_id: cdktf.stringToTerraform(struct.kmsKeyId),
    };
}
function containerengineClusterImagePolicyConfigKeyDetailsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        kms_key_id: {
            value: cdktf.stringToHclTerraform(struct.kmsKeyId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerengineClusterImagePolicyConfigKeyDetailsOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    resolvableValue;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._kmsKeyId !== undefined) {
            hasAnyValues = true;
            internalValueResult.kmsKeyId = this._kmsKeyId;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._kmsKeyId = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._kmsKeyId = value.kmsKeyId;
        }
    }
    // kms_key_id - computed: true, optional: true, required: false
    _kmsKeyId;
    get kmsKeyId() {
        return this.getStringAttribute('kms_key_id');
    }
    set kmsKeyId(value) {
        this._kmsKeyId = value;
    }
    resetKmsKeyId() {
        this._kmsKeyId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get kmsKeyIdInput() {
        return this._kmsKeyId;
    }
}
exports.ContainerengineClusterImagePolicyConfigKeyDetailsOutputReference = ContainerengineClusterImagePolicyConfigKeyDetailsOutputReference;
class ContainerengineClusterImagePolicyConfigKeyDetailsList extends cdktf.ComplexList {
    terraformResource;
    terraformAttribute;
    wrapsSet;
    internalValue;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, wrapsSet) {
        super(terraformResource, terraformAttribute, wrapsSet);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
        this.wrapsSet = wrapsSet;
    }
    /**
    * @param index the index of the item to return
    */
    get(index) {
        return new ContainerengineClusterImagePolicyConfigKeyDetailsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ContainerengineClusterImagePolicyConfigKeyDetailsList = ContainerengineClusterImagePolicyConfigKeyDetailsList;
function containerengineClusterImagePolicyConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        is_policy_enabled: cdktf.booleanToTerraform(struct.isPolicyEnabled),
        key_details: cdktf.listMapper(containerengineClusterImagePolicyConfigKeyDetailsToTerraform, true)(struct.keyDetails),
    };
}
function containerengineClusterImagePolicyConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        is_policy_enabled: {
            value: cdktf.booleanToHclTerraform(struct.isPolicyEnabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        key_details: {
            value: cdktf.listMapperHcl(containerengineClusterImagePolicyConfigKeyDetailsToHclTerraform, true)(struct.keyDetails),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerengineClusterImagePolicyConfigKeyDetailsList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerengineClusterImagePolicyConfigOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._isPolicyEnabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.isPolicyEnabled = this._isPolicyEnabled;
        }
        if (this._keyDetails?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.keyDetails = this._keyDetails?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._isPolicyEnabled = undefined;
            this._keyDetails.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._isPolicyEnabled = value.isPolicyEnabled;
            this._keyDetails.internalValue = value.keyDetails;
        }
    }
    // is_policy_enabled - computed: true, optional: true, required: false
    _isPolicyEnabled;
    get isPolicyEnabled() {
        return this.getBooleanAttribute('is_policy_enabled');
    }
    set isPolicyEnabled(value) {
        this._isPolicyEnabled = value;
    }
    resetIsPolicyEnabled() {
        this._isPolicyEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get isPolicyEnabledInput() {
        return this._isPolicyEnabled;
    }
    // key_details - computed: false, optional: true, required: false
    _keyDetails = new ContainerengineClusterImagePolicyConfigKeyDetailsList(this, "key_details", false);
    get keyDetails() {
        return this._keyDetails;
    }
    putKeyDetails(value) {
        this._keyDetails.internalValue = value;
    }
    resetKeyDetails() {
        this._keyDetails.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get keyDetailsInput() {
        return this._keyDetails.internalValue;
    }
}
exports.ContainerengineClusterImagePolicyConfigOutputReference = ContainerengineClusterImagePolicyConfigOutputReference;
function containerengineClusterOptionsAddOnsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        is_kubernetes_dashboard_enabled: cdktf.booleanToTerraform(struct.isKubernetesDashboardEnabled),
        is_tiller_enabled: cdktf.booleanToTerraform(struct.isTillerEnabled),
    };
}
function containerengineClusterOptionsAddOnsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        is_kubernetes_dashboard_enabled: {
            value: cdktf.booleanToHclTerraform(struct.isKubernetesDashboardEnabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        is_tiller_enabled: {
            value: cdktf.booleanToHclTerraform(struct.isTillerEnabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerengineClusterOptionsAddOnsOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._isKubernetesDashboardEnabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.isKubernetesDashboardEnabled = this._isKubernetesDashboardEnabled;
        }
        if (this._isTillerEnabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.isTillerEnabled = this._isTillerEnabled;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._isKubernetesDashboardEnabled = undefined;
            this._isTillerEnabled = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._isKubernetesDashboardEnabled = value.isKubernetesDashboardEnabled;
            this._isTillerEnabled = value.isTillerEnabled;
        }
    }
    // is_kubernetes_dashboard_enabled - computed: true, optional: true, required: false
    _isKubernetesDashboardEnabled;
    get isKubernetesDashboardEnabled() {
        return this.getBooleanAttribute('is_kubernetes_dashboard_enabled');
    }
    set isKubernetesDashboardEnabled(value) {
        this._isKubernetesDashboardEnabled = value;
    }
    resetIsKubernetesDashboardEnabled() {
        this._isKubernetesDashboardEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get isKubernetesDashboardEnabledInput() {
        return this._isKubernetesDashboardEnabled;
    }
    // is_tiller_enabled - computed: true, optional: true, required: false
    _isTillerEnabled;
    get isTillerEnabled() {
        return this.getBooleanAttribute('is_tiller_enabled');
    }
    set isTillerEnabled(value) {
        this._isTillerEnabled = value;
    }
    resetIsTillerEnabled() {
        this._isTillerEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get isTillerEnabledInput() {
        return this._isTillerEnabled;
    }
}
exports.ContainerengineClusterOptionsAddOnsOutputReference = ContainerengineClusterOptionsAddOnsOutputReference;
function containerengineClusterOptionsAdmissionControllerOptionsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        is_pod_security_policy_enabled: cdktf.booleanToTerraform(struct.isPodSecurityPolicyEnabled),
    };
}
function containerengineClusterOptionsAdmissionControllerOptionsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        is_pod_security_policy_enabled: {
            value: cdktf.booleanToHclTerraform(struct.isPodSecurityPolicyEnabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerengineClusterOptionsAdmissionControllerOptionsOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._isPodSecurityPolicyEnabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.isPodSecurityPolicyEnabled = this._isPodSecurityPolicyEnabled;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._isPodSecurityPolicyEnabled = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._isPodSecurityPolicyEnabled = value.isPodSecurityPolicyEnabled;
        }
    }
    // is_pod_security_policy_enabled - computed: true, optional: true, required: false
    _isPodSecurityPolicyEnabled;
    get isPodSecurityPolicyEnabled() {
        return this.getBooleanAttribute('is_pod_security_policy_enabled');
    }
    set isPodSecurityPolicyEnabled(value) {
        this._isPodSecurityPolicyEnabled = value;
    }
    resetIsPodSecurityPolicyEnabled() {
        this._isPodSecurityPolicyEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get isPodSecurityPolicyEnabledInput() {
        return this._isPodSecurityPolicyEnabled;
    }
}
exports.ContainerengineClusterOptionsAdmissionControllerOptionsOutputReference = ContainerengineClusterOptionsAdmissionControllerOptionsOutputReference;
function containerengineClusterOptionsKubernetesNetworkConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        pods_cidr: cdktf.stringToTerraform(struct.podsCidr),
        services_cidr: cdktf.stringToTerraform(struct.servicesCidr),
    };
}
function containerengineClusterOptionsKubernetesNetworkConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        pods_cidr: {
            value: cdktf.stringToHclTerraform(struct.podsCidr),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        services_cidr: {
            value: cdktf.stringToHclTerraform(struct.servicesCidr),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerengineClusterOptionsKubernetesNetworkConfigOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._podsCidr !== undefined) {
            hasAnyValues = true;
            internalValueResult.podsCidr = this._podsCidr;
        }
        if (this._servicesCidr !== undefined) {
            hasAnyValues = true;
            internalValueResult.servicesCidr = this._servicesCidr;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._podsCidr = undefined;
            this._servicesCidr = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._podsCidr = value.podsCidr;
            this._servicesCidr = value.servicesCidr;
        }
    }
    // pods_cidr - computed: true, optional: true, required: false
    _podsCidr;
    get podsCidr() {
        return this.getStringAttribute('pods_cidr');
    }
    set podsCidr(value) {
        this._podsCidr = value;
    }
    resetPodsCidr() {
        this._podsCidr = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get podsCidrInput() {
        return this._podsCidr;
    }
    // services_cidr - computed: true, optional: true, required: false
    _servicesCidr;
    get servicesCidr() {
        return this.getStringAttribute('services_cidr');
    }
    set servicesCidr(value) {
        this._servicesCidr = value;
    }
    resetServicesCidr() {
        this._servicesCidr = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get servicesCidrInput() {
        return this._servicesCidr;
    }
}
exports.ContainerengineClusterOptionsKubernetesNetworkConfigOutputReference = ContainerengineClusterOptionsKubernetesNetworkConfigOutputReference;
function containerengineClusterOptionsOpenIdConnectDiscoveryToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        is_open_id_connect_discovery_enabled: cdktf.booleanToTerraform(struct.isOpenIdConnectDiscoveryEnabled),
    };
}
function containerengineClusterOptionsOpenIdConnectDiscoveryToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        is_open_id_connect_discovery_enabled: {
            value: cdktf.booleanToHclTerraform(struct.isOpenIdConnectDiscoveryEnabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerengineClusterOptionsOpenIdConnectDiscoveryOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._isOpenIdConnectDiscoveryEnabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.isOpenIdConnectDiscoveryEnabled = this._isOpenIdConnectDiscoveryEnabled;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._isOpenIdConnectDiscoveryEnabled = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._isOpenIdConnectDiscoveryEnabled = value.isOpenIdConnectDiscoveryEnabled;
        }
    }
    // is_open_id_connect_discovery_enabled - computed: true, optional: true, required: false
    _isOpenIdConnectDiscoveryEnabled;
    get isOpenIdConnectDiscoveryEnabled() {
        return this.getBooleanAttribute('is_open_id_connect_discovery_enabled');
    }
    set isOpenIdConnectDiscoveryEnabled(value) {
        this._isOpenIdConnectDiscoveryEnabled = value;
    }
    resetIsOpenIdConnectDiscoveryEnabled() {
        this._isOpenIdConnectDiscoveryEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get isOpenIdConnectDiscoveryEnabledInput() {
        return this._isOpenIdConnectDiscoveryEnabled;
    }
}
exports.ContainerengineClusterOptionsOpenIdConnectDiscoveryOutputReference = ContainerengineClusterOptionsOpenIdConnectDiscoveryOutputReference;
function containerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigRequiredClaimsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        key: cdktf.stringToTerraform(struct.key),
        value: cdktf.stringToTerraform(struct.value),
    };
}
function containerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigRequiredClaimsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        key: {
            value: cdktf.stringToHclTerraform(struct.key),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        value: {
            value: cdktf.stringToHclTerraform(struct.value),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigRequiredClaimsOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    resolvableValue;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._key !== undefined) {
            hasAnyValues = true;
            internalValueResult.key = this._key;
        }
        if (this._value !== undefined) {
            hasAnyValues = true;
            internalValueResult.value = this._value;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._key = undefined;
            this._value = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._key = value.key;
            this._value = value.value;
        }
    }
    // key - computed: false, optional: true, required: false
    _key;
    get key() {
        return this.getStringAttribute('key');
    }
    set key(value) {
        this._key = value;
    }
    resetKey() {
        this._key = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get keyInput() {
        return this._key;
    }
    // value - computed: false, optional: true, required: false
    _value;
    get value() {
        return this.getStringAttribute('value');
    }
    set value(value) {
        this._value = value;
    }
    resetValue() {
        this._value = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get valueInput() {
        return this._value;
    }
}
exports.ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigRequiredClaimsOutputReference = ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigRequiredClaimsOutputReference;
class ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigRequiredClaimsList extends cdktf.ComplexList {
    terraformResource;
    terraformAttribute;
    wrapsSet;
    internalValue;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, wrapsSet) {
        super(terraformResource, terraformAttribute, wrapsSet);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
        this.wrapsSet = wrapsSet;
    }
    /**
    * @param index the index of the item to return
    */
    get(index) {
        return new ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigRequiredClaimsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigRequiredClaimsList = ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigRequiredClaimsList;
function containerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        ca_certificate: cdktf.stringToTerraform(struct.caCertificate),
        client_id: cdktf.stringToTerraform(struct.clientId),
        configuration_file: cdktf.stringToTerraform(struct.configurationFile),
        groups_claim: cdktf.stringToTerraform(struct.groupsClaim),
        groups_prefix: cdktf.stringToTerraform(struct.groupsPrefix),
        is_open_id_connect_auth_enabled: cdktf.booleanToTerraform(struct.isOpenIdConnectAuthEnabled),
        issuer_url: cdktf.stringToTerraform(struct.issuerUrl),
        signing_algorithms: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.signingAlgorithms),
        username_claim: cdktf.stringToTerraform(struct.usernameClaim),
        username_prefix: cdktf.stringToTerraform(struct.usernamePrefix),
        required_claims: cdktf.listMapper(containerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigRequiredClaimsToTerraform, true)(struct.requiredClaims),
    };
}
function containerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        ca_certificate: {
            value: cdktf.stringToHclTerraform(struct.caCertificate),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        client_id: {
            value: cdktf.stringToHclTerraform(struct.clientId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        configuration_file: {
            value: cdktf.stringToHclTerraform(struct.configurationFile),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        groups_claim: {
            value: cdktf.stringToHclTerraform(struct.groupsClaim),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        groups_prefix: {
            value: cdktf.stringToHclTerraform(struct.groupsPrefix),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        is_open_id_connect_auth_enabled: {
            value: cdktf.booleanToHclTerraform(struct.isOpenIdConnectAuthEnabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        issuer_url: {
            value: cdktf.stringToHclTerraform(struct.issuerUrl),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        signing_algorithms: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.signingAlgorithms),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        username_claim: {
            value: cdktf.stringToHclTerraform(struct.usernameClaim),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        username_prefix: {
            value: cdktf.stringToHclTerraform(struct.usernamePrefix),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        required_claims: {
            value: cdktf.listMapperHcl(containerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigRequiredClaimsToHclTerraform, true)(struct.requiredClaims),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigRequiredClaimsList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._caCertificate !== undefined) {
            hasAnyValues = true;
            internalValueResult.caCertificate = this._caCertificate;
        }
        if (this._clientId !== undefined) {
            hasAnyValues = true;
            internalValueResult.clientId = this._clientId;
        }
        if (this._configurationFile !== undefined) {
            hasAnyValues = true;
            internalValueResult.configurationFile = this._configurationFile;
        }
        if (this._groupsClaim !== undefined) {
            hasAnyValues = true;
            internalValueResult.groupsClaim = this._groupsClaim;
        }
        if (this._groupsPrefix !== undefined) {
            hasAnyValues = true;
            internalValueResult.groupsPrefix = this._groupsPrefix;
        }
        if (this._isOpenIdConnectAuthEnabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.isOpenIdConnectAuthEnabled = this._isOpenIdConnectAuthEnabled;
        }
        if (this._issuerUrl !== undefined) {
            hasAnyValues = true;
            internalValueResult.issuerUrl = this._issuerUrl;
        }
        if (this._signingAlgorithms !== undefined) {
            hasAnyValues = true;
            internalValueResult.signingAlgorithms = this._signingAlgorithms;
        }
        if (this._usernameClaim !== undefined) {
            hasAnyValues = true;
            internalValueResult.usernameClaim = this._usernameClaim;
        }
        if (this._usernamePrefix !== undefined) {
            hasAnyValues = true;
            internalValueResult.usernamePrefix = this._usernamePrefix;
        }
        if (this._requiredClaims?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.requiredClaims = this._requiredClaims?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._caCertificate = undefined;
            this._clientId = undefined;
            this._configurationFile = undefined;
            this._groupsClaim = undefined;
            this._groupsPrefix = undefined;
            this._isOpenIdConnectAuthEnabled = undefined;
            this._issuerUrl = undefined;
            this._signingAlgorithms = undefined;
            this._usernameClaim = undefined;
            this._usernamePrefix = undefined;
            this._requiredClaims.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._caCertificate = value.caCertificate;
            this._clientId = value.clientId;
            this._configurationFile = value.configurationFile;
            this._groupsClaim = value.groupsClaim;
            this._groupsPrefix = value.groupsPrefix;
            this._isOpenIdConnectAuthEnabled = value.isOpenIdConnectAuthEnabled;
            this._issuerUrl = value.issuerUrl;
            this._signingAlgorithms = value.signingAlgorithms;
            this._usernameClaim = value.usernameClaim;
            this._usernamePrefix = value.usernamePrefix;
            this._requiredClaims.internalValue = value.requiredClaims;
        }
    }
    // ca_certificate - computed: false, optional: true, required: false
    _caCertificate;
    get caCertificate() {
        return this.getStringAttribute('ca_certificate');
    }
    set caCertificate(value) {
        this._caCertificate = value;
    }
    resetCaCertificate() {
        this._caCertificate = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get caCertificateInput() {
        return this._caCertificate;
    }
    // client_id - computed: false, optional: true, required: false
    _clientId;
    get clientId() {
        return this.getStringAttribute('client_id');
    }
    set clientId(value) {
        this._clientId = value;
    }
    resetClientId() {
        this._clientId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get clientIdInput() {
        return this._clientId;
    }
    // configuration_file - computed: false, optional: true, required: false
    _configurationFile;
    get configurationFile() {
        return this.getStringAttribute('configuration_file');
    }
    set configurationFile(value) {
        this._configurationFile = value;
    }
    resetConfigurationFile() {
        this._configurationFile = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get configurationFileInput() {
        return this._configurationFile;
    }
    // groups_claim - computed: false, optional: true, required: false
    _groupsClaim;
    get groupsClaim() {
        return this.getStringAttribute('groups_claim');
    }
    set groupsClaim(value) {
        this._groupsClaim = value;
    }
    resetGroupsClaim() {
        this._groupsClaim = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get groupsClaimInput() {
        return this._groupsClaim;
    }
    // groups_prefix - computed: false, optional: true, required: false
    _groupsPrefix;
    get groupsPrefix() {
        return this.getStringAttribute('groups_prefix');
    }
    set groupsPrefix(value) {
        this._groupsPrefix = value;
    }
    resetGroupsPrefix() {
        this._groupsPrefix = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get groupsPrefixInput() {
        return this._groupsPrefix;
    }
    // is_open_id_connect_auth_enabled - computed: false, optional: false, required: true
    _isOpenIdConnectAuthEnabled;
    get isOpenIdConnectAuthEnabled() {
        return this.getBooleanAttribute('is_open_id_connect_auth_enabled');
    }
    set isOpenIdConnectAuthEnabled(value) {
        this._isOpenIdConnectAuthEnabled = value;
    }
    // Temporarily expose input value. Use with caution.
    get isOpenIdConnectAuthEnabledInput() {
        return this._isOpenIdConnectAuthEnabled;
    }
    // issuer_url - computed: false, optional: true, required: false
    _issuerUrl;
    get issuerUrl() {
        return this.getStringAttribute('issuer_url');
    }
    set issuerUrl(value) {
        this._issuerUrl = value;
    }
    resetIssuerUrl() {
        this._issuerUrl = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get issuerUrlInput() {
        return this._issuerUrl;
    }
    // signing_algorithms - computed: false, optional: true, required: false
    _signingAlgorithms;
    get signingAlgorithms() {
        return this.getListAttribute('signing_algorithms');
    }
    set signingAlgorithms(value) {
        this._signingAlgorithms = value;
    }
    resetSigningAlgorithms() {
        this._signingAlgorithms = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get signingAlgorithmsInput() {
        return this._signingAlgorithms;
    }
    // username_claim - computed: false, optional: true, required: false
    _usernameClaim;
    get usernameClaim() {
        return this.getStringAttribute('username_claim');
    }
    set usernameClaim(value) {
        this._usernameClaim = value;
    }
    resetUsernameClaim() {
        this._usernameClaim = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get usernameClaimInput() {
        return this._usernameClaim;
    }
    // username_prefix - computed: false, optional: true, required: false
    _usernamePrefix;
    get usernamePrefix() {
        return this.getStringAttribute('username_prefix');
    }
    set usernamePrefix(value) {
        this._usernamePrefix = value;
    }
    resetUsernamePrefix() {
        this._usernamePrefix = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get usernamePrefixInput() {
        return this._usernamePrefix;
    }
    // required_claims - computed: false, optional: true, required: false
    _requiredClaims = new ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigRequiredClaimsList(this, "required_claims", false);
    get requiredClaims() {
        return this._requiredClaims;
    }
    putRequiredClaims(value) {
        this._requiredClaims.internalValue = value;
    }
    resetRequiredClaims() {
        this._requiredClaims.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get requiredClaimsInput() {
        return this._requiredClaims.internalValue;
    }
}
exports.ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigOutputReference = ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigOutputReference;
function containerengineClusterOptionsPersistentVolumeConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        defined_tags: cdktf.hashMapper(cdktf.stringToTerraform)(struct.definedTags),
        freeform_tags: cdktf.hashMapper(cdktf.stringToTerraform)(struct.freeformTags),
    };
}
function containerengineClusterOptionsPersistentVolumeConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        defined_tags: {
            value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(struct.definedTags),
            isBlock: false,
            type: "map",
            storageClassType: "stringMap",
        },
        freeform_tags: {
            value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(struct.freeformTags),
            isBlock: false,
            type: "map",
            storageClassType: "stringMap",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerengineClusterOptionsPersistentVolumeConfigOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._definedTags !== undefined) {
            hasAnyValues = true;
            internalValueResult.definedTags = this._definedTags;
        }
        if (this._freeformTags !== undefined) {
            hasAnyValues = true;
            internalValueResult.freeformTags = this._freeformTags;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._definedTags = undefined;
            this._freeformTags = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._definedTags = value.definedTags;
            this._freeformTags = value.freeformTags;
        }
    }
    // defined_tags - computed: true, optional: true, required: false
    _definedTags;
    get definedTags() {
        return this.getStringMapAttribute('defined_tags');
    }
    set definedTags(value) {
        this._definedTags = value;
    }
    resetDefinedTags() {
        this._definedTags = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get definedTagsInput() {
        return this._definedTags;
    }
    // freeform_tags - computed: true, optional: true, required: false
    _freeformTags;
    get freeformTags() {
        return this.getStringMapAttribute('freeform_tags');
    }
    set freeformTags(value) {
        this._freeformTags = value;
    }
    resetFreeformTags() {
        this._freeformTags = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get freeformTagsInput() {
        return this._freeformTags;
    }
}
exports.ContainerengineClusterOptionsPersistentVolumeConfigOutputReference = ContainerengineClusterOptionsPersistentVolumeConfigOutputReference;
function containerengineClusterOptionsServiceLbConfigToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        backend_nsg_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.backendNsgIds),
        defined_tags: cdktf.hashMapper(cdktf.stringToTerraform)(struct.definedTags),
        freeform_tags: cdktf.hashMapper(cdktf.stringToTerraform)(struct.freeformTags),
    };
}
function containerengineClusterOptionsServiceLbConfigToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        backend_nsg_ids: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.backendNsgIds),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        defined_tags: {
            value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(struct.definedTags),
            isBlock: false,
            type: "map",
            storageClassType: "stringMap",
        },
        freeform_tags: {
            value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(struct.freeformTags),
            isBlock: false,
            type: "map",
            storageClassType: "stringMap",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerengineClusterOptionsServiceLbConfigOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._backendNsgIds !== undefined) {
            hasAnyValues = true;
            internalValueResult.backendNsgIds = this._backendNsgIds;
        }
        if (this._definedTags !== undefined) {
            hasAnyValues = true;
            internalValueResult.definedTags = this._definedTags;
        }
        if (this._freeformTags !== undefined) {
            hasAnyValues = true;
            internalValueResult.freeformTags = this._freeformTags;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._backendNsgIds = undefined;
            this._definedTags = undefined;
            this._freeformTags = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._backendNsgIds = value.backendNsgIds;
            this._definedTags = value.definedTags;
            this._freeformTags = value.freeformTags;
        }
    }
    // backend_nsg_ids - computed: true, optional: true, required: false
    _backendNsgIds;
    get backendNsgIds() {
        return this.getListAttribute('backend_nsg_ids');
    }
    set backendNsgIds(value) {
        this._backendNsgIds = value;
    }
    resetBackendNsgIds() {
        this._backendNsgIds = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get backendNsgIdsInput() {
        return this._backendNsgIds;
    }
    // defined_tags - computed: true, optional: true, required: false
    _definedTags;
    get definedTags() {
        return this.getStringMapAttribute('defined_tags');
    }
    set definedTags(value) {
        this._definedTags = value;
    }
    resetDefinedTags() {
        this._definedTags = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get definedTagsInput() {
        return this._definedTags;
    }
    // freeform_tags - computed: true, optional: true, required: false
    _freeformTags;
    get freeformTags() {
        return this.getStringMapAttribute('freeform_tags');
    }
    set freeformTags(value) {
        this._freeformTags = value;
    }
    resetFreeformTags() {
        this._freeformTags = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get freeformTagsInput() {
        return this._freeformTags;
    }
}
exports.ContainerengineClusterOptionsServiceLbConfigOutputReference = ContainerengineClusterOptionsServiceLbConfigOutputReference;
function containerengineClusterOptionsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        ip_families: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.ipFamilies),
        service_lb_subnet_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.serviceLbSubnetIds),
        add_ons: containerengineClusterOptionsAddOnsToTerraform(struct.addOns),
        admission_controller_options: containerengineClusterOptionsAdmissionControllerOptionsToTerraform(struct.admissionControllerOptions),
        kubernetes_network_config: containerengineClusterOptionsKubernetesNetworkConfigToTerraform(struct.kubernetesNetworkConfig),
        open_id_connect_discovery: containerengineClusterOptionsOpenIdConnectDiscoveryToTerraform(struct.openIdConnectDiscovery),
        open_id_connect_token_authentication_config: containerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigToTerraform(struct.openIdConnectTokenAuthenticationConfig),
        persistent_volume_config: containerengineClusterOptionsPersistentVolumeConfigToTerraform(struct.persistentVolumeConfig),
        service_lb_config: containerengineClusterOptionsServiceLbConfigToTerraform(struct.serviceLbConfig),
    };
}
function containerengineClusterOptionsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        ip_families: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.ipFamilies),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        service_lb_subnet_ids: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.serviceLbSubnetIds),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        add_ons: {
            value: containerengineClusterOptionsAddOnsToHclTerraform(struct.addOns),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerengineClusterOptionsAddOnsList",
        },
        admission_controller_options: {
            value: containerengineClusterOptionsAdmissionControllerOptionsToHclTerraform(struct.admissionControllerOptions),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerengineClusterOptionsAdmissionControllerOptionsList",
        },
        kubernetes_network_config: {
            value: containerengineClusterOptionsKubernetesNetworkConfigToHclTerraform(struct.kubernetesNetworkConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerengineClusterOptionsKubernetesNetworkConfigList",
        },
        open_id_connect_discovery: {
            value: containerengineClusterOptionsOpenIdConnectDiscoveryToHclTerraform(struct.openIdConnectDiscovery),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerengineClusterOptionsOpenIdConnectDiscoveryList",
        },
        open_id_connect_token_authentication_config: {
            value: containerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigToHclTerraform(struct.openIdConnectTokenAuthenticationConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigList",
        },
        persistent_volume_config: {
            value: containerengineClusterOptionsPersistentVolumeConfigToHclTerraform(struct.persistentVolumeConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerengineClusterOptionsPersistentVolumeConfigList",
        },
        service_lb_config: {
            value: containerengineClusterOptionsServiceLbConfigToHclTerraform(struct.serviceLbConfig),
            isBlock: true,
            type: "list",
            storageClassType: "ContainerengineClusterOptionsServiceLbConfigList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerengineClusterOptionsOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false, 0);
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._ipFamilies !== undefined) {
            hasAnyValues = true;
            internalValueResult.ipFamilies = this._ipFamilies;
        }
        if (this._serviceLbSubnetIds !== undefined) {
            hasAnyValues = true;
            internalValueResult.serviceLbSubnetIds = this._serviceLbSubnetIds;
        }
        if (this._addOns?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.addOns = this._addOns?.internalValue;
        }
        if (this._admissionControllerOptions?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.admissionControllerOptions = this._admissionControllerOptions?.internalValue;
        }
        if (this._kubernetesNetworkConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.kubernetesNetworkConfig = this._kubernetesNetworkConfig?.internalValue;
        }
        if (this._openIdConnectDiscovery?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.openIdConnectDiscovery = this._openIdConnectDiscovery?.internalValue;
        }
        if (this._openIdConnectTokenAuthenticationConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.openIdConnectTokenAuthenticationConfig = this._openIdConnectTokenAuthenticationConfig?.internalValue;
        }
        if (this._persistentVolumeConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.persistentVolumeConfig = this._persistentVolumeConfig?.internalValue;
        }
        if (this._serviceLbConfig?.internalValue !== undefined) {
            hasAnyValues = true;
            internalValueResult.serviceLbConfig = this._serviceLbConfig?.internalValue;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._ipFamilies = undefined;
            this._serviceLbSubnetIds = undefined;
            this._addOns.internalValue = undefined;
            this._admissionControllerOptions.internalValue = undefined;
            this._kubernetesNetworkConfig.internalValue = undefined;
            this._openIdConnectDiscovery.internalValue = undefined;
            this._openIdConnectTokenAuthenticationConfig.internalValue = undefined;
            this._persistentVolumeConfig.internalValue = undefined;
            this._serviceLbConfig.internalValue = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._ipFamilies = value.ipFamilies;
            this._serviceLbSubnetIds = value.serviceLbSubnetIds;
            this._addOns.internalValue = value.addOns;
            this._admissionControllerOptions.internalValue = value.admissionControllerOptions;
            this._kubernetesNetworkConfig.internalValue = value.kubernetesNetworkConfig;
            this._openIdConnectDiscovery.internalValue = value.openIdConnectDiscovery;
            this._openIdConnectTokenAuthenticationConfig.internalValue = value.openIdConnectTokenAuthenticationConfig;
            this._persistentVolumeConfig.internalValue = value.persistentVolumeConfig;
            this._serviceLbConfig.internalValue = value.serviceLbConfig;
        }
    }
    // ip_families - computed: true, optional: true, required: false
    _ipFamilies;
    get ipFamilies() {
        return this.getListAttribute('ip_families');
    }
    set ipFamilies(value) {
        this._ipFamilies = value;
    }
    resetIpFamilies() {
        this._ipFamilies = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ipFamiliesInput() {
        return this._ipFamilies;
    }
    // service_lb_subnet_ids - computed: true, optional: true, required: false
    _serviceLbSubnetIds;
    get serviceLbSubnetIds() {
        return this.getListAttribute('service_lb_subnet_ids');
    }
    set serviceLbSubnetIds(value) {
        this._serviceLbSubnetIds = value;
    }
    resetServiceLbSubnetIds() {
        this._serviceLbSubnetIds = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get serviceLbSubnetIdsInput() {
        return this._serviceLbSubnetIds;
    }
    // add_ons - computed: false, optional: true, required: false
    _addOns = new ContainerengineClusterOptionsAddOnsOutputReference(this, "add_ons");
    get addOns() {
        return this._addOns;
    }
    putAddOns(value) {
        this._addOns.internalValue = value;
    }
    resetAddOns() {
        this._addOns.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get addOnsInput() {
        return this._addOns.internalValue;
    }
    // admission_controller_options - computed: false, optional: true, required: false
    _admissionControllerOptions = new ContainerengineClusterOptionsAdmissionControllerOptionsOutputReference(this, "admission_controller_options");
    get admissionControllerOptions() {
        return this._admissionControllerOptions;
    }
    putAdmissionControllerOptions(value) {
        this._admissionControllerOptions.internalValue = value;
    }
    resetAdmissionControllerOptions() {
        this._admissionControllerOptions.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get admissionControllerOptionsInput() {
        return this._admissionControllerOptions.internalValue;
    }
    // kubernetes_network_config - computed: false, optional: true, required: false
    _kubernetesNetworkConfig = new ContainerengineClusterOptionsKubernetesNetworkConfigOutputReference(this, "kubernetes_network_config");
    get kubernetesNetworkConfig() {
        return this._kubernetesNetworkConfig;
    }
    putKubernetesNetworkConfig(value) {
        this._kubernetesNetworkConfig.internalValue = value;
    }
    resetKubernetesNetworkConfig() {
        this._kubernetesNetworkConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get kubernetesNetworkConfigInput() {
        return this._kubernetesNetworkConfig.internalValue;
    }
    // open_id_connect_discovery - computed: false, optional: true, required: false
    _openIdConnectDiscovery = new ContainerengineClusterOptionsOpenIdConnectDiscoveryOutputReference(this, "open_id_connect_discovery");
    get openIdConnectDiscovery() {
        return this._openIdConnectDiscovery;
    }
    putOpenIdConnectDiscovery(value) {
        this._openIdConnectDiscovery.internalValue = value;
    }
    resetOpenIdConnectDiscovery() {
        this._openIdConnectDiscovery.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get openIdConnectDiscoveryInput() {
        return this._openIdConnectDiscovery.internalValue;
    }
    // open_id_connect_token_authentication_config - computed: false, optional: true, required: false
    _openIdConnectTokenAuthenticationConfig = new ContainerengineClusterOptionsOpenIdConnectTokenAuthenticationConfigOutputReference(this, "open_id_connect_token_authentication_config");
    get openIdConnectTokenAuthenticationConfig() {
        return this._openIdConnectTokenAuthenticationConfig;
    }
    putOpenIdConnectTokenAuthenticationConfig(value) {
        this._openIdConnectTokenAuthenticationConfig.internalValue = value;
    }
    resetOpenIdConnectTokenAuthenticationConfig() {
        this._openIdConnectTokenAuthenticationConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get openIdConnectTokenAuthenticationConfigInput() {
        return this._openIdConnectTokenAuthenticationConfig.internalValue;
    }
    // persistent_volume_config - computed: false, optional: true, required: false
    _persistentVolumeConfig = new ContainerengineClusterOptionsPersistentVolumeConfigOutputReference(this, "persistent_volume_config");
    get persistentVolumeConfig() {
        return this._persistentVolumeConfig;
    }
    putPersistentVolumeConfig(value) {
        this._persistentVolumeConfig.internalValue = value;
    }
    resetPersistentVolumeConfig() {
        this._persistentVolumeConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get persistentVolumeConfigInput() {
        return this._persistentVolumeConfig.internalValue;
    }
    // service_lb_config - computed: false, optional: true, required: false
    _serviceLbConfig = new ContainerengineClusterOptionsServiceLbConfigOutputReference(this, "service_lb_config");
    get serviceLbConfig() {
        return this._serviceLbConfig;
    }
    putServiceLbConfig(value) {
        this._serviceLbConfig.internalValue = value;
    }
    resetServiceLbConfig() {
        this._serviceLbConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get serviceLbConfigInput() {
        return this._serviceLbConfig.internalValue;
    }
}
exports.ContainerengineClusterOptionsOutputReference = ContainerengineClusterOptionsOutputReference;
function containerengineClusterTimeoutsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        create: cdktf.stringToTerraform(struct.create),
        delete: cdktf.stringToTerraform(struct.delete),
        update: cdktf.stringToTerraform(struct.update),
    };
}
function containerengineClusterTimeoutsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        create: {
            value: cdktf.stringToHclTerraform(struct.create),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        delete: {
            value: cdktf.stringToHclTerraform(struct.delete),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        update: {
            value: cdktf.stringToHclTerraform(struct.update),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerengineClusterTimeoutsOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    resolvableValue;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false);
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._create !== undefined) {
            hasAnyValues = true;
            internalValueResult.create = this._create;
        }
        if (this._delete !== undefined) {
            hasAnyValues = true;
            internalValueResult.delete = this._delete;
        }
        if (this._update !== undefined) {
            hasAnyValues = true;
            internalValueResult.update = this._update;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._create = undefined;
            this._delete = undefined;
            this._update = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._create = value.create;
            this._delete = value.delete;
            this._update = value.update;
        }
    }
    // create - computed: false, optional: true, required: false
    _create;
    get create() {
        return this.getStringAttribute('create');
    }
    set create(value) {
        this._create = value;
    }
    resetCreate() {
        this._create = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get createInput() {
        return this._create;
    }
    // delete - computed: false, optional: true, required: false
    _delete;
    get delete() {
        return this.getStringAttribute('delete');
    }
    set delete(value) {
        this._delete = value;
    }
    resetDelete() {
        this._delete = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get deleteInput() {
        return this._delete;
    }
    // update - computed: false, optional: true, required: false
    _update;
    get update() {
        return this.getStringAttribute('update');
    }
    set update(value) {
        this._update = value;
    }
    resetUpdate() {
        this._update = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get updateInput() {
        return this._update;
    }
}
exports.ContainerengineClusterTimeoutsOutputReference = ContainerengineClusterTimeoutsOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster oci_containerengine_cluster}
*/
class ContainerengineCluster extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "oci_containerengine_cluster";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a ContainerengineCluster resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the ContainerengineCluster to import
    * @param importFromId The id of the existing ContainerengineCluster that should be imported. Refer to the {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the ContainerengineCluster to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "oci_containerengine_cluster", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_cluster oci_containerengine_cluster} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options ContainerengineClusterConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'oci_containerengine_cluster',
            terraformGeneratorMetadata: {
                providerName: 'oci',
                providerVersion: '8.28.0'
            },
            provider: config.provider,
            dependsOn: config.dependsOn,
            count: config.count,
            lifecycle: config.lifecycle,
            provisioners: config.provisioners,
            connection: config.connection,
            forEach: config.forEach
        });
        this._compartmentId = config.compartmentId;
        this._definedTags = config.definedTags;
        this._freeformTags = config.freeformTags;
        this._id = config.id;
        this._kmsKeyId = config.kmsKeyId;
        this._kubernetesVersion = config.kubernetesVersion;
        this._name = config.name;
        this._type = config.type;
        this._vcnId = config.vcnId;
        this._clusterPodNetworkOptions.internalValue = config.clusterPodNetworkOptions;
        this._endpointConfig.internalValue = config.endpointConfig;
        this._imagePolicyConfig.internalValue = config.imagePolicyConfig;
        this._options.internalValue = config.options;
        this._timeouts.internalValue = config.timeouts;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // available_kubernetes_upgrades - computed: true, optional: false, required: false
    get availableKubernetesUpgrades() {
        return this.getListAttribute('available_kubernetes_upgrades');
    }
    // compartment_id - computed: false, optional: false, required: true
    _compartmentId;
    get compartmentId() {
        return this.getStringAttribute('compartment_id');
    }
    set compartmentId(value) {
        this._compartmentId = value;
    }
    // Temporarily expose input value. Use with caution.
    get compartmentIdInput() {
        return this._compartmentId;
    }
    // defined_tags - computed: true, optional: true, required: false
    _definedTags;
    get definedTags() {
        return this.getStringMapAttribute('defined_tags');
    }
    set definedTags(value) {
        this._definedTags = value;
    }
    resetDefinedTags() {
        this._definedTags = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get definedTagsInput() {
        return this._definedTags;
    }
    // endpoints - computed: true, optional: false, required: false
    _endpoints = new ContainerengineClusterEndpointsList(this, "endpoints", false);
    get endpoints() {
        return this._endpoints;
    }
    // freeform_tags - computed: true, optional: true, required: false
    _freeformTags;
    get freeformTags() {
        return this.getStringMapAttribute('freeform_tags');
    }
    set freeformTags(value) {
        this._freeformTags = value;
    }
    resetFreeformTags() {
        this._freeformTags = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get freeformTagsInput() {
        return this._freeformTags;
    }
    // id - computed: true, optional: true, required: false
    _id;
    get id() {
        return this.getStringAttribute('id');
    }
    set id(value) {
        this._id = value;
    }
    resetId() {
        this._id = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get idInput() {
        return this._id;
    }
    // kms_key_id - computed: true, optional: true, required: false
    _kmsKeyId;
    get kmsKeyId() {
        return this.getStringAttribute('kms_key_id');
    }
    set kmsKeyId(value) {
        this._kmsKeyId = value;
    }
    resetKmsKeyId() {
        this._kmsKeyId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get kmsKeyIdInput() {
        return this._kmsKeyId;
    }
    // kubernetes_version - computed: false, optional: false, required: true
    _kubernetesVersion;
    get kubernetesVersion() {
        return this.getStringAttribute('kubernetes_version');
    }
    set kubernetesVersion(value) {
        this._kubernetesVersion = value;
    }
    // Temporarily expose input value. Use with caution.
    get kubernetesVersionInput() {
        return this._kubernetesVersion;
    }
    // lifecycle_details - computed: true, optional: false, required: false
    get lifecycleDetails() {
        return this.getStringAttribute('lifecycle_details');
    }
    // metadata - computed: true, optional: false, required: false
    _metadata = new ContainerengineClusterMetadataList(this, "metadata", false);
    get metadata() {
        return this._metadata;
    }
    // name - computed: false, optional: false, required: true
    _name;
    get name() {
        return this.getStringAttribute('name');
    }
    set name(value) {
        this._name = value;
    }
    // Temporarily expose input value. Use with caution.
    get nameInput() {
        return this._name;
    }
    // open_id_connect_discovery_endpoint - computed: true, optional: false, required: false
    get openIdConnectDiscoveryEndpoint() {
        return this.getStringAttribute('open_id_connect_discovery_endpoint');
    }
    // open_id_connect_discovery_key - computed: true, optional: false, required: false
    get openIdConnectDiscoveryKey() {
        return this.getStringAttribute('open_id_connect_discovery_key');
    }
    // state - computed: true, optional: false, required: false
    get state() {
        return this.getStringAttribute('state');
    }
    // type - computed: true, optional: true, required: false
    _type;
    get type() {
        return this.getStringAttribute('type');
    }
    set type(value) {
        this._type = value;
    }
    resetType() {
        this._type = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get typeInput() {
        return this._type;
    }
    // vcn_id - computed: false, optional: false, required: true
    _vcnId;
    get vcnId() {
        return this.getStringAttribute('vcn_id');
    }
    set vcnId(value) {
        this._vcnId = value;
    }
    // Temporarily expose input value. Use with caution.
    get vcnIdInput() {
        return this._vcnId;
    }
    // cluster_pod_network_options - computed: false, optional: true, required: false
    _clusterPodNetworkOptions = new ContainerengineClusterClusterPodNetworkOptionsList(this, "cluster_pod_network_options", false);
    get clusterPodNetworkOptions() {
        return this._clusterPodNetworkOptions;
    }
    putClusterPodNetworkOptions(value) {
        this._clusterPodNetworkOptions.internalValue = value;
    }
    resetClusterPodNetworkOptions() {
        this._clusterPodNetworkOptions.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get clusterPodNetworkOptionsInput() {
        return this._clusterPodNetworkOptions.internalValue;
    }
    // endpoint_config - computed: false, optional: true, required: false
    _endpointConfig = new ContainerengineClusterEndpointConfigOutputReference(this, "endpoint_config");
    get endpointConfig() {
        return this._endpointConfig;
    }
    putEndpointConfig(value) {
        this._endpointConfig.internalValue = value;
    }
    resetEndpointConfig() {
        this._endpointConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get endpointConfigInput() {
        return this._endpointConfig.internalValue;
    }
    // image_policy_config - computed: false, optional: true, required: false
    _imagePolicyConfig = new ContainerengineClusterImagePolicyConfigOutputReference(this, "image_policy_config");
    get imagePolicyConfig() {
        return this._imagePolicyConfig;
    }
    putImagePolicyConfig(value) {
        this._imagePolicyConfig.internalValue = value;
    }
    resetImagePolicyConfig() {
        this._imagePolicyConfig.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get imagePolicyConfigInput() {
        return this._imagePolicyConfig.internalValue;
    }
    // options - computed: false, optional: true, required: false
    _options = new ContainerengineClusterOptionsOutputReference(this, "options");
    get options() {
        return this._options;
    }
    putOptions(value) {
        this._options.internalValue = value;
    }
    resetOptions() {
        this._options.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get optionsInput() {
        return this._options.internalValue;
    }
    // timeouts - computed: false, optional: true, required: false
    _timeouts = new ContainerengineClusterTimeoutsOutputReference(this, "timeouts");
    get timeouts() {
        return this._timeouts;
    }
    putTimeouts(value) {
        this._timeouts.internalValue = value;
    }
    resetTimeouts() {
        this._timeouts.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get timeoutsInput() {
        return this._timeouts.internalValue;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            compartment_id: cdktf.stringToTerraform(this._compartmentId),
            defined_tags: cdktf.hashMapper(cdktf.stringToTerraform)(this._definedTags),
            freeform_tags: cdktf.hashMapper(cdktf.stringToTerraform)(this._freeformTags),
            id: cdktf.stringToTerraform(this._id),
            kms_key_id: cdktf.stringToTerraform(this._kmsKeyId),
            kubernetes_version: cdktf.stringToTerraform(this._kubernetesVersion),
            name: cdktf.stringToTerraform(this._name),
            type: cdktf.stringToTerraform(this._type),
            vcn_id: cdktf.stringToTerraform(this._vcnId),
            cluster_pod_network_options: cdktf.listMapper(containerengineClusterClusterPodNetworkOptionsToTerraform, true)(this._clusterPodNetworkOptions.internalValue),
            endpoint_config: containerengineClusterEndpointConfigToTerraform(this._endpointConfig.internalValue),
            image_policy_config: containerengineClusterImagePolicyConfigToTerraform(this._imagePolicyConfig.internalValue),
            options: containerengineClusterOptionsToTerraform(this._options.internalValue),
            timeouts: containerengineClusterTimeoutsToTerraform(this._timeouts.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            compartment_id: {
                value: cdktf.stringToHclTerraform(this._compartmentId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            defined_tags: {
                value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._definedTags),
                isBlock: false,
                type: "map",
                storageClassType: "stringMap",
            },
            freeform_tags: {
                value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._freeformTags),
                isBlock: false,
                type: "map",
                storageClassType: "stringMap",
            },
            id: {
                value: cdktf.stringToHclTerraform(this._id),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            kms_key_id: {
                value: cdktf.stringToHclTerraform(this._kmsKeyId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            kubernetes_version: {
                value: cdktf.stringToHclTerraform(this._kubernetesVersion),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            name: {
                value: cdktf.stringToHclTerraform(this._name),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            type: {
                value: cdktf.stringToHclTerraform(this._type),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            vcn_id: {
                value: cdktf.stringToHclTerraform(this._vcnId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            cluster_pod_network_options: {
                value: cdktf.listMapperHcl(containerengineClusterClusterPodNetworkOptionsToHclTerraform, true)(this._clusterPodNetworkOptions.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "ContainerengineClusterClusterPodNetworkOptionsList",
            },
            endpoint_config: {
                value: containerengineClusterEndpointConfigToHclTerraform(this._endpointConfig.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "ContainerengineClusterEndpointConfigList",
            },
            image_policy_config: {
                value: containerengineClusterImagePolicyConfigToHclTerraform(this._imagePolicyConfig.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "ContainerengineClusterImagePolicyConfigList",
            },
            options: {
                value: containerengineClusterOptionsToHclTerraform(this._options.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "ContainerengineClusterOptionsList",
            },
            timeouts: {
                value: containerengineClusterTimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "ContainerengineClusterTimeouts",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.ContainerengineCluster = ContainerengineCluster;
