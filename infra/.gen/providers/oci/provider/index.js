"use strict";
// https://registry.terraform.io/providers/oracle/oci/8.28.0/docs
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
exports.OciProvider = void 0;
const cdktf = __importStar(require("cdktf"));
/**
* Represents a {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs oci}
*/
class OciProvider extends cdktf.TerraformProvider {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "oci";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a OciProvider resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the OciProvider to import
    * @param importFromId The id of the existing OciProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the OciProvider to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "oci", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs oci} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options OciProviderConfig = {}
    */
    constructor(scope, id, config = {}) {
        super(scope, id, {
            terraformResourceType: 'oci',
            terraformGeneratorMetadata: {
                providerName: 'oci',
                providerVersion: '8.28.0'
            },
            terraformProviderSource: 'registry.terraform.io/oracle/oci'
        });
        this._auth = config.auth;
        this._configFileProfile = config.configFileProfile;
        this._disableAutoRetries = config.disableAutoRetries;
        this._dualStackEndpointEnabled = config.dualStackEndpointEnabled;
        this._fingerprint = config.fingerprint;
        this._ignoreDefinedTags = config.ignoreDefinedTags;
        this._privateKey = config.privateKey;
        this._privateKeyPassword = config.privateKeyPassword;
        this._privateKeyPath = config.privateKeyPath;
        this._realmSpecificServiceEndpointTemplateEnabled = config.realmSpecificServiceEndpointTemplateEnabled;
        this._region = config.region;
        this._retriesConfigFile = config.retriesConfigFile;
        this._retryDurationSeconds = config.retryDurationSeconds;
        this._tenancyOcid = config.tenancyOcid;
        this._testTimeMaintenanceRebootDue = config.testTimeMaintenanceRebootDue;
        this._tokenExchangeAuth = config.tokenExchangeAuth;
        this._tokenExchangeClientId = config.tokenExchangeClientId;
        this._tokenExchangeClientSecret = config.tokenExchangeClientSecret;
        this._tokenExchangeDomainUrl = config.tokenExchangeDomainUrl;
        this._tokenExchangePublicKey = config.tokenExchangePublicKey;
        this._tokenExchangeRequestedTokenType = config.tokenExchangeRequestedTokenType;
        this._tokenExchangeResourceType = config.tokenExchangeResourceType;
        this._tokenExchangeRpstExp = config.tokenExchangeRpstExp;
        this._tokenExchangeSubjectTokenType = config.tokenExchangeSubjectTokenType;
        this._userOcid = config.userOcid;
        this._workloadIdentityTokenPath = config.workloadIdentityTokenPath;
        this._alias = config.alias;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // auth - computed: false, optional: true, required: false
    _auth;
    get auth() {
        return this._auth;
    }
    set auth(value) {
        this._auth = value;
    }
    resetAuth() {
        this._auth = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get authInput() {
        return this._auth;
    }
    // config_file_profile - computed: false, optional: true, required: false
    _configFileProfile;
    get configFileProfile() {
        return this._configFileProfile;
    }
    set configFileProfile(value) {
        this._configFileProfile = value;
    }
    resetConfigFileProfile() {
        this._configFileProfile = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get configFileProfileInput() {
        return this._configFileProfile;
    }
    // disable_auto_retries - computed: false, optional: true, required: false
    _disableAutoRetries;
    get disableAutoRetries() {
        return this._disableAutoRetries;
    }
    set disableAutoRetries(value) {
        this._disableAutoRetries = value;
    }
    resetDisableAutoRetries() {
        this._disableAutoRetries = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get disableAutoRetriesInput() {
        return this._disableAutoRetries;
    }
    // dual_stack_endpoint_enabled - computed: false, optional: true, required: false
    _dualStackEndpointEnabled;
    get dualStackEndpointEnabled() {
        return this._dualStackEndpointEnabled;
    }
    set dualStackEndpointEnabled(value) {
        this._dualStackEndpointEnabled = value;
    }
    resetDualStackEndpointEnabled() {
        this._dualStackEndpointEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dualStackEndpointEnabledInput() {
        return this._dualStackEndpointEnabled;
    }
    // fingerprint - computed: false, optional: true, required: false
    _fingerprint;
    get fingerprint() {
        return this._fingerprint;
    }
    set fingerprint(value) {
        this._fingerprint = value;
    }
    resetFingerprint() {
        this._fingerprint = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get fingerprintInput() {
        return this._fingerprint;
    }
    // ignore_defined_tags - computed: false, optional: true, required: false
    _ignoreDefinedTags;
    get ignoreDefinedTags() {
        return this._ignoreDefinedTags;
    }
    set ignoreDefinedTags(value) {
        this._ignoreDefinedTags = value;
    }
    resetIgnoreDefinedTags() {
        this._ignoreDefinedTags = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ignoreDefinedTagsInput() {
        return this._ignoreDefinedTags;
    }
    // private_key - computed: false, optional: true, required: false
    _privateKey;
    get privateKey() {
        return this._privateKey;
    }
    set privateKey(value) {
        this._privateKey = value;
    }
    resetPrivateKey() {
        this._privateKey = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get privateKeyInput() {
        return this._privateKey;
    }
    // private_key_password - computed: false, optional: true, required: false
    _privateKeyPassword;
    get privateKeyPassword() {
        return this._privateKeyPassword;
    }
    set privateKeyPassword(value) {
        this._privateKeyPassword = value;
    }
    resetPrivateKeyPassword() {
        this._privateKeyPassword = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get privateKeyPasswordInput() {
        return this._privateKeyPassword;
    }
    // private_key_path - computed: false, optional: true, required: false
    _privateKeyPath;
    get privateKeyPath() {
        return this._privateKeyPath;
    }
    set privateKeyPath(value) {
        this._privateKeyPath = value;
    }
    resetPrivateKeyPath() {
        this._privateKeyPath = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get privateKeyPathInput() {
        return this._privateKeyPath;
    }
    // realm_specific_service_endpoint_template_enabled - computed: false, optional: true, required: false
    _realmSpecificServiceEndpointTemplateEnabled;
    get realmSpecificServiceEndpointTemplateEnabled() {
        return this._realmSpecificServiceEndpointTemplateEnabled;
    }
    set realmSpecificServiceEndpointTemplateEnabled(value) {
        this._realmSpecificServiceEndpointTemplateEnabled = value;
    }
    resetRealmSpecificServiceEndpointTemplateEnabled() {
        this._realmSpecificServiceEndpointTemplateEnabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get realmSpecificServiceEndpointTemplateEnabledInput() {
        return this._realmSpecificServiceEndpointTemplateEnabled;
    }
    // region - computed: false, optional: true, required: false
    _region;
    get region() {
        return this._region;
    }
    set region(value) {
        this._region = value;
    }
    resetRegion() {
        this._region = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get regionInput() {
        return this._region;
    }
    // retries_config_file - computed: false, optional: true, required: false
    _retriesConfigFile;
    get retriesConfigFile() {
        return this._retriesConfigFile;
    }
    set retriesConfigFile(value) {
        this._retriesConfigFile = value;
    }
    resetRetriesConfigFile() {
        this._retriesConfigFile = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get retriesConfigFileInput() {
        return this._retriesConfigFile;
    }
    // retry_duration_seconds - computed: false, optional: true, required: false
    _retryDurationSeconds;
    get retryDurationSeconds() {
        return this._retryDurationSeconds;
    }
    set retryDurationSeconds(value) {
        this._retryDurationSeconds = value;
    }
    resetRetryDurationSeconds() {
        this._retryDurationSeconds = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get retryDurationSecondsInput() {
        return this._retryDurationSeconds;
    }
    // tenancy_ocid - computed: false, optional: true, required: false
    _tenancyOcid;
    get tenancyOcid() {
        return this._tenancyOcid;
    }
    set tenancyOcid(value) {
        this._tenancyOcid = value;
    }
    resetTenancyOcid() {
        this._tenancyOcid = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tenancyOcidInput() {
        return this._tenancyOcid;
    }
    // test_time_maintenance_reboot_due - computed: false, optional: true, required: false
    _testTimeMaintenanceRebootDue;
    get testTimeMaintenanceRebootDue() {
        return this._testTimeMaintenanceRebootDue;
    }
    set testTimeMaintenanceRebootDue(value) {
        this._testTimeMaintenanceRebootDue = value;
    }
    resetTestTimeMaintenanceRebootDue() {
        this._testTimeMaintenanceRebootDue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get testTimeMaintenanceRebootDueInput() {
        return this._testTimeMaintenanceRebootDue;
    }
    // token_exchange_auth - computed: false, optional: true, required: false
    _tokenExchangeAuth;
    get tokenExchangeAuth() {
        return this._tokenExchangeAuth;
    }
    set tokenExchangeAuth(value) {
        this._tokenExchangeAuth = value;
    }
    resetTokenExchangeAuth() {
        this._tokenExchangeAuth = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tokenExchangeAuthInput() {
        return this._tokenExchangeAuth;
    }
    // token_exchange_client_id - computed: false, optional: true, required: false
    _tokenExchangeClientId;
    get tokenExchangeClientId() {
        return this._tokenExchangeClientId;
    }
    set tokenExchangeClientId(value) {
        this._tokenExchangeClientId = value;
    }
    resetTokenExchangeClientId() {
        this._tokenExchangeClientId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tokenExchangeClientIdInput() {
        return this._tokenExchangeClientId;
    }
    // token_exchange_client_secret - computed: false, optional: true, required: false
    _tokenExchangeClientSecret;
    get tokenExchangeClientSecret() {
        return this._tokenExchangeClientSecret;
    }
    set tokenExchangeClientSecret(value) {
        this._tokenExchangeClientSecret = value;
    }
    resetTokenExchangeClientSecret() {
        this._tokenExchangeClientSecret = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tokenExchangeClientSecretInput() {
        return this._tokenExchangeClientSecret;
    }
    // token_exchange_domain_url - computed: false, optional: true, required: false
    _tokenExchangeDomainUrl;
    get tokenExchangeDomainUrl() {
        return this._tokenExchangeDomainUrl;
    }
    set tokenExchangeDomainUrl(value) {
        this._tokenExchangeDomainUrl = value;
    }
    resetTokenExchangeDomainUrl() {
        this._tokenExchangeDomainUrl = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tokenExchangeDomainUrlInput() {
        return this._tokenExchangeDomainUrl;
    }
    // token_exchange_public_key - computed: false, optional: true, required: false
    _tokenExchangePublicKey;
    get tokenExchangePublicKey() {
        return this._tokenExchangePublicKey;
    }
    set tokenExchangePublicKey(value) {
        this._tokenExchangePublicKey = value;
    }
    resetTokenExchangePublicKey() {
        this._tokenExchangePublicKey = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tokenExchangePublicKeyInput() {
        return this._tokenExchangePublicKey;
    }
    // token_exchange_requested_token_type - computed: false, optional: true, required: false
    _tokenExchangeRequestedTokenType;
    get tokenExchangeRequestedTokenType() {
        return this._tokenExchangeRequestedTokenType;
    }
    set tokenExchangeRequestedTokenType(value) {
        this._tokenExchangeRequestedTokenType = value;
    }
    resetTokenExchangeRequestedTokenType() {
        this._tokenExchangeRequestedTokenType = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tokenExchangeRequestedTokenTypeInput() {
        return this._tokenExchangeRequestedTokenType;
    }
    // token_exchange_resource_type - computed: false, optional: true, required: false
    _tokenExchangeResourceType;
    get tokenExchangeResourceType() {
        return this._tokenExchangeResourceType;
    }
    set tokenExchangeResourceType(value) {
        this._tokenExchangeResourceType = value;
    }
    resetTokenExchangeResourceType() {
        this._tokenExchangeResourceType = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tokenExchangeResourceTypeInput() {
        return this._tokenExchangeResourceType;
    }
    // token_exchange_rpst_exp - computed: false, optional: true, required: false
    _tokenExchangeRpstExp;
    get tokenExchangeRpstExp() {
        return this._tokenExchangeRpstExp;
    }
    set tokenExchangeRpstExp(value) {
        this._tokenExchangeRpstExp = value;
    }
    resetTokenExchangeRpstExp() {
        this._tokenExchangeRpstExp = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tokenExchangeRpstExpInput() {
        return this._tokenExchangeRpstExp;
    }
    // token_exchange_subject_token_type - computed: false, optional: true, required: false
    _tokenExchangeSubjectTokenType;
    get tokenExchangeSubjectTokenType() {
        return this._tokenExchangeSubjectTokenType;
    }
    set tokenExchangeSubjectTokenType(value) {
        this._tokenExchangeSubjectTokenType = value;
    }
    resetTokenExchangeSubjectTokenType() {
        this._tokenExchangeSubjectTokenType = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tokenExchangeSubjectTokenTypeInput() {
        return this._tokenExchangeSubjectTokenType;
    }
    // user_ocid - computed: false, optional: true, required: false
    _userOcid;
    get userOcid() {
        return this._userOcid;
    }
    set userOcid(value) {
        this._userOcid = value;
    }
    resetUserOcid() {
        this._userOcid = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get userOcidInput() {
        return this._userOcid;
    }
    // workload_identity_token_path - computed: false, optional: true, required: false
    _workloadIdentityTokenPath;
    get workloadIdentityTokenPath() {
        return this._workloadIdentityTokenPath;
    }
    set workloadIdentityTokenPath(value) {
        this._workloadIdentityTokenPath = value;
    }
    resetWorkloadIdentityTokenPath() {
        this._workloadIdentityTokenPath = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get workloadIdentityTokenPathInput() {
        return this._workloadIdentityTokenPath;
    }
    // alias - computed: false, optional: true, required: false
    _alias;
    get alias() {
        return this._alias;
    }
    set alias(value) {
        this._alias = value;
    }
    resetAlias() {
        this._alias = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get aliasInput() {
        return this._alias;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            auth: cdktf.stringToTerraform(this._auth),
            config_file_profile: cdktf.stringToTerraform(this._configFileProfile),
            disable_auto_retries: cdktf.booleanToTerraform(this._disableAutoRetries),
            dual_stack_endpoint_enabled: cdktf.booleanToTerraform(this._dualStackEndpointEnabled),
            fingerprint: cdktf.stringToTerraform(this._fingerprint),
            ignore_defined_tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._ignoreDefinedTags),
            private_key: cdktf.stringToTerraform(this._privateKey),
            private_key_password: cdktf.stringToTerraform(this._privateKeyPassword),
            private_key_path: cdktf.stringToTerraform(this._privateKeyPath),
            realm_specific_service_endpoint_template_enabled: cdktf.booleanToTerraform(this._realmSpecificServiceEndpointTemplateEnabled),
            region: cdktf.stringToTerraform(this._region),
            retries_config_file: cdktf.stringToTerraform(this._retriesConfigFile),
            retry_duration_seconds: cdktf.numberToTerraform(this._retryDurationSeconds),
            tenancy_ocid: cdktf.stringToTerraform(this._tenancyOcid),
            test_time_maintenance_reboot_due: cdktf.stringToTerraform(this._testTimeMaintenanceRebootDue),
            token_exchange_auth: cdktf.stringToTerraform(this._tokenExchangeAuth),
            token_exchange_client_id: cdktf.stringToTerraform(this._tokenExchangeClientId),
            token_exchange_client_secret: cdktf.stringToTerraform(this._tokenExchangeClientSecret),
            token_exchange_domain_url: cdktf.stringToTerraform(this._tokenExchangeDomainUrl),
            token_exchange_public_key: cdktf.stringToTerraform(this._tokenExchangePublicKey),
            token_exchange_requested_token_type: cdktf.stringToTerraform(this._tokenExchangeRequestedTokenType),
            token_exchange_resource_type: cdktf.stringToTerraform(this._tokenExchangeResourceType),
            token_exchange_rpst_exp: cdktf.stringToTerraform(this._tokenExchangeRpstExp),
            token_exchange_subject_token_type: cdktf.stringToTerraform(this._tokenExchangeSubjectTokenType),
            user_ocid: cdktf.stringToTerraform(this._userOcid),
            workload_identity_token_path: cdktf.stringToTerraform(this._workloadIdentityTokenPath),
            alias: cdktf.stringToTerraform(this._alias),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            auth: {
                value: cdktf.stringToHclTerraform(this._auth),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            config_file_profile: {
                value: cdktf.stringToHclTerraform(this._configFileProfile),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            disable_auto_retries: {
                value: cdktf.booleanToHclTerraform(this._disableAutoRetries),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            dual_stack_endpoint_enabled: {
                value: cdktf.booleanToHclTerraform(this._dualStackEndpointEnabled),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            fingerprint: {
                value: cdktf.stringToHclTerraform(this._fingerprint),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            ignore_defined_tags: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._ignoreDefinedTags),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            private_key: {
                value: cdktf.stringToHclTerraform(this._privateKey),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            private_key_password: {
                value: cdktf.stringToHclTerraform(this._privateKeyPassword),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            private_key_path: {
                value: cdktf.stringToHclTerraform(this._privateKeyPath),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            realm_specific_service_endpoint_template_enabled: {
                value: cdktf.booleanToHclTerraform(this._realmSpecificServiceEndpointTemplateEnabled),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            region: {
                value: cdktf.stringToHclTerraform(this._region),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            retries_config_file: {
                value: cdktf.stringToHclTerraform(this._retriesConfigFile),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            retry_duration_seconds: {
                value: cdktf.numberToHclTerraform(this._retryDurationSeconds),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            tenancy_ocid: {
                value: cdktf.stringToHclTerraform(this._tenancyOcid),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            test_time_maintenance_reboot_due: {
                value: cdktf.stringToHclTerraform(this._testTimeMaintenanceRebootDue),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            token_exchange_auth: {
                value: cdktf.stringToHclTerraform(this._tokenExchangeAuth),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            token_exchange_client_id: {
                value: cdktf.stringToHclTerraform(this._tokenExchangeClientId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            token_exchange_client_secret: {
                value: cdktf.stringToHclTerraform(this._tokenExchangeClientSecret),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            token_exchange_domain_url: {
                value: cdktf.stringToHclTerraform(this._tokenExchangeDomainUrl),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            token_exchange_public_key: {
                value: cdktf.stringToHclTerraform(this._tokenExchangePublicKey),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            token_exchange_requested_token_type: {
                value: cdktf.stringToHclTerraform(this._tokenExchangeRequestedTokenType),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            token_exchange_resource_type: {
                value: cdktf.stringToHclTerraform(this._tokenExchangeResourceType),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            token_exchange_rpst_exp: {
                value: cdktf.stringToHclTerraform(this._tokenExchangeRpstExp),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            token_exchange_subject_token_type: {
                value: cdktf.stringToHclTerraform(this._tokenExchangeSubjectTokenType),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            user_ocid: {
                value: cdktf.stringToHclTerraform(this._userOcid),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            workload_identity_token_path: {
                value: cdktf.stringToHclTerraform(this._workloadIdentityTokenPath),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            alias: {
                value: cdktf.stringToHclTerraform(this._alias),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.OciProvider = OciProvider;
