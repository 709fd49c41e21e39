"use strict";
// https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool
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
exports.ContainerengineVirtualNodePool = exports.ContainerengineVirtualNodePoolVirtualNodeTagsOutputReference = exports.ContainerengineVirtualNodePoolVirtualNodePoolCyclingDetailsOutputReference = exports.ContainerengineVirtualNodePoolTimeoutsOutputReference = exports.ContainerengineVirtualNodePoolTaintsList = exports.ContainerengineVirtualNodePoolTaintsOutputReference = exports.ContainerengineVirtualNodePoolPodConfigurationOutputReference = exports.ContainerengineVirtualNodePoolPlacementConfigurationsList = exports.ContainerengineVirtualNodePoolPlacementConfigurationsOutputReference = exports.ContainerengineVirtualNodePoolInitialVirtualNodeLabelsList = exports.ContainerengineVirtualNodePoolInitialVirtualNodeLabelsOutputReference = void 0;
exports.containerengineVirtualNodePoolInitialVirtualNodeLabelsToTerraform = containerengineVirtualNodePoolInitialVirtualNodeLabelsToTerraform;
exports.containerengineVirtualNodePoolInitialVirtualNodeLabelsToHclTerraform = containerengineVirtualNodePoolInitialVirtualNodeLabelsToHclTerraform;
exports.containerengineVirtualNodePoolPlacementConfigurationsToTerraform = containerengineVirtualNodePoolPlacementConfigurationsToTerraform;
exports.containerengineVirtualNodePoolPlacementConfigurationsToHclTerraform = containerengineVirtualNodePoolPlacementConfigurationsToHclTerraform;
exports.containerengineVirtualNodePoolPodConfigurationToTerraform = containerengineVirtualNodePoolPodConfigurationToTerraform;
exports.containerengineVirtualNodePoolPodConfigurationToHclTerraform = containerengineVirtualNodePoolPodConfigurationToHclTerraform;
exports.containerengineVirtualNodePoolTaintsToTerraform = containerengineVirtualNodePoolTaintsToTerraform;
exports.containerengineVirtualNodePoolTaintsToHclTerraform = containerengineVirtualNodePoolTaintsToHclTerraform;
exports.containerengineVirtualNodePoolTimeoutsToTerraform = containerengineVirtualNodePoolTimeoutsToTerraform;
exports.containerengineVirtualNodePoolTimeoutsToHclTerraform = containerengineVirtualNodePoolTimeoutsToHclTerraform;
exports.containerengineVirtualNodePoolVirtualNodePoolCyclingDetailsToTerraform = containerengineVirtualNodePoolVirtualNodePoolCyclingDetailsToTerraform;
exports.containerengineVirtualNodePoolVirtualNodePoolCyclingDetailsToHclTerraform = containerengineVirtualNodePoolVirtualNodePoolCyclingDetailsToHclTerraform;
exports.containerengineVirtualNodePoolVirtualNodeTagsToTerraform = containerengineVirtualNodePoolVirtualNodeTagsToTerraform;
exports.containerengineVirtualNodePoolVirtualNodeTagsToHclTerraform = containerengineVirtualNodePoolVirtualNodeTagsToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function containerengineVirtualNodePoolInitialVirtualNodeLabelsToTerraform(struct) {
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
function containerengineVirtualNodePoolInitialVirtualNodeLabelsToHclTerraform(struct) {
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
class ContainerengineVirtualNodePoolInitialVirtualNodeLabelsOutputReference extends cdktf.ComplexObject {
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
    // key - computed: true, optional: true, required: false
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
    // value - computed: true, optional: true, required: false
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
exports.ContainerengineVirtualNodePoolInitialVirtualNodeLabelsOutputReference = ContainerengineVirtualNodePoolInitialVirtualNodeLabelsOutputReference;
class ContainerengineVirtualNodePoolInitialVirtualNodeLabelsList extends cdktf.ComplexList {
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
        return new ContainerengineVirtualNodePoolInitialVirtualNodeLabelsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ContainerengineVirtualNodePoolInitialVirtualNodeLabelsList = ContainerengineVirtualNodePoolInitialVirtualNodeLabelsList;
function containerengineVirtualNodePoolPlacementConfigurationsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        availability_domain: cdktf.stringToTerraform(struct.availabilityDomain),
        fault_domain: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.faultDomain),
        subnet_id: cdktf.stringToTerraform(struct.subnetId),
    };
}
function containerengineVirtualNodePoolPlacementConfigurationsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        availability_domain: {
            value: cdktf.stringToHclTerraform(struct.availabilityDomain),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        fault_domain: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.faultDomain),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
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
class ContainerengineVirtualNodePoolPlacementConfigurationsOutputReference extends cdktf.ComplexObject {
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
        if (this._availabilityDomain !== undefined) {
            hasAnyValues = true;
            internalValueResult.availabilityDomain = this._availabilityDomain;
        }
        if (this._faultDomain !== undefined) {
            hasAnyValues = true;
            internalValueResult.faultDomain = this._faultDomain;
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
            this.resolvableValue = undefined;
            this._availabilityDomain = undefined;
            this._faultDomain = undefined;
            this._subnetId = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._availabilityDomain = value.availabilityDomain;
            this._faultDomain = value.faultDomain;
            this._subnetId = value.subnetId;
        }
    }
    // availability_domain - computed: false, optional: false, required: true
    _availabilityDomain;
    get availabilityDomain() {
        return this.getStringAttribute('availability_domain');
    }
    set availabilityDomain(value) {
        this._availabilityDomain = value;
    }
    // Temporarily expose input value. Use with caution.
    get availabilityDomainInput() {
        return this._availabilityDomain;
    }
    // fault_domain - computed: false, optional: false, required: true
    _faultDomain;
    get faultDomain() {
        return this.getListAttribute('fault_domain');
    }
    set faultDomain(value) {
        this._faultDomain = value;
    }
    // Temporarily expose input value. Use with caution.
    get faultDomainInput() {
        return this._faultDomain;
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
exports.ContainerengineVirtualNodePoolPlacementConfigurationsOutputReference = ContainerengineVirtualNodePoolPlacementConfigurationsOutputReference;
class ContainerengineVirtualNodePoolPlacementConfigurationsList extends cdktf.ComplexList {
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
        return new ContainerengineVirtualNodePoolPlacementConfigurationsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ContainerengineVirtualNodePoolPlacementConfigurationsList = ContainerengineVirtualNodePoolPlacementConfigurationsList;
function containerengineVirtualNodePoolPodConfigurationToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        nsg_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.nsgIds),
        shape: cdktf.stringToTerraform(struct.shape),
        subnet_id: cdktf.stringToTerraform(struct.subnetId),
    };
}
function containerengineVirtualNodePoolPodConfigurationToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        nsg_ids: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.nsgIds),
            isBlock: false,
            type: "set",
            storageClassType: "stringList",
        },
        shape: {
            value: cdktf.stringToHclTerraform(struct.shape),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
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
class ContainerengineVirtualNodePoolPodConfigurationOutputReference extends cdktf.ComplexObject {
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
        if (this._nsgIds !== undefined) {
            hasAnyValues = true;
            internalValueResult.nsgIds = this._nsgIds;
        }
        if (this._shape !== undefined) {
            hasAnyValues = true;
            internalValueResult.shape = this._shape;
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
            this._nsgIds = undefined;
            this._shape = undefined;
            this._subnetId = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._nsgIds = value.nsgIds;
            this._shape = value.shape;
            this._subnetId = value.subnetId;
        }
    }
    // nsg_ids - computed: true, optional: true, required: false
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
    // shape - computed: false, optional: false, required: true
    _shape;
    get shape() {
        return this.getStringAttribute('shape');
    }
    set shape(value) {
        this._shape = value;
    }
    // Temporarily expose input value. Use with caution.
    get shapeInput() {
        return this._shape;
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
exports.ContainerengineVirtualNodePoolPodConfigurationOutputReference = ContainerengineVirtualNodePoolPodConfigurationOutputReference;
function containerengineVirtualNodePoolTaintsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        effect: cdktf.stringToTerraform(struct.effect),
        key: cdktf.stringToTerraform(struct.key),
        value: cdktf.stringToTerraform(struct.value),
    };
}
function containerengineVirtualNodePoolTaintsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        effect: {
            value: cdktf.stringToHclTerraform(struct.effect),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
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
class ContainerengineVirtualNodePoolTaintsOutputReference extends cdktf.ComplexObject {
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
        if (this._effect !== undefined) {
            hasAnyValues = true;
            internalValueResult.effect = this._effect;
        }
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
            this._effect = undefined;
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
            this._effect = value.effect;
            this._key = value.key;
            this._value = value.value;
        }
    }
    // effect - computed: true, optional: true, required: false
    _effect;
    get effect() {
        return this.getStringAttribute('effect');
    }
    set effect(value) {
        this._effect = value;
    }
    resetEffect() {
        this._effect = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get effectInput() {
        return this._effect;
    }
    // key - computed: true, optional: true, required: false
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
    // value - computed: true, optional: true, required: false
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
exports.ContainerengineVirtualNodePoolTaintsOutputReference = ContainerengineVirtualNodePoolTaintsOutputReference;
class ContainerengineVirtualNodePoolTaintsList extends cdktf.ComplexList {
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
        return new ContainerengineVirtualNodePoolTaintsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ContainerengineVirtualNodePoolTaintsList = ContainerengineVirtualNodePoolTaintsList;
function containerengineVirtualNodePoolTimeoutsToTerraform(struct) {
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
function containerengineVirtualNodePoolTimeoutsToHclTerraform(struct) {
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
class ContainerengineVirtualNodePoolTimeoutsOutputReference extends cdktf.ComplexObject {
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
exports.ContainerengineVirtualNodePoolTimeoutsOutputReference = ContainerengineVirtualNodePoolTimeoutsOutputReference;
function containerengineVirtualNodePoolVirtualNodePoolCyclingDetailsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        is_virtual_node_cycling_enabled: cdktf.booleanToTerraform(struct.isVirtualNodeCyclingEnabled),
        maximum_surge: cdktf.stringToTerraform(struct.maximumSurge),
        maximum_unavailable: cdktf.stringToTerraform(struct.maximumUnavailable),
    };
}
function containerengineVirtualNodePoolVirtualNodePoolCyclingDetailsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        is_virtual_node_cycling_enabled: {
            value: cdktf.booleanToHclTerraform(struct.isVirtualNodeCyclingEnabled),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        maximum_surge: {
            value: cdktf.stringToHclTerraform(struct.maximumSurge),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        maximum_unavailable: {
            value: cdktf.stringToHclTerraform(struct.maximumUnavailable),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ContainerengineVirtualNodePoolVirtualNodePoolCyclingDetailsOutputReference extends cdktf.ComplexObject {
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
        if (this._isVirtualNodeCyclingEnabled !== undefined) {
            hasAnyValues = true;
            internalValueResult.isVirtualNodeCyclingEnabled = this._isVirtualNodeCyclingEnabled;
        }
        if (this._maximumSurge !== undefined) {
            hasAnyValues = true;
            internalValueResult.maximumSurge = this._maximumSurge;
        }
        if (this._maximumUnavailable !== undefined) {
            hasAnyValues = true;
            internalValueResult.maximumUnavailable = this._maximumUnavailable;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this._isVirtualNodeCyclingEnabled = undefined;
            this._maximumSurge = undefined;
            this._maximumUnavailable = undefined;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this._isVirtualNodeCyclingEnabled = value.isVirtualNodeCyclingEnabled;
            this._maximumSurge = value.maximumSurge;
            this._maximumUnavailable = value.maximumUnavailable;
        }
    }
    // is_virtual_node_cycling_enabled - computed: true, optional: true, required: false
    _isVirtualNodeCyclingEnabled;
    get isVirtualNodeCyclingEnabled() {
        return this.getBooleanAttribute('is_virtual_node_cycling_enabled');
    }
    set isVirtualNodeCyclingEnabled(value) {
        this._isVirtualNodeCyclingEnabled = value;
    }
    resetIsVirtualNodeCyclingEnabled() {
        this._isVirtualNodeCyclingEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get isVirtualNodeCyclingEnabledInput() {
        return this._isVirtualNodeCyclingEnabled;
    }
    // maximum_surge - computed: true, optional: true, required: false
    _maximumSurge;
    get maximumSurge() {
        return this.getStringAttribute('maximum_surge');
    }
    set maximumSurge(value) {
        this._maximumSurge = value;
    }
    resetMaximumSurge() {
        this._maximumSurge = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get maximumSurgeInput() {
        return this._maximumSurge;
    }
    // maximum_unavailable - computed: true, optional: true, required: false
    _maximumUnavailable;
    get maximumUnavailable() {
        return this.getStringAttribute('maximum_unavailable');
    }
    set maximumUnavailable(value) {
        this._maximumUnavailable = value;
    }
    resetMaximumUnavailable() {
        this._maximumUnavailable = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get maximumUnavailableInput() {
        return this._maximumUnavailable;
    }
}
exports.ContainerengineVirtualNodePoolVirtualNodePoolCyclingDetailsOutputReference = ContainerengineVirtualNodePoolVirtualNodePoolCyclingDetailsOutputReference;
function containerengineVirtualNodePoolVirtualNodeTagsToTerraform(struct) {
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
function containerengineVirtualNodePoolVirtualNodeTagsToHclTerraform(struct) {
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
class ContainerengineVirtualNodePoolVirtualNodeTagsOutputReference extends cdktf.ComplexObject {
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
exports.ContainerengineVirtualNodePoolVirtualNodeTagsOutputReference = ContainerengineVirtualNodePoolVirtualNodeTagsOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool oci_containerengine_virtual_node_pool}
*/
class ContainerengineVirtualNodePool extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "oci_containerengine_virtual_node_pool";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a ContainerengineVirtualNodePool resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the ContainerengineVirtualNodePool to import
    * @param importFromId The id of the existing ContainerengineVirtualNodePool that should be imported. Refer to the {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the ContainerengineVirtualNodePool to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "oci_containerengine_virtual_node_pool", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/containerengine_virtual_node_pool oci_containerengine_virtual_node_pool} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options ContainerengineVirtualNodePoolConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'oci_containerengine_virtual_node_pool',
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
        this._clusterId = config.clusterId;
        this._compartmentId = config.compartmentId;
        this._definedTags = config.definedTags;
        this._displayName = config.displayName;
        this._freeformTags = config.freeformTags;
        this._id = config.id;
        this._nsgIds = config.nsgIds;
        this._size = config.size;
        this._initialVirtualNodeLabels.internalValue = config.initialVirtualNodeLabels;
        this._placementConfigurations.internalValue = config.placementConfigurations;
        this._podConfiguration.internalValue = config.podConfiguration;
        this._taints.internalValue = config.taints;
        this._timeouts.internalValue = config.timeouts;
        this._virtualNodePoolCyclingDetails.internalValue = config.virtualNodePoolCyclingDetails;
        this._virtualNodeTags.internalValue = config.virtualNodeTags;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // cluster_id - computed: false, optional: false, required: true
    _clusterId;
    get clusterId() {
        return this.getStringAttribute('cluster_id');
    }
    set clusterId(value) {
        this._clusterId = value;
    }
    // Temporarily expose input value. Use with caution.
    get clusterIdInput() {
        return this._clusterId;
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
    // display_name - computed: false, optional: false, required: true
    _displayName;
    get displayName() {
        return this.getStringAttribute('display_name');
    }
    set displayName(value) {
        this._displayName = value;
    }
    // Temporarily expose input value. Use with caution.
    get displayNameInput() {
        return this._displayName;
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
    // kubernetes_version - computed: true, optional: false, required: false
    get kubernetesVersion() {
        return this.getStringAttribute('kubernetes_version');
    }
    // lifecycle_details - computed: true, optional: false, required: false
    get lifecycleDetails() {
        return this.getStringAttribute('lifecycle_details');
    }
    // nsg_ids - computed: true, optional: true, required: false
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
    // size - computed: false, optional: false, required: true
    _size;
    get size() {
        return this.getNumberAttribute('size');
    }
    set size(value) {
        this._size = value;
    }
    // Temporarily expose input value. Use with caution.
    get sizeInput() {
        return this._size;
    }
    // state - computed: true, optional: false, required: false
    get state() {
        return this.getStringAttribute('state');
    }
    // system_tags - computed: true, optional: false, required: false
    _systemTags = new cdktf.StringMap(this, "system_tags");
    get systemTags() {
        return this._systemTags;
    }
    // time_created - computed: true, optional: false, required: false
    get timeCreated() {
        return this.getStringAttribute('time_created');
    }
    // time_updated - computed: true, optional: false, required: false
    get timeUpdated() {
        return this.getStringAttribute('time_updated');
    }
    // initial_virtual_node_labels - computed: false, optional: true, required: false
    _initialVirtualNodeLabels = new ContainerengineVirtualNodePoolInitialVirtualNodeLabelsList(this, "initial_virtual_node_labels", false);
    get initialVirtualNodeLabels() {
        return this._initialVirtualNodeLabels;
    }
    putInitialVirtualNodeLabels(value) {
        this._initialVirtualNodeLabels.internalValue = value;
    }
    resetInitialVirtualNodeLabels() {
        this._initialVirtualNodeLabels.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get initialVirtualNodeLabelsInput() {
        return this._initialVirtualNodeLabels.internalValue;
    }
    // placement_configurations - computed: false, optional: false, required: true
    _placementConfigurations = new ContainerengineVirtualNodePoolPlacementConfigurationsList(this, "placement_configurations", false);
    get placementConfigurations() {
        return this._placementConfigurations;
    }
    putPlacementConfigurations(value) {
        this._placementConfigurations.internalValue = value;
    }
    // Temporarily expose input value. Use with caution.
    get placementConfigurationsInput() {
        return this._placementConfigurations.internalValue;
    }
    // pod_configuration - computed: false, optional: false, required: true
    _podConfiguration = new ContainerengineVirtualNodePoolPodConfigurationOutputReference(this, "pod_configuration");
    get podConfiguration() {
        return this._podConfiguration;
    }
    putPodConfiguration(value) {
        this._podConfiguration.internalValue = value;
    }
    // Temporarily expose input value. Use with caution.
    get podConfigurationInput() {
        return this._podConfiguration.internalValue;
    }
    // taints - computed: false, optional: true, required: false
    _taints = new ContainerengineVirtualNodePoolTaintsList(this, "taints", false);
    get taints() {
        return this._taints;
    }
    putTaints(value) {
        this._taints.internalValue = value;
    }
    resetTaints() {
        this._taints.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get taintsInput() {
        return this._taints.internalValue;
    }
    // timeouts - computed: false, optional: true, required: false
    _timeouts = new ContainerengineVirtualNodePoolTimeoutsOutputReference(this, "timeouts");
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
    // virtual_node_pool_cycling_details - computed: false, optional: true, required: false
    _virtualNodePoolCyclingDetails = new ContainerengineVirtualNodePoolVirtualNodePoolCyclingDetailsOutputReference(this, "virtual_node_pool_cycling_details");
    get virtualNodePoolCyclingDetails() {
        return this._virtualNodePoolCyclingDetails;
    }
    putVirtualNodePoolCyclingDetails(value) {
        this._virtualNodePoolCyclingDetails.internalValue = value;
    }
    resetVirtualNodePoolCyclingDetails() {
        this._virtualNodePoolCyclingDetails.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get virtualNodePoolCyclingDetailsInput() {
        return this._virtualNodePoolCyclingDetails.internalValue;
    }
    // virtual_node_tags - computed: false, optional: true, required: false
    _virtualNodeTags = new ContainerengineVirtualNodePoolVirtualNodeTagsOutputReference(this, "virtual_node_tags");
    get virtualNodeTags() {
        return this._virtualNodeTags;
    }
    putVirtualNodeTags(value) {
        this._virtualNodeTags.internalValue = value;
    }
    resetVirtualNodeTags() {
        this._virtualNodeTags.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get virtualNodeTagsInput() {
        return this._virtualNodeTags.internalValue;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            cluster_id: cdktf.stringToTerraform(this._clusterId),
            compartment_id: cdktf.stringToTerraform(this._compartmentId),
            defined_tags: cdktf.hashMapper(cdktf.stringToTerraform)(this._definedTags),
            display_name: cdktf.stringToTerraform(this._displayName),
            freeform_tags: cdktf.hashMapper(cdktf.stringToTerraform)(this._freeformTags),
            id: cdktf.stringToTerraform(this._id),
            nsg_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._nsgIds),
            size: cdktf.numberToTerraform(this._size),
            initial_virtual_node_labels: cdktf.listMapper(containerengineVirtualNodePoolInitialVirtualNodeLabelsToTerraform, true)(this._initialVirtualNodeLabels.internalValue),
            placement_configurations: cdktf.listMapper(containerengineVirtualNodePoolPlacementConfigurationsToTerraform, true)(this._placementConfigurations.internalValue),
            pod_configuration: containerengineVirtualNodePoolPodConfigurationToTerraform(this._podConfiguration.internalValue),
            taints: cdktf.listMapper(containerengineVirtualNodePoolTaintsToTerraform, true)(this._taints.internalValue),
            timeouts: containerengineVirtualNodePoolTimeoutsToTerraform(this._timeouts.internalValue),
            virtual_node_pool_cycling_details: containerengineVirtualNodePoolVirtualNodePoolCyclingDetailsToTerraform(this._virtualNodePoolCyclingDetails.internalValue),
            virtual_node_tags: containerengineVirtualNodePoolVirtualNodeTagsToTerraform(this._virtualNodeTags.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            cluster_id: {
                value: cdktf.stringToHclTerraform(this._clusterId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
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
            display_name: {
                value: cdktf.stringToHclTerraform(this._displayName),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
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
            nsg_ids: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._nsgIds),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            size: {
                value: cdktf.numberToHclTerraform(this._size),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            initial_virtual_node_labels: {
                value: cdktf.listMapperHcl(containerengineVirtualNodePoolInitialVirtualNodeLabelsToHclTerraform, true)(this._initialVirtualNodeLabels.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "ContainerengineVirtualNodePoolInitialVirtualNodeLabelsList",
            },
            placement_configurations: {
                value: cdktf.listMapperHcl(containerengineVirtualNodePoolPlacementConfigurationsToHclTerraform, true)(this._placementConfigurations.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "ContainerengineVirtualNodePoolPlacementConfigurationsList",
            },
            pod_configuration: {
                value: containerengineVirtualNodePoolPodConfigurationToHclTerraform(this._podConfiguration.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "ContainerengineVirtualNodePoolPodConfigurationList",
            },
            taints: {
                value: cdktf.listMapperHcl(containerengineVirtualNodePoolTaintsToHclTerraform, true)(this._taints.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "ContainerengineVirtualNodePoolTaintsList",
            },
            timeouts: {
                value: containerengineVirtualNodePoolTimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "ContainerengineVirtualNodePoolTimeouts",
            },
            virtual_node_pool_cycling_details: {
                value: containerengineVirtualNodePoolVirtualNodePoolCyclingDetailsToHclTerraform(this._virtualNodePoolCyclingDetails.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "ContainerengineVirtualNodePoolVirtualNodePoolCyclingDetailsList",
            },
            virtual_node_tags: {
                value: containerengineVirtualNodePoolVirtualNodeTagsToHclTerraform(this._virtualNodeTags.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "ContainerengineVirtualNodePoolVirtualNodeTagsList",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.ContainerengineVirtualNodePool = ContainerengineVirtualNodePool;
