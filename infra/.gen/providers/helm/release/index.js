"use strict";
// https://registry.terraform.io/providers/hashicorp/helm/3.1.2/docs/resources/release
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
exports.Release = exports.ReleaseTimeoutsOutputReference = exports.ReleaseSetWoList = exports.ReleaseSetWoOutputReference = exports.ReleaseSetSensitiveList = exports.ReleaseSetSensitiveOutputReference = exports.ReleaseSetListStructList = exports.ReleaseSetListStructOutputReference = exports.ReleaseSetList = exports.ReleaseSetOutputReference = exports.ReleasePostrenderOutputReference = exports.ReleaseMetadataOutputReference = void 0;
exports.releaseMetadataToTerraform = releaseMetadataToTerraform;
exports.releaseMetadataToHclTerraform = releaseMetadataToHclTerraform;
exports.releasePostrenderToTerraform = releasePostrenderToTerraform;
exports.releasePostrenderToHclTerraform = releasePostrenderToHclTerraform;
exports.releaseSetToTerraform = releaseSetToTerraform;
exports.releaseSetToHclTerraform = releaseSetToHclTerraform;
exports.releaseSetListStructToTerraform = releaseSetListStructToTerraform;
exports.releaseSetListStructToHclTerraform = releaseSetListStructToHclTerraform;
exports.releaseSetSensitiveToTerraform = releaseSetSensitiveToTerraform;
exports.releaseSetSensitiveToHclTerraform = releaseSetSensitiveToHclTerraform;
exports.releaseSetWoToTerraform = releaseSetWoToTerraform;
exports.releaseSetWoToHclTerraform = releaseSetWoToHclTerraform;
exports.releaseTimeoutsToTerraform = releaseTimeoutsToTerraform;
exports.releaseTimeoutsToHclTerraform = releaseTimeoutsToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function releaseMetadataToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {};
}
function releaseMetadataToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {};
    return attrs;
}
class ReleaseMetadataOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false);
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
    // app_version - computed: true, optional: false, required: false
    get appVersion() {
        return this.getStringAttribute('app_version');
    }
    // chart - computed: true, optional: false, required: false
    get chart() {
        return this.getStringAttribute('chart');
    }
    // first_deployed - computed: true, optional: false, required: false
    get firstDeployed() {
        return this.getNumberAttribute('first_deployed');
    }
    // last_deployed - computed: true, optional: false, required: false
    get lastDeployed() {
        return this.getNumberAttribute('last_deployed');
    }
    // name - computed: true, optional: false, required: false
    get name() {
        return this.getStringAttribute('name');
    }
    // namespace - computed: true, optional: false, required: false
    get namespace() {
        return this.getStringAttribute('namespace');
    }
    // notes - computed: true, optional: false, required: false
    get notes() {
        return this.getStringAttribute('notes');
    }
    // revision - computed: true, optional: false, required: false
    get revision() {
        return this.getNumberAttribute('revision');
    }
    // values - computed: true, optional: false, required: false
    get values() {
        return this.getStringAttribute('values');
    }
    // version - computed: true, optional: false, required: false
    get version() {
        return this.getStringAttribute('version');
    }
}
exports.ReleaseMetadataOutputReference = ReleaseMetadataOutputReference;
function releasePostrenderToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        args: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.args),
        binary_path: cdktf.stringToTerraform(struct.binaryPath),
    };
}
function releasePostrenderToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        args: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.args),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        binary_path: {
            value: cdktf.stringToHclTerraform(struct.binaryPath),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ReleasePostrenderOutputReference extends cdktf.ComplexObject {
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
        if (this._args !== undefined) {
            hasAnyValues = true;
            internalValueResult.args = this._args;
        }
        if (this._binaryPath !== undefined) {
            hasAnyValues = true;
            internalValueResult.binaryPath = this._binaryPath;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._args = undefined;
            this._binaryPath = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._args = value.args;
            this._binaryPath = value.binaryPath;
        }
    }
    // args - computed: false, optional: true, required: false
    _args;
    get args() {
        return this.getListAttribute('args');
    }
    set args(value) {
        this._args = value;
    }
    resetArgs() {
        this._args = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get argsInput() {
        return this._args;
    }
    // binary_path - computed: false, optional: false, required: true
    _binaryPath;
    get binaryPath() {
        return this.getStringAttribute('binary_path');
    }
    set binaryPath(value) {
        this._binaryPath = value;
    }
    // Temporarily expose input value. Use with caution.
    get binaryPathInput() {
        return this._binaryPath;
    }
}
exports.ReleasePostrenderOutputReference = ReleasePostrenderOutputReference;
function releaseSetToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        name: cdktf.stringToTerraform(struct.name),
        type: cdktf.stringToTerraform(struct.type),
        value: cdktf.stringToTerraform(struct.value),
    };
}
function releaseSetToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        name: {
            value: cdktf.stringToHclTerraform(struct.name),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        type: {
            value: cdktf.stringToHclTerraform(struct.type),
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
class ReleaseSetOutputReference extends cdktf.ComplexObject {
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
        if (this._name !== undefined) {
            hasAnyValues = true;
            internalValueResult.name = this._name;
        }
        if (this._type !== undefined) {
            hasAnyValues = true;
            internalValueResult.type = this._type;
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
            this._name = undefined;
            this._type = undefined;
            this._value = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._name = value.name;
            this._type = value.type;
            this._value = value.value;
        }
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
exports.ReleaseSetOutputReference = ReleaseSetOutputReference;
class ReleaseSetList extends cdktf.ComplexList {
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
        return new ReleaseSetOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ReleaseSetList = ReleaseSetList;
function releaseSetListStructToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        name: cdktf.stringToTerraform(struct.name),
        value: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.value),
    };
}
function releaseSetListStructToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        name: {
            value: cdktf.stringToHclTerraform(struct.name),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        value: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.value),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class ReleaseSetListStructOutputReference extends cdktf.ComplexObject {
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
        if (this._name !== undefined) {
            hasAnyValues = true;
            internalValueResult.name = this._name;
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
            this._name = undefined;
            this._value = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._name = value.name;
            this._value = value.value;
        }
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
    // value - computed: false, optional: false, required: true
    _value;
    get value() {
        return this.getListAttribute('value');
    }
    set value(value) {
        this._value = value;
    }
    // Temporarily expose input value. Use with caution.
    get valueInput() {
        return this._value;
    }
}
exports.ReleaseSetListStructOutputReference = ReleaseSetListStructOutputReference;
class ReleaseSetListStructList extends cdktf.ComplexList {
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
        return new ReleaseSetListStructOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ReleaseSetListStructList = ReleaseSetListStructList;
function releaseSetSensitiveToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        name: cdktf.stringToTerraform(struct.name),
        type: cdktf.stringToTerraform(struct.type),
        value: cdktf.stringToTerraform(struct.value),
    };
}
function releaseSetSensitiveToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        name: {
            value: cdktf.stringToHclTerraform(struct.name),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        type: {
            value: cdktf.stringToHclTerraform(struct.type),
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
class ReleaseSetSensitiveOutputReference extends cdktf.ComplexObject {
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
        if (this._name !== undefined) {
            hasAnyValues = true;
            internalValueResult.name = this._name;
        }
        if (this._type !== undefined) {
            hasAnyValues = true;
            internalValueResult.type = this._type;
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
            this._name = undefined;
            this._type = undefined;
            this._value = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._name = value.name;
            this._type = value.type;
            this._value = value.value;
        }
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
    // type - computed: false, optional: true, required: false
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
    // value - computed: false, optional: false, required: true
    _value;
    get value() {
        return this.getStringAttribute('value');
    }
    set value(value) {
        this._value = value;
    }
    // Temporarily expose input value. Use with caution.
    get valueInput() {
        return this._value;
    }
}
exports.ReleaseSetSensitiveOutputReference = ReleaseSetSensitiveOutputReference;
class ReleaseSetSensitiveList extends cdktf.ComplexList {
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
        return new ReleaseSetSensitiveOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ReleaseSetSensitiveList = ReleaseSetSensitiveList;
function releaseSetWoToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        name: cdktf.stringToTerraform(struct.name),
        type: cdktf.stringToTerraform(struct.type),
        value: cdktf.stringToTerraform(struct.value),
    };
}
function releaseSetWoToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        name: {
            value: cdktf.stringToHclTerraform(struct.name),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        type: {
            value: cdktf.stringToHclTerraform(struct.type),
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
class ReleaseSetWoOutputReference extends cdktf.ComplexObject {
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
        if (this._name !== undefined) {
            hasAnyValues = true;
            internalValueResult.name = this._name;
        }
        if (this._type !== undefined) {
            hasAnyValues = true;
            internalValueResult.type = this._type;
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
            this._name = undefined;
            this._type = undefined;
            this._value = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._name = value.name;
            this._type = value.type;
            this._value = value.value;
        }
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
    // type - computed: false, optional: true, required: false
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
    // value - computed: false, optional: false, required: true
    _value;
    get value() {
        return this.getStringAttribute('value');
    }
    set value(value) {
        this._value = value;
    }
    // Temporarily expose input value. Use with caution.
    get valueInput() {
        return this._value;
    }
}
exports.ReleaseSetWoOutputReference = ReleaseSetWoOutputReference;
class ReleaseSetWoList extends cdktf.ComplexList {
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
        return new ReleaseSetWoOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.ReleaseSetWoList = ReleaseSetWoList;
function releaseTimeoutsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        create: cdktf.stringToTerraform(struct.create),
        delete: cdktf.stringToTerraform(struct.delete),
        read: cdktf.stringToTerraform(struct.read),
        update: cdktf.stringToTerraform(struct.update),
    };
}
function releaseTimeoutsToHclTerraform(struct) {
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
        read: {
            value: cdktf.stringToHclTerraform(struct.read),
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
class ReleaseTimeoutsOutputReference extends cdktf.ComplexObject {
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
        if (this._read !== undefined) {
            hasAnyValues = true;
            internalValueResult.read = this._read;
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
            this._read = undefined;
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
            this._read = value.read;
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
    // read - computed: false, optional: true, required: false
    _read;
    get read() {
        return this.getStringAttribute('read');
    }
    set read(value) {
        this._read = value;
    }
    resetRead() {
        this._read = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get readInput() {
        return this._read;
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
exports.ReleaseTimeoutsOutputReference = ReleaseTimeoutsOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/hashicorp/helm/3.1.2/docs/resources/release helm_release}
*/
class Release extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "helm_release";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a Release resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the Release to import
    * @param importFromId The id of the existing Release that should be imported. Refer to the {@link https://registry.terraform.io/providers/hashicorp/helm/3.1.2/docs/resources/release#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the Release to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "helm_release", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/hashicorp/helm/3.1.2/docs/resources/release helm_release} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options ReleaseConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'helm_release',
            terraformGeneratorMetadata: {
                providerName: 'helm',
                providerVersion: '3.1.2'
            },
            provider: config.provider,
            dependsOn: config.dependsOn,
            count: config.count,
            lifecycle: config.lifecycle,
            provisioners: config.provisioners,
            connection: config.connection,
            forEach: config.forEach
        });
        this._atomic = config.atomic;
        this._chart = config.chart;
        this._cleanupOnFail = config.cleanupOnFail;
        this._createNamespace = config.createNamespace;
        this._dependencyUpdate = config.dependencyUpdate;
        this._description = config.description;
        this._devel = config.devel;
        this._disableCrdHooks = config.disableCrdHooks;
        this._disableOpenapiValidation = config.disableOpenapiValidation;
        this._disableWebhooks = config.disableWebhooks;
        this._forceUpdate = config.forceUpdate;
        this._keyring = config.keyring;
        this._lint = config.lint;
        this._maxHistory = config.maxHistory;
        this._name = config.name;
        this._namespace = config.namespace;
        this._passCredentials = config.passCredentials;
        this._postrender.internalValue = config.postrender;
        this._recreatePods = config.recreatePods;
        this._renderSubchartNotes = config.renderSubchartNotes;
        this._replace = config.replace;
        this._repository = config.repository;
        this._repositoryCaFile = config.repositoryCaFile;
        this._repositoryCertFile = config.repositoryCertFile;
        this._repositoryKeyFile = config.repositoryKeyFile;
        this._repositoryPassword = config.repositoryPassword;
        this._repositoryUsername = config.repositoryUsername;
        this._resetValues = config.resetValues;
        this._reuseValues = config.reuseValues;
        this._set.internalValue = config.set;
        this._setList.internalValue = config.setList;
        this._setSensitive.internalValue = config.setSensitive;
        this._setWo.internalValue = config.setWo;
        this._setWoRevision = config.setWoRevision;
        this._skipCrds = config.skipCrds;
        this._takeOwnership = config.takeOwnership;
        this._timeout = config.timeout;
        this._timeouts.internalValue = config.timeouts;
        this._upgradeInstall = config.upgradeInstall;
        this._values = config.values;
        this._verify = config.verify;
        this._version = config.version;
        this._wait = config.wait;
        this._waitForJobs = config.waitForJobs;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // atomic - computed: true, optional: true, required: false
    _atomic;
    get atomic() {
        return this.getBooleanAttribute('atomic');
    }
    set atomic(value) {
        this._atomic = value;
    }
    resetAtomic() {
        this._atomic = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get atomicInput() {
        return this._atomic;
    }
    // chart - computed: false, optional: false, required: true
    _chart;
    get chart() {
        return this.getStringAttribute('chart');
    }
    set chart(value) {
        this._chart = value;
    }
    // Temporarily expose input value. Use with caution.
    get chartInput() {
        return this._chart;
    }
    // cleanup_on_fail - computed: true, optional: true, required: false
    _cleanupOnFail;
    get cleanupOnFail() {
        return this.getBooleanAttribute('cleanup_on_fail');
    }
    set cleanupOnFail(value) {
        this._cleanupOnFail = value;
    }
    resetCleanupOnFail() {
        this._cleanupOnFail = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get cleanupOnFailInput() {
        return this._cleanupOnFail;
    }
    // create_namespace - computed: true, optional: true, required: false
    _createNamespace;
    get createNamespace() {
        return this.getBooleanAttribute('create_namespace');
    }
    set createNamespace(value) {
        this._createNamespace = value;
    }
    resetCreateNamespace() {
        this._createNamespace = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get createNamespaceInput() {
        return this._createNamespace;
    }
    // dependency_update - computed: true, optional: true, required: false
    _dependencyUpdate;
    get dependencyUpdate() {
        return this.getBooleanAttribute('dependency_update');
    }
    set dependencyUpdate(value) {
        this._dependencyUpdate = value;
    }
    resetDependencyUpdate() {
        this._dependencyUpdate = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dependencyUpdateInput() {
        return this._dependencyUpdate;
    }
    // description - computed: true, optional: true, required: false
    _description;
    get description() {
        return this.getStringAttribute('description');
    }
    set description(value) {
        this._description = value;
    }
    resetDescription() {
        this._description = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get descriptionInput() {
        return this._description;
    }
    // devel - computed: false, optional: true, required: false
    _devel;
    get devel() {
        return this.getBooleanAttribute('devel');
    }
    set devel(value) {
        this._devel = value;
    }
    resetDevel() {
        this._devel = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get develInput() {
        return this._devel;
    }
    // disable_crd_hooks - computed: true, optional: true, required: false
    _disableCrdHooks;
    get disableCrdHooks() {
        return this.getBooleanAttribute('disable_crd_hooks');
    }
    set disableCrdHooks(value) {
        this._disableCrdHooks = value;
    }
    resetDisableCrdHooks() {
        this._disableCrdHooks = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get disableCrdHooksInput() {
        return this._disableCrdHooks;
    }
    // disable_openapi_validation - computed: true, optional: true, required: false
    _disableOpenapiValidation;
    get disableOpenapiValidation() {
        return this.getBooleanAttribute('disable_openapi_validation');
    }
    set disableOpenapiValidation(value) {
        this._disableOpenapiValidation = value;
    }
    resetDisableOpenapiValidation() {
        this._disableOpenapiValidation = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get disableOpenapiValidationInput() {
        return this._disableOpenapiValidation;
    }
    // disable_webhooks - computed: true, optional: true, required: false
    _disableWebhooks;
    get disableWebhooks() {
        return this.getBooleanAttribute('disable_webhooks');
    }
    set disableWebhooks(value) {
        this._disableWebhooks = value;
    }
    resetDisableWebhooks() {
        this._disableWebhooks = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get disableWebhooksInput() {
        return this._disableWebhooks;
    }
    // force_update - computed: true, optional: true, required: false
    _forceUpdate;
    get forceUpdate() {
        return this.getBooleanAttribute('force_update');
    }
    set forceUpdate(value) {
        this._forceUpdate = value;
    }
    resetForceUpdate() {
        this._forceUpdate = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get forceUpdateInput() {
        return this._forceUpdate;
    }
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
    }
    // keyring - computed: false, optional: true, required: false
    _keyring;
    get keyring() {
        return this.getStringAttribute('keyring');
    }
    set keyring(value) {
        this._keyring = value;
    }
    resetKeyring() {
        this._keyring = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get keyringInput() {
        return this._keyring;
    }
    // lint - computed: true, optional: true, required: false
    _lint;
    get lint() {
        return this.getBooleanAttribute('lint');
    }
    set lint(value) {
        this._lint = value;
    }
    resetLint() {
        this._lint = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get lintInput() {
        return this._lint;
    }
    // manifest - computed: true, optional: false, required: false
    get manifest() {
        return this.getStringAttribute('manifest');
    }
    // max_history - computed: true, optional: true, required: false
    _maxHistory;
    get maxHistory() {
        return this.getNumberAttribute('max_history');
    }
    set maxHistory(value) {
        this._maxHistory = value;
    }
    resetMaxHistory() {
        this._maxHistory = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get maxHistoryInput() {
        return this._maxHistory;
    }
    // metadata - computed: true, optional: false, required: false
    _metadata = new ReleaseMetadataOutputReference(this, "metadata");
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
    // namespace - computed: true, optional: true, required: false
    _namespace;
    get namespace() {
        return this.getStringAttribute('namespace');
    }
    set namespace(value) {
        this._namespace = value;
    }
    resetNamespace() {
        this._namespace = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get namespaceInput() {
        return this._namespace;
    }
    // pass_credentials - computed: true, optional: true, required: false
    _passCredentials;
    get passCredentials() {
        return this.getBooleanAttribute('pass_credentials');
    }
    set passCredentials(value) {
        this._passCredentials = value;
    }
    resetPassCredentials() {
        this._passCredentials = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get passCredentialsInput() {
        return this._passCredentials;
    }
    // postrender - computed: false, optional: true, required: false
    _postrender = new ReleasePostrenderOutputReference(this, "postrender");
    get postrender() {
        return this._postrender;
    }
    putPostrender(value) {
        this._postrender.internalValue = value;
    }
    resetPostrender() {
        this._postrender.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get postrenderInput() {
        return this._postrender.internalValue;
    }
    // recreate_pods - computed: true, optional: true, required: false
    _recreatePods;
    get recreatePods() {
        return this.getBooleanAttribute('recreate_pods');
    }
    set recreatePods(value) {
        this._recreatePods = value;
    }
    resetRecreatePods() {
        this._recreatePods = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get recreatePodsInput() {
        return this._recreatePods;
    }
    // render_subchart_notes - computed: true, optional: true, required: false
    _renderSubchartNotes;
    get renderSubchartNotes() {
        return this.getBooleanAttribute('render_subchart_notes');
    }
    set renderSubchartNotes(value) {
        this._renderSubchartNotes = value;
    }
    resetRenderSubchartNotes() {
        this._renderSubchartNotes = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get renderSubchartNotesInput() {
        return this._renderSubchartNotes;
    }
    // replace - computed: true, optional: true, required: false
    _replace;
    get replace() {
        return this.getBooleanAttribute('replace');
    }
    set replace(value) {
        this._replace = value;
    }
    resetReplace() {
        this._replace = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get replaceInput() {
        return this._replace;
    }
    // repository - computed: false, optional: true, required: false
    _repository;
    get repository() {
        return this.getStringAttribute('repository');
    }
    set repository(value) {
        this._repository = value;
    }
    resetRepository() {
        this._repository = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get repositoryInput() {
        return this._repository;
    }
    // repository_ca_file - computed: false, optional: true, required: false
    _repositoryCaFile;
    get repositoryCaFile() {
        return this.getStringAttribute('repository_ca_file');
    }
    set repositoryCaFile(value) {
        this._repositoryCaFile = value;
    }
    resetRepositoryCaFile() {
        this._repositoryCaFile = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get repositoryCaFileInput() {
        return this._repositoryCaFile;
    }
    // repository_cert_file - computed: false, optional: true, required: false
    _repositoryCertFile;
    get repositoryCertFile() {
        return this.getStringAttribute('repository_cert_file');
    }
    set repositoryCertFile(value) {
        this._repositoryCertFile = value;
    }
    resetRepositoryCertFile() {
        this._repositoryCertFile = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get repositoryCertFileInput() {
        return this._repositoryCertFile;
    }
    // repository_key_file - computed: false, optional: true, required: false
    _repositoryKeyFile;
    get repositoryKeyFile() {
        return this.getStringAttribute('repository_key_file');
    }
    set repositoryKeyFile(value) {
        this._repositoryKeyFile = value;
    }
    resetRepositoryKeyFile() {
        this._repositoryKeyFile = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get repositoryKeyFileInput() {
        return this._repositoryKeyFile;
    }
    // repository_password - computed: false, optional: true, required: false
    _repositoryPassword;
    get repositoryPassword() {
        return this.getStringAttribute('repository_password');
    }
    set repositoryPassword(value) {
        this._repositoryPassword = value;
    }
    resetRepositoryPassword() {
        this._repositoryPassword = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get repositoryPasswordInput() {
        return this._repositoryPassword;
    }
    // repository_username - computed: false, optional: true, required: false
    _repositoryUsername;
    get repositoryUsername() {
        return this.getStringAttribute('repository_username');
    }
    set repositoryUsername(value) {
        this._repositoryUsername = value;
    }
    resetRepositoryUsername() {
        this._repositoryUsername = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get repositoryUsernameInput() {
        return this._repositoryUsername;
    }
    // reset_values - computed: true, optional: true, required: false
    _resetValues;
    get resetValues() {
        return this.getBooleanAttribute('reset_values');
    }
    set resetValues(value) {
        this._resetValues = value;
    }
    resetResetValues() {
        this._resetValues = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get resetValuesInput() {
        return this._resetValues;
    }
    // resources - computed: true, optional: false, required: false
    _resources = new cdktf.StringMap(this, "resources");
    get resources() {
        return this._resources;
    }
    // reuse_values - computed: true, optional: true, required: false
    _reuseValues;
    get reuseValues() {
        return this.getBooleanAttribute('reuse_values');
    }
    set reuseValues(value) {
        this._reuseValues = value;
    }
    resetReuseValues() {
        this._reuseValues = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get reuseValuesInput() {
        return this._reuseValues;
    }
    // set - computed: false, optional: true, required: false
    _set = new ReleaseSetList(this, "set", false);
    get set() {
        return this._set;
    }
    putSet(value) {
        this._set.internalValue = value;
    }
    resetSet() {
        this._set.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get setInput() {
        return this._set.internalValue;
    }
    // set_list - computed: false, optional: true, required: false
    _setList = new ReleaseSetListStructList(this, "set_list", false);
    get setList() {
        return this._setList;
    }
    putSetList(value) {
        this._setList.internalValue = value;
    }
    resetSetList() {
        this._setList.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get setListInput() {
        return this._setList.internalValue;
    }
    // set_sensitive - computed: false, optional: true, required: false
    _setSensitive = new ReleaseSetSensitiveList(this, "set_sensitive", false);
    get setSensitive() {
        return this._setSensitive;
    }
    putSetSensitive(value) {
        this._setSensitive.internalValue = value;
    }
    resetSetSensitive() {
        this._setSensitive.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get setSensitiveInput() {
        return this._setSensitive.internalValue;
    }
    // set_wo - computed: false, optional: true, required: false
    _setWo = new ReleaseSetWoList(this, "set_wo", false);
    get setWo() {
        return this._setWo;
    }
    putSetWo(value) {
        this._setWo.internalValue = value;
    }
    resetSetWo() {
        this._setWo.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get setWoInput() {
        return this._setWo.internalValue;
    }
    // set_wo_revision - computed: false, optional: true, required: false
    _setWoRevision;
    get setWoRevision() {
        return this.getNumberAttribute('set_wo_revision');
    }
    set setWoRevision(value) {
        this._setWoRevision = value;
    }
    resetSetWoRevision() {
        this._setWoRevision = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get setWoRevisionInput() {
        return this._setWoRevision;
    }
    // skip_crds - computed: true, optional: true, required: false
    _skipCrds;
    get skipCrds() {
        return this.getBooleanAttribute('skip_crds');
    }
    set skipCrds(value) {
        this._skipCrds = value;
    }
    resetSkipCrds() {
        this._skipCrds = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get skipCrdsInput() {
        return this._skipCrds;
    }
    // status - computed: true, optional: false, required: false
    get status() {
        return this.getStringAttribute('status');
    }
    // take_ownership - computed: true, optional: true, required: false
    _takeOwnership;
    get takeOwnership() {
        return this.getBooleanAttribute('take_ownership');
    }
    set takeOwnership(value) {
        this._takeOwnership = value;
    }
    resetTakeOwnership() {
        this._takeOwnership = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get takeOwnershipInput() {
        return this._takeOwnership;
    }
    // timeout - computed: true, optional: true, required: false
    _timeout;
    get timeout() {
        return this.getNumberAttribute('timeout');
    }
    set timeout(value) {
        this._timeout = value;
    }
    resetTimeout() {
        this._timeout = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get timeoutInput() {
        return this._timeout;
    }
    // timeouts - computed: false, optional: true, required: false
    _timeouts = new ReleaseTimeoutsOutputReference(this, "timeouts");
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
    // upgrade_install - computed: true, optional: true, required: false
    _upgradeInstall;
    get upgradeInstall() {
        return this.getBooleanAttribute('upgrade_install');
    }
    set upgradeInstall(value) {
        this._upgradeInstall = value;
    }
    resetUpgradeInstall() {
        this._upgradeInstall = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get upgradeInstallInput() {
        return this._upgradeInstall;
    }
    // values - computed: false, optional: true, required: false
    _values;
    get values() {
        return this.getListAttribute('values');
    }
    set values(value) {
        this._values = value;
    }
    resetTfValues() {
        this._values = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get valuesInput() {
        return this._values;
    }
    // verify - computed: true, optional: true, required: false
    _verify;
    get verify() {
        return this.getBooleanAttribute('verify');
    }
    set verify(value) {
        this._verify = value;
    }
    resetVerify() {
        this._verify = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get verifyInput() {
        return this._verify;
    }
    // version - computed: true, optional: true, required: false
    _version;
    get version() {
        return this.getStringAttribute('version');
    }
    set version(value) {
        this._version = value;
    }
    resetVersion() {
        this._version = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get versionInput() {
        return this._version;
    }
    // wait - computed: true, optional: true, required: false
    _wait;
    get wait() {
        return this.getBooleanAttribute('wait');
    }
    set wait(value) {
        this._wait = value;
    }
    resetWait() {
        this._wait = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get waitInput() {
        return this._wait;
    }
    // wait_for_jobs - computed: true, optional: true, required: false
    _waitForJobs;
    get waitForJobs() {
        return this.getBooleanAttribute('wait_for_jobs');
    }
    set waitForJobs(value) {
        this._waitForJobs = value;
    }
    resetWaitForJobs() {
        this._waitForJobs = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get waitForJobsInput() {
        return this._waitForJobs;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            atomic: cdktf.booleanToTerraform(this._atomic),
            chart: cdktf.stringToTerraform(this._chart),
            cleanup_on_fail: cdktf.booleanToTerraform(this._cleanupOnFail),
            create_namespace: cdktf.booleanToTerraform(this._createNamespace),
            dependency_update: cdktf.booleanToTerraform(this._dependencyUpdate),
            description: cdktf.stringToTerraform(this._description),
            devel: cdktf.booleanToTerraform(this._devel),
            disable_crd_hooks: cdktf.booleanToTerraform(this._disableCrdHooks),
            disable_openapi_validation: cdktf.booleanToTerraform(this._disableOpenapiValidation),
            disable_webhooks: cdktf.booleanToTerraform(this._disableWebhooks),
            force_update: cdktf.booleanToTerraform(this._forceUpdate),
            keyring: cdktf.stringToTerraform(this._keyring),
            lint: cdktf.booleanToTerraform(this._lint),
            max_history: cdktf.numberToTerraform(this._maxHistory),
            name: cdktf.stringToTerraform(this._name),
            namespace: cdktf.stringToTerraform(this._namespace),
            pass_credentials: cdktf.booleanToTerraform(this._passCredentials),
            postrender: releasePostrenderToTerraform(this._postrender.internalValue),
            recreate_pods: cdktf.booleanToTerraform(this._recreatePods),
            render_subchart_notes: cdktf.booleanToTerraform(this._renderSubchartNotes),
            replace: cdktf.booleanToTerraform(this._replace),
            repository: cdktf.stringToTerraform(this._repository),
            repository_ca_file: cdktf.stringToTerraform(this._repositoryCaFile),
            repository_cert_file: cdktf.stringToTerraform(this._repositoryCertFile),
            repository_key_file: cdktf.stringToTerraform(this._repositoryKeyFile),
            repository_password: cdktf.stringToTerraform(this._repositoryPassword),
            repository_username: cdktf.stringToTerraform(this._repositoryUsername),
            reset_values: cdktf.booleanToTerraform(this._resetValues),
            reuse_values: cdktf.booleanToTerraform(this._reuseValues),
            set: cdktf.listMapper(releaseSetToTerraform, false)(this._set.internalValue),
            set_list: cdktf.listMapper(releaseSetListStructToTerraform, false)(this._setList.internalValue),
            set_sensitive: cdktf.listMapper(releaseSetSensitiveToTerraform, false)(this._setSensitive.internalValue),
            set_wo: cdktf.listMapper(releaseSetWoToTerraform, false)(this._setWo.internalValue),
            set_wo_revision: cdktf.numberToTerraform(this._setWoRevision),
            skip_crds: cdktf.booleanToTerraform(this._skipCrds),
            take_ownership: cdktf.booleanToTerraform(this._takeOwnership),
            timeout: cdktf.numberToTerraform(this._timeout),
            timeouts: releaseTimeoutsToTerraform(this._timeouts.internalValue),
            upgrade_install: cdktf.booleanToTerraform(this._upgradeInstall),
            values: cdktf.listMapper(cdktf.stringToTerraform, false)(this._values),
            verify: cdktf.booleanToTerraform(this._verify),
            version: cdktf.stringToTerraform(this._version),
            wait: cdktf.booleanToTerraform(this._wait),
            wait_for_jobs: cdktf.booleanToTerraform(this._waitForJobs),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            atomic: {
                value: cdktf.booleanToHclTerraform(this._atomic),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            chart: {
                value: cdktf.stringToHclTerraform(this._chart),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            cleanup_on_fail: {
                value: cdktf.booleanToHclTerraform(this._cleanupOnFail),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            create_namespace: {
                value: cdktf.booleanToHclTerraform(this._createNamespace),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            dependency_update: {
                value: cdktf.booleanToHclTerraform(this._dependencyUpdate),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            description: {
                value: cdktf.stringToHclTerraform(this._description),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            devel: {
                value: cdktf.booleanToHclTerraform(this._devel),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            disable_crd_hooks: {
                value: cdktf.booleanToHclTerraform(this._disableCrdHooks),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            disable_openapi_validation: {
                value: cdktf.booleanToHclTerraform(this._disableOpenapiValidation),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            disable_webhooks: {
                value: cdktf.booleanToHclTerraform(this._disableWebhooks),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            force_update: {
                value: cdktf.booleanToHclTerraform(this._forceUpdate),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            keyring: {
                value: cdktf.stringToHclTerraform(this._keyring),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            lint: {
                value: cdktf.booleanToHclTerraform(this._lint),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            max_history: {
                value: cdktf.numberToHclTerraform(this._maxHistory),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            name: {
                value: cdktf.stringToHclTerraform(this._name),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            namespace: {
                value: cdktf.stringToHclTerraform(this._namespace),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            pass_credentials: {
                value: cdktf.booleanToHclTerraform(this._passCredentials),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            postrender: {
                value: releasePostrenderToHclTerraform(this._postrender.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "ReleasePostrender",
            },
            recreate_pods: {
                value: cdktf.booleanToHclTerraform(this._recreatePods),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            render_subchart_notes: {
                value: cdktf.booleanToHclTerraform(this._renderSubchartNotes),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            replace: {
                value: cdktf.booleanToHclTerraform(this._replace),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            repository: {
                value: cdktf.stringToHclTerraform(this._repository),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            repository_ca_file: {
                value: cdktf.stringToHclTerraform(this._repositoryCaFile),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            repository_cert_file: {
                value: cdktf.stringToHclTerraform(this._repositoryCertFile),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            repository_key_file: {
                value: cdktf.stringToHclTerraform(this._repositoryKeyFile),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            repository_password: {
                value: cdktf.stringToHclTerraform(this._repositoryPassword),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            repository_username: {
                value: cdktf.stringToHclTerraform(this._repositoryUsername),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            reset_values: {
                value: cdktf.booleanToHclTerraform(this._resetValues),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            reuse_values: {
                value: cdktf.booleanToHclTerraform(this._reuseValues),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            set: {
                value: cdktf.listMapperHcl(releaseSetToHclTerraform, false)(this._set.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "ReleaseSetList",
            },
            set_list: {
                value: cdktf.listMapperHcl(releaseSetListStructToHclTerraform, false)(this._setList.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "ReleaseSetListStructList",
            },
            set_sensitive: {
                value: cdktf.listMapperHcl(releaseSetSensitiveToHclTerraform, false)(this._setSensitive.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "ReleaseSetSensitiveList",
            },
            set_wo: {
                value: cdktf.listMapperHcl(releaseSetWoToHclTerraform, false)(this._setWo.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "ReleaseSetWoList",
            },
            set_wo_revision: {
                value: cdktf.numberToHclTerraform(this._setWoRevision),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            skip_crds: {
                value: cdktf.booleanToHclTerraform(this._skipCrds),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            take_ownership: {
                value: cdktf.booleanToHclTerraform(this._takeOwnership),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            timeout: {
                value: cdktf.numberToHclTerraform(this._timeout),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            timeouts: {
                value: releaseTimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "ReleaseTimeouts",
            },
            upgrade_install: {
                value: cdktf.booleanToHclTerraform(this._upgradeInstall),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            values: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._values),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            verify: {
                value: cdktf.booleanToHclTerraform(this._verify),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            version: {
                value: cdktf.stringToHclTerraform(this._version),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            wait: {
                value: cdktf.booleanToHclTerraform(this._wait),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            wait_for_jobs: {
                value: cdktf.booleanToHclTerraform(this._waitForJobs),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.Release = Release;
