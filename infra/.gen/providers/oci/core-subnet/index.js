"use strict";
// https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_subnet
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
exports.CoreSubnet = exports.CoreSubnetTimeoutsOutputReference = void 0;
exports.coreSubnetTimeoutsToTerraform = coreSubnetTimeoutsToTerraform;
exports.coreSubnetTimeoutsToHclTerraform = coreSubnetTimeoutsToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function coreSubnetTimeoutsToTerraform(struct) {
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
function coreSubnetTimeoutsToHclTerraform(struct) {
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
class CoreSubnetTimeoutsOutputReference extends cdktf.ComplexObject {
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
exports.CoreSubnetTimeoutsOutputReference = CoreSubnetTimeoutsOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_subnet oci_core_subnet}
*/
class CoreSubnet extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "oci_core_subnet";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a CoreSubnet resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the CoreSubnet to import
    * @param importFromId The id of the existing CoreSubnet that should be imported. Refer to the {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_subnet#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the CoreSubnet to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "oci_core_subnet", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_subnet oci_core_subnet} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options CoreSubnetConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'oci_core_subnet',
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
        this._availabilityDomain = config.availabilityDomain;
        this._cidrBlock = config.cidrBlock;
        this._compartmentId = config.compartmentId;
        this._definedTags = config.definedTags;
        this._dhcpOptionsId = config.dhcpOptionsId;
        this._displayName = config.displayName;
        this._dnsLabel = config.dnsLabel;
        this._freeformTags = config.freeformTags;
        this._id = config.id;
        this._ipv4CidrBlocks = config.ipv4CidrBlocks;
        this._ipv6CidrBlock = config.ipv6CidrBlock;
        this._ipv6CidrBlocks = config.ipv6CidrBlocks;
        this._prohibitInternetIngress = config.prohibitInternetIngress;
        this._prohibitPublicIpOnVnic = config.prohibitPublicIpOnVnic;
        this._routeTableId = config.routeTableId;
        this._securityListIds = config.securityListIds;
        this._vcnId = config.vcnId;
        this._timeouts.internalValue = config.timeouts;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // availability_domain - computed: true, optional: true, required: false
    _availabilityDomain;
    get availabilityDomain() {
        return this.getStringAttribute('availability_domain');
    }
    set availabilityDomain(value) {
        this._availabilityDomain = value;
    }
    resetAvailabilityDomain() {
        this._availabilityDomain = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get availabilityDomainInput() {
        return this._availabilityDomain;
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
    // dhcp_options_id - computed: true, optional: true, required: false
    _dhcpOptionsId;
    get dhcpOptionsId() {
        return this.getStringAttribute('dhcp_options_id');
    }
    set dhcpOptionsId(value) {
        this._dhcpOptionsId = value;
    }
    resetDhcpOptionsId() {
        this._dhcpOptionsId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dhcpOptionsIdInput() {
        return this._dhcpOptionsId;
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
    // ipv4cidr_blocks - computed: true, optional: true, required: false
    _ipv4CidrBlocks;
    get ipv4CidrBlocks() {
        return this.getListAttribute('ipv4cidr_blocks');
    }
    set ipv4CidrBlocks(value) {
        this._ipv4CidrBlocks = value;
    }
    resetIpv4CidrBlocks() {
        this._ipv4CidrBlocks = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ipv4CidrBlocksInput() {
        return this._ipv4CidrBlocks;
    }
    // ipv6cidr_block - computed: true, optional: true, required: false
    _ipv6CidrBlock;
    get ipv6CidrBlock() {
        return this.getStringAttribute('ipv6cidr_block');
    }
    set ipv6CidrBlock(value) {
        this._ipv6CidrBlock = value;
    }
    resetIpv6CidrBlock() {
        this._ipv6CidrBlock = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ipv6CidrBlockInput() {
        return this._ipv6CidrBlock;
    }
    // ipv6cidr_blocks - computed: true, optional: true, required: false
    _ipv6CidrBlocks;
    get ipv6CidrBlocks() {
        return this.getListAttribute('ipv6cidr_blocks');
    }
    set ipv6CidrBlocks(value) {
        this._ipv6CidrBlocks = value;
    }
    resetIpv6CidrBlocks() {
        this._ipv6CidrBlocks = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ipv6CidrBlocksInput() {
        return this._ipv6CidrBlocks;
    }
    // ipv6virtual_router_ip - computed: true, optional: false, required: false
    get ipv6VirtualRouterIp() {
        return this.getStringAttribute('ipv6virtual_router_ip');
    }
    // prohibit_internet_ingress - computed: true, optional: true, required: false
    _prohibitInternetIngress;
    get prohibitInternetIngress() {
        return this.getBooleanAttribute('prohibit_internet_ingress');
    }
    set prohibitInternetIngress(value) {
        this._prohibitInternetIngress = value;
    }
    resetProhibitInternetIngress() {
        this._prohibitInternetIngress = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get prohibitInternetIngressInput() {
        return this._prohibitInternetIngress;
    }
    // prohibit_public_ip_on_vnic - computed: true, optional: true, required: false
    _prohibitPublicIpOnVnic;
    get prohibitPublicIpOnVnic() {
        return this.getBooleanAttribute('prohibit_public_ip_on_vnic');
    }
    set prohibitPublicIpOnVnic(value) {
        this._prohibitPublicIpOnVnic = value;
    }
    resetProhibitPublicIpOnVnic() {
        this._prohibitPublicIpOnVnic = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get prohibitPublicIpOnVnicInput() {
        return this._prohibitPublicIpOnVnic;
    }
    // route_table_id - computed: true, optional: true, required: false
    _routeTableId;
    get routeTableId() {
        return this.getStringAttribute('route_table_id');
    }
    set routeTableId(value) {
        this._routeTableId = value;
    }
    resetRouteTableId() {
        this._routeTableId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get routeTableIdInput() {
        return this._routeTableId;
    }
    // security_list_ids - computed: true, optional: true, required: false
    _securityListIds;
    get securityListIds() {
        return cdktf.Fn.tolist(this.getListAttribute('security_list_ids'));
    }
    set securityListIds(value) {
        this._securityListIds = value;
    }
    resetSecurityListIds() {
        this._securityListIds = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get securityListIdsInput() {
        return this._securityListIds;
    }
    // state - computed: true, optional: false, required: false
    get state() {
        return this.getStringAttribute('state');
    }
    // subnet_domain_name - computed: true, optional: false, required: false
    get subnetDomainName() {
        return this.getStringAttribute('subnet_domain_name');
    }
    // time_created - computed: true, optional: false, required: false
    get timeCreated() {
        return this.getStringAttribute('time_created');
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
    // virtual_router_ip - computed: true, optional: false, required: false
    get virtualRouterIp() {
        return this.getStringAttribute('virtual_router_ip');
    }
    // virtual_router_mac - computed: true, optional: false, required: false
    get virtualRouterMac() {
        return this.getStringAttribute('virtual_router_mac');
    }
    // timeouts - computed: false, optional: true, required: false
    _timeouts = new CoreSubnetTimeoutsOutputReference(this, "timeouts");
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
            availability_domain: cdktf.stringToTerraform(this._availabilityDomain),
            cidr_block: cdktf.stringToTerraform(this._cidrBlock),
            compartment_id: cdktf.stringToTerraform(this._compartmentId),
            defined_tags: cdktf.hashMapper(cdktf.stringToTerraform)(this._definedTags),
            dhcp_options_id: cdktf.stringToTerraform(this._dhcpOptionsId),
            display_name: cdktf.stringToTerraform(this._displayName),
            dns_label: cdktf.stringToTerraform(this._dnsLabel),
            freeform_tags: cdktf.hashMapper(cdktf.stringToTerraform)(this._freeformTags),
            id: cdktf.stringToTerraform(this._id),
            ipv4cidr_blocks: cdktf.listMapper(cdktf.stringToTerraform, false)(this._ipv4CidrBlocks),
            ipv6cidr_block: cdktf.stringToTerraform(this._ipv6CidrBlock),
            ipv6cidr_blocks: cdktf.listMapper(cdktf.stringToTerraform, false)(this._ipv6CidrBlocks),
            prohibit_internet_ingress: cdktf.booleanToTerraform(this._prohibitInternetIngress),
            prohibit_public_ip_on_vnic: cdktf.booleanToTerraform(this._prohibitPublicIpOnVnic),
            route_table_id: cdktf.stringToTerraform(this._routeTableId),
            security_list_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._securityListIds),
            vcn_id: cdktf.stringToTerraform(this._vcnId),
            timeouts: coreSubnetTimeoutsToTerraform(this._timeouts.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            availability_domain: {
                value: cdktf.stringToHclTerraform(this._availabilityDomain),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            cidr_block: {
                value: cdktf.stringToHclTerraform(this._cidrBlock),
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
            dhcp_options_id: {
                value: cdktf.stringToHclTerraform(this._dhcpOptionsId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
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
            ipv4cidr_blocks: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._ipv4CidrBlocks),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            ipv6cidr_block: {
                value: cdktf.stringToHclTerraform(this._ipv6CidrBlock),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            ipv6cidr_blocks: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._ipv6CidrBlocks),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            prohibit_internet_ingress: {
                value: cdktf.booleanToHclTerraform(this._prohibitInternetIngress),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            prohibit_public_ip_on_vnic: {
                value: cdktf.booleanToHclTerraform(this._prohibitPublicIpOnVnic),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            route_table_id: {
                value: cdktf.stringToHclTerraform(this._routeTableId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            security_list_ids: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._securityListIds),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            vcn_id: {
                value: cdktf.stringToHclTerraform(this._vcnId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            timeouts: {
                value: coreSubnetTimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "CoreSubnetTimeouts",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.CoreSubnet = CoreSubnet;
