"use strict";
// https://registry.terraform.io/providers/hashicorp/helm/3.1.2/docs
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
exports.HelmProvider = void 0;
exports.helmProviderExperimentsToTerraform = helmProviderExperimentsToTerraform;
exports.helmProviderExperimentsToHclTerraform = helmProviderExperimentsToHclTerraform;
exports.helmProviderKubernetesExecToTerraform = helmProviderKubernetesExecToTerraform;
exports.helmProviderKubernetesExecToHclTerraform = helmProviderKubernetesExecToHclTerraform;
exports.helmProviderKubernetesToTerraform = helmProviderKubernetesToTerraform;
exports.helmProviderKubernetesToHclTerraform = helmProviderKubernetesToHclTerraform;
exports.helmProviderRegistriesToTerraform = helmProviderRegistriesToTerraform;
exports.helmProviderRegistriesToHclTerraform = helmProviderRegistriesToHclTerraform;
const cdktf = __importStar(require("cdktf"));
function helmProviderExperimentsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        manifest: cdktf.booleanToTerraform(struct.manifest),
    };
}
function helmProviderExperimentsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        manifest: {
            value: cdktf.booleanToHclTerraform(struct.manifest),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
function helmProviderKubernetesExecToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        api_version: cdktf.stringToTerraform(struct.apiVersion),
        args: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.args),
        command: cdktf.stringToTerraform(struct.command),
        env: cdktf.hashMapper(cdktf.stringToTerraform)(struct.env),
    };
}
function helmProviderKubernetesExecToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        api_version: {
            value: cdktf.stringToHclTerraform(struct.apiVersion),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        args: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.args),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        command: {
            value: cdktf.stringToHclTerraform(struct.command),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        env: {
            value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(struct.env),
            isBlock: false,
            type: "map",
            storageClassType: "stringMap",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
function helmProviderKubernetesToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        client_certificate: cdktf.stringToTerraform(struct.clientCertificate),
        client_key: cdktf.stringToTerraform(struct.clientKey),
        cluster_ca_certificate: cdktf.stringToTerraform(struct.clusterCaCertificate),
        config_context: cdktf.stringToTerraform(struct.configContext),
        config_context_auth_info: cdktf.stringToTerraform(struct.configContextAuthInfo),
        config_context_cluster: cdktf.stringToTerraform(struct.configContextCluster),
        config_path: cdktf.stringToTerraform(struct.configPath),
        config_paths: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.configPaths),
        exec: helmProviderKubernetesExecToTerraform(struct.exec),
        host: cdktf.stringToTerraform(struct.host),
        insecure: cdktf.booleanToTerraform(struct.insecure),
        password: cdktf.stringToTerraform(struct.password),
        proxy_url: cdktf.stringToTerraform(struct.proxyUrl),
        tls_server_name: cdktf.stringToTerraform(struct.tlsServerName),
        token: cdktf.stringToTerraform(struct.token),
        username: cdktf.stringToTerraform(struct.username),
    };
}
function helmProviderKubernetesToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        client_certificate: {
            value: cdktf.stringToHclTerraform(struct.clientCertificate),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        client_key: {
            value: cdktf.stringToHclTerraform(struct.clientKey),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        cluster_ca_certificate: {
            value: cdktf.stringToHclTerraform(struct.clusterCaCertificate),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        config_context: {
            value: cdktf.stringToHclTerraform(struct.configContext),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        config_context_auth_info: {
            value: cdktf.stringToHclTerraform(struct.configContextAuthInfo),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        config_context_cluster: {
            value: cdktf.stringToHclTerraform(struct.configContextCluster),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        config_path: {
            value: cdktf.stringToHclTerraform(struct.configPath),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        config_paths: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.configPaths),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        exec: {
            value: helmProviderKubernetesExecToHclTerraform(struct.exec),
            isBlock: true,
            type: "struct",
            storageClassType: "HelmProviderKubernetesExec",
        },
        host: {
            value: cdktf.stringToHclTerraform(struct.host),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        insecure: {
            value: cdktf.booleanToHclTerraform(struct.insecure),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        password: {
            value: cdktf.stringToHclTerraform(struct.password),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        proxy_url: {
            value: cdktf.stringToHclTerraform(struct.proxyUrl),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        tls_server_name: {
            value: cdktf.stringToHclTerraform(struct.tlsServerName),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        token: {
            value: cdktf.stringToHclTerraform(struct.token),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        username: {
            value: cdktf.stringToHclTerraform(struct.username),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
function helmProviderRegistriesToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        password: cdktf.stringToTerraform(struct.password),
        url: cdktf.stringToTerraform(struct.url),
        username: cdktf.stringToTerraform(struct.username),
    };
}
function helmProviderRegistriesToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        password: {
            value: cdktf.stringToHclTerraform(struct.password),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        url: {
            value: cdktf.stringToHclTerraform(struct.url),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        username: {
            value: cdktf.stringToHclTerraform(struct.username),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
/**
* Represents a {@link https://registry.terraform.io/providers/hashicorp/helm/3.1.2/docs helm}
*/
class HelmProvider extends cdktf.TerraformProvider {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "helm";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a HelmProvider resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the HelmProvider to import
    * @param importFromId The id of the existing HelmProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/hashicorp/helm/3.1.2/docs#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the HelmProvider to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "helm", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/hashicorp/helm/3.1.2/docs helm} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options HelmProviderConfig = {}
    */
    constructor(scope, id, config = {}) {
        super(scope, id, {
            terraformResourceType: 'helm',
            terraformGeneratorMetadata: {
                providerName: 'helm',
                providerVersion: '3.1.2'
            },
            terraformProviderSource: 'registry.terraform.io/hashicorp/helm'
        });
        this._burstLimit = config.burstLimit;
        this._debug = config.debug;
        this._experiments = config.experiments;
        this._helmDriver = config.helmDriver;
        this._kubernetes = config.kubernetes;
        this._pluginsPath = config.pluginsPath;
        this._qps = config.qps;
        this._registries = config.registries;
        this._registryConfigPath = config.registryConfigPath;
        this._repositoryCache = config.repositoryCache;
        this._repositoryConfigPath = config.repositoryConfigPath;
        this._alias = config.alias;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // burst_limit - computed: false, optional: true, required: false
    _burstLimit;
    get burstLimit() {
        return this._burstLimit;
    }
    set burstLimit(value) {
        this._burstLimit = value;
    }
    resetBurstLimit() {
        this._burstLimit = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get burstLimitInput() {
        return this._burstLimit;
    }
    // debug - computed: false, optional: true, required: false
    _debug;
    get debug() {
        return this._debug;
    }
    set debug(value) {
        this._debug = value;
    }
    resetDebug() {
        this._debug = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get debugInput() {
        return this._debug;
    }
    // experiments - computed: false, optional: true, required: false
    _experiments;
    get experiments() {
        return this._experiments;
    }
    set experiments(value) {
        this._experiments = value;
    }
    resetExperiments() {
        this._experiments = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get experimentsInput() {
        return this._experiments;
    }
    // helm_driver - computed: false, optional: true, required: false
    _helmDriver;
    get helmDriver() {
        return this._helmDriver;
    }
    set helmDriver(value) {
        this._helmDriver = value;
    }
    resetHelmDriver() {
        this._helmDriver = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get helmDriverInput() {
        return this._helmDriver;
    }
    // kubernetes - computed: false, optional: true, required: false
    _kubernetes;
    get kubernetes() {
        return this._kubernetes;
    }
    set kubernetes(value) {
        this._kubernetes = value;
    }
    resetKubernetes() {
        this._kubernetes = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get kubernetesInput() {
        return this._kubernetes;
    }
    // plugins_path - computed: false, optional: true, required: false
    _pluginsPath;
    get pluginsPath() {
        return this._pluginsPath;
    }
    set pluginsPath(value) {
        this._pluginsPath = value;
    }
    resetPluginsPath() {
        this._pluginsPath = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get pluginsPathInput() {
        return this._pluginsPath;
    }
    // qps - computed: false, optional: true, required: false
    _qps;
    get qps() {
        return this._qps;
    }
    set qps(value) {
        this._qps = value;
    }
    resetQps() {
        this._qps = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get qpsInput() {
        return this._qps;
    }
    // registries - computed: false, optional: true, required: false
    _registries;
    get registries() {
        return this._registries;
    }
    set registries(value) {
        this._registries = value;
    }
    resetRegistries() {
        this._registries = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get registriesInput() {
        return this._registries;
    }
    // registry_config_path - computed: false, optional: true, required: false
    _registryConfigPath;
    get registryConfigPath() {
        return this._registryConfigPath;
    }
    set registryConfigPath(value) {
        this._registryConfigPath = value;
    }
    resetRegistryConfigPath() {
        this._registryConfigPath = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get registryConfigPathInput() {
        return this._registryConfigPath;
    }
    // repository_cache - computed: false, optional: true, required: false
    _repositoryCache;
    get repositoryCache() {
        return this._repositoryCache;
    }
    set repositoryCache(value) {
        this._repositoryCache = value;
    }
    resetRepositoryCache() {
        this._repositoryCache = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get repositoryCacheInput() {
        return this._repositoryCache;
    }
    // repository_config_path - computed: false, optional: true, required: false
    _repositoryConfigPath;
    get repositoryConfigPath() {
        return this._repositoryConfigPath;
    }
    set repositoryConfigPath(value) {
        this._repositoryConfigPath = value;
    }
    resetRepositoryConfigPath() {
        this._repositoryConfigPath = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get repositoryConfigPathInput() {
        return this._repositoryConfigPath;
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
            burst_limit: cdktf.numberToTerraform(this._burstLimit),
            debug: cdktf.booleanToTerraform(this._debug),
            experiments: helmProviderExperimentsToTerraform(this._experiments),
            helm_driver: cdktf.stringToTerraform(this._helmDriver),
            kubernetes: helmProviderKubernetesToTerraform(this._kubernetes),
            plugins_path: cdktf.stringToTerraform(this._pluginsPath),
            qps: cdktf.numberToTerraform(this._qps),
            registries: cdktf.listMapper(helmProviderRegistriesToTerraform, false)(this._registries),
            registry_config_path: cdktf.stringToTerraform(this._registryConfigPath),
            repository_cache: cdktf.stringToTerraform(this._repositoryCache),
            repository_config_path: cdktf.stringToTerraform(this._repositoryConfigPath),
            alias: cdktf.stringToTerraform(this._alias),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            burst_limit: {
                value: cdktf.numberToHclTerraform(this._burstLimit),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            debug: {
                value: cdktf.booleanToHclTerraform(this._debug),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            experiments: {
                value: helmProviderExperimentsToHclTerraform(this._experiments),
                isBlock: true,
                type: "struct",
                storageClassType: "HelmProviderExperiments",
            },
            helm_driver: {
                value: cdktf.stringToHclTerraform(this._helmDriver),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            kubernetes: {
                value: helmProviderKubernetesToHclTerraform(this._kubernetes),
                isBlock: true,
                type: "struct",
                storageClassType: "HelmProviderKubernetes",
            },
            plugins_path: {
                value: cdktf.stringToHclTerraform(this._pluginsPath),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            qps: {
                value: cdktf.numberToHclTerraform(this._qps),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            registries: {
                value: cdktf.listMapperHcl(helmProviderRegistriesToHclTerraform, false)(this._registries),
                isBlock: true,
                type: "list",
                storageClassType: "HelmProviderRegistriesList",
            },
            registry_config_path: {
                value: cdktf.stringToHclTerraform(this._registryConfigPath),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            repository_cache: {
                value: cdktf.stringToHclTerraform(this._repositoryCache),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            repository_config_path: {
                value: cdktf.stringToHclTerraform(this._repositoryConfigPath),
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
exports.HelmProvider = HelmProvider;
