"use strict";
// https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_vcn
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
exports.CoreVcn = exports.CoreVcnTimeoutsOutputReference = exports.CoreVcnByoipv6CidrDetailsList = exports.CoreVcnByoipv6CidrDetailsOutputReference = void 0;
exports.coreVcnByoipv6CidrDetailsToTerraform = coreVcnByoipv6CidrDetailsToTerraform;
exports.coreVcnByoipv6CidrDetailsToHclTerraform = coreVcnByoipv6CidrDetailsToHclTerraform;
exports.coreVcnTimeoutsToTerraform = coreVcnTimeoutsToTerraform;
exports.coreVcnTimeoutsToHclTerraform = coreVcnTimeoutsToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function coreVcnByoipv6CidrDetailsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        byoipv6range_id: cdktf.stringToTerraform(struct.byoipv6RangeId),
        ipv6cidr_block: cdktf.stringToTerraform(struct.ipv6CidrBlock),
    };
}
function coreVcnByoipv6CidrDetailsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        byoipv6range_id: {
            value: cdktf.stringToHclTerraform(struct.byoipv6RangeId),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        ipv6cidr_block: {
            value: cdktf.stringToHclTerraform(struct.ipv6CidrBlock),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class CoreVcnByoipv6CidrDetailsOutputReference extends cdktf.ComplexObject {
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
        if (this._byoipv6RangeId !== undefined) {
            hasAnyValues = true;
            internalValueResult.byoipv6RangeId = this._byoipv6RangeId;
        }
        if (this._ipv6CidrBlock !== undefined) {
            hasAnyValues = true;
            internalValueResult.ipv6CidrBlock = this._ipv6CidrBlock;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._byoipv6RangeId = undefined;
            this._ipv6CidrBlock = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._byoipv6RangeId = value.byoipv6RangeId;
            this._ipv6CidrBlock = value.ipv6CidrBlock;
        }
    }
    // byoipv6range_id - computed: false, optional: false, required: true
    _byoipv6RangeId;
    get byoipv6RangeId() {
        return this.getStringAttribute('byoipv6range_id');
    }
    set byoipv6RangeId(value) {
        this._byoipv6RangeId = value;
    }
    // Temporarily expose input value. Use with caution.
    get byoipv6RangeIdInput() {
        return this._byoipv6RangeId;
    }
    // ipv6cidr_block - computed: false, optional: false, required: true
    _ipv6CidrBlock;
    get ipv6CidrBlock() {
        return this.getStringAttribute('ipv6cidr_block');
    }
    set ipv6CidrBlock(value) {
        this._ipv6CidrBlock = value;
    }
    // Temporarily expose input value. Use with caution.
    get ipv6CidrBlockInput() {
        return this._ipv6CidrBlock;
    }
}
exports.CoreVcnByoipv6CidrDetailsOutputReference = CoreVcnByoipv6CidrDetailsOutputReference;
class CoreVcnByoipv6CidrDetailsList extends cdktf.ComplexList {
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
        return new CoreVcnByoipv6CidrDetailsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.CoreVcnByoipv6CidrDetailsList = CoreVcnByoipv6CidrDetailsList;
function coreVcnTimeoutsToTerraform(struct) {
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
function coreVcnTimeoutsToHclTerraform(struct) {
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
class CoreVcnTimeoutsOutputReference extends cdktf.ComplexObject {
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
exports.CoreVcnTimeoutsOutputReference = CoreVcnTimeoutsOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_vcn oci_core_vcn}
*/
class CoreVcn extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "oci_core_vcn";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a CoreVcn resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the CoreVcn to import
    * @param importFromId The id of the existing CoreVcn that should be imported. Refer to the {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_vcn#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the CoreVcn to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "oci_core_vcn", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_vcn oci_core_vcn} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options CoreVcnConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'oci_core_vcn',
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
        this._cidrBlock = config.cidrBlock;
        this._cidrBlocks = config.cidrBlocks;
        this._compartmentId = config.compartmentId;
        this._definedTags = config.definedTags;
        this._displayName = config.displayName;
        this._dnsLabel = config.dnsLabel;
        this._freeformTags = config.freeformTags;
        this._id = config.id;
        this._ipv6PrivateCidrBlocks = config.ipv6PrivateCidrBlocks;
        this._isIpv6Enabled = config.isIpv6Enabled;
        this._isOracleGuaAllocationEnabled = config.isOracleGuaAllocationEnabled;
        this._securityAttributes = config.securityAttributes;
        this._byoipv6CidrDetails.internalValue = config.byoipv6CidrDetails;
        this._timeouts.internalValue = config.timeouts;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // byoipv6cidr_blocks - computed: true, optional: false, required: false
    get byoipv6CidrBlocks() {
        return this.getListAttribute('byoipv6cidr_blocks');
    }
    // cidr_block - computed: true, optional: true, required: false
    _cidrBlock;
    get cidrBlock() {
        return this.getStringAttribute('cidr_block');
    }
    set cidrBlock(value) {
        this._cidrBlock = value;
    }
    resetCidrBlock() {
        this._cidrBlock = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get cidrBlockInput() {
        return this._cidrBlock;
    }
    // cidr_blocks - computed: true, optional: true, required: false
    _cidrBlocks;
    get cidrBlocks() {
        return this.getListAttribute('cidr_blocks');
    }
    set cidrBlocks(value) {
        this._cidrBlocks = value;
    }
    resetCidrBlocks() {
        this._cidrBlocks = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get cidrBlocksInput() {
        return this._cidrBlocks;
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
    // default_dhcp_options_id - computed: true, optional: false, required: false
    get defaultDhcpOptionsId() {
        return this.getStringAttribute('default_dhcp_options_id');
    }
    // default_route_table_id - computed: true, optional: false, required: false
    get defaultRouteTableId() {
        return this.getStringAttribute('default_route_table_id');
    }
    // default_security_list_id - computed: true, optional: false, required: false
    get defaultSecurityListId() {
        return this.getStringAttribute('default_security_list_id');
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
    // display_name - computed: true, optional: true, required: false
    _displayName;
    get displayName() {
        return this.getStringAttribute('display_name');
    }
    set displayName(value) {
        this._displayName = value;
    }
    resetDisplayName() {
        this._displayName = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get displayNameInput() {
        return this._displayName;
    }
    // dns_label - computed: true, optional: true, required: false
    _dnsLabel;
    get dnsLabel() {
        return this.getStringAttribute('dns_label');
    }
    set dnsLabel(value) {
        this._dnsLabel = value;
    }
    resetDnsLabel() {
        this._dnsLabel = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dnsLabelInput() {
        return this._dnsLabel;
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
    // ipv6cidr_blocks - computed: true, optional: false, required: false
    get ipv6CidrBlocks() {
        return this.getListAttribute('ipv6cidr_blocks');
    }
    // ipv6private_cidr_blocks - computed: true, optional: true, required: false
    _ipv6PrivateCidrBlocks;
    get ipv6PrivateCidrBlocks() {
        return this.getListAttribute('ipv6private_cidr_blocks');
    }
    set ipv6PrivateCidrBlocks(value) {
        this._ipv6PrivateCidrBlocks = value;
    }
    resetIpv6PrivateCidrBlocks() {
        this._ipv6PrivateCidrBlocks = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ipv6PrivateCidrBlocksInput() {
        return this._ipv6PrivateCidrBlocks;
    }
    // is_ipv6enabled - computed: true, optional: true, required: false
    _isIpv6Enabled;
    get isIpv6Enabled() {
        return this.getBooleanAttribute('is_ipv6enabled');
    }
    set isIpv6Enabled(value) {
        this._isIpv6Enabled = value;
    }
    resetIsIpv6Enabled() {
        this._isIpv6Enabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get isIpv6EnabledInput() {
        return this._isIpv6Enabled;
    }
    // is_oracle_gua_allocation_enabled - computed: true, optional: true, required: false
    _isOracleGuaAllocationEnabled;
    get isOracleGuaAllocationEnabled() {
        return this.getBooleanAttribute('is_oracle_gua_allocation_enabled');
    }
    set isOracleGuaAllocationEnabled(value) {
        this._isOracleGuaAllocationEnabled = value;
    }
    resetIsOracleGuaAllocationEnabled() {
        this._isOracleGuaAllocationEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get isOracleGuaAllocationEnabledInput() {
        return this._isOracleGuaAllocationEnabled;
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
    // state - computed: true, optional: false, required: false
    get state() {
        return this.getStringAttribute('state');
    }
    // time_created - computed: true, optional: false, required: false
    get timeCreated() {
        return this.getStringAttribute('time_created');
    }
    // vcn_domain_name - computed: true, optional: false, required: false
    get vcnDomainName() {
        return this.getStringAttribute('vcn_domain_name');
    }
    // byoipv6cidr_details - computed: false, optional: true, required: false
    _byoipv6CidrDetails = new CoreVcnByoipv6CidrDetailsList(this, "byoipv6cidr_details", false);
    get byoipv6CidrDetails() {
        return this._byoipv6CidrDetails;
    }
    putByoipv6CidrDetails(value) {
        this._byoipv6CidrDetails.internalValue = value;
    }
    resetByoipv6CidrDetails() {
        this._byoipv6CidrDetails.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get byoipv6CidrDetailsInput() {
        return this._byoipv6CidrDetails.internalValue;
    }
    // timeouts - computed: false, optional: true, required: false
    _timeouts = new CoreVcnTimeoutsOutputReference(this, "timeouts");
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
            cidr_block: cdktf.stringToTerraform(this._cidrBlock),
            cidr_blocks: cdktf.listMapper(cdktf.stringToTerraform, false)(this._cidrBlocks),
            compartment_id: cdktf.stringToTerraform(this._compartmentId),
            defined_tags: cdktf.hashMapper(cdktf.stringToTerraform)(this._definedTags),
            display_name: cdktf.stringToTerraform(this._displayName),
            dns_label: cdktf.stringToTerraform(this._dnsLabel),
            freeform_tags: cdktf.hashMapper(cdktf.stringToTerraform)(this._freeformTags),
            id: cdktf.stringToTerraform(this._id),
            ipv6private_cidr_blocks: cdktf.listMapper(cdktf.stringToTerraform, false)(this._ipv6PrivateCidrBlocks),
            is_ipv6enabled: cdktf.booleanToTerraform(this._isIpv6Enabled),
            is_oracle_gua_allocation_enabled: cdktf.booleanToTerraform(this._isOracleGuaAllocationEnabled),
            security_attributes: cdktf.hashMapper(cdktf.stringToTerraform)(this._securityAttributes),
            byoipv6cidr_details: cdktf.listMapper(coreVcnByoipv6CidrDetailsToTerraform, true)(this._byoipv6CidrDetails.internalValue),
            timeouts: coreVcnTimeoutsToTerraform(this._timeouts.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            cidr_block: {
                value: cdktf.stringToHclTerraform(this._cidrBlock),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            cidr_blocks: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._cidrBlocks),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
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
            dns_label: {
                value: cdktf.stringToHclTerraform(this._dnsLabel),
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
            ipv6private_cidr_blocks: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._ipv6PrivateCidrBlocks),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            is_ipv6enabled: {
                value: cdktf.booleanToHclTerraform(this._isIpv6Enabled),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            is_oracle_gua_allocation_enabled: {
                value: cdktf.booleanToHclTerraform(this._isOracleGuaAllocationEnabled),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            security_attributes: {
                value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._securityAttributes),
                isBlock: false,
                type: "map",
                storageClassType: "stringMap",
            },
            byoipv6cidr_details: {
                value: cdktf.listMapperHcl(coreVcnByoipv6CidrDetailsToHclTerraform, true)(this._byoipv6CidrDetails.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "CoreVcnByoipv6CidrDetailsList",
            },
            timeouts: {
                value: coreVcnTimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "CoreVcnTimeouts",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.CoreVcn = CoreVcn;
