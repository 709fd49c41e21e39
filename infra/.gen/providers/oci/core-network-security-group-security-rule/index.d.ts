import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface CoreNetworkSecurityGroupSecurityRuleConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_network_security_group_security_rule#description CoreNetworkSecurityGroupSecurityRule#description}
    */
    readonly description?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_network_security_group_security_rule#destination CoreNetworkSecurityGroupSecurityRule#destination}
    */
    readonly destination?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_network_security_group_security_rule#destination_type CoreNetworkSecurityGroupSecurityRule#destination_type}
    */
    readonly destinationType?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_network_security_group_security_rule#direction CoreNetworkSecurityGroupSecurityRule#direction}
    */
    readonly direction: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_network_security_group_security_rule#id CoreNetworkSecurityGroupSecurityRule#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_network_security_group_security_rule#network_security_group_id CoreNetworkSecurityGroupSecurityRule#network_security_group_id}
    */
    readonly networkSecurityGroupId: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_network_security_group_security_rule#protocol CoreNetworkSecurityGroupSecurityRule#protocol}
    */
    readonly protocol: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_network_security_group_security_rule#source CoreNetworkSecurityGroupSecurityRule#source}
    */
    readonly source?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_network_security_group_security_rule#source_type CoreNetworkSecurityGroupSecurityRule#source_type}
    */
    readonly sourceType?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_network_security_group_security_rule#stateless CoreNetworkSecurityGroupSecurityRule#stateless}
    */
    readonly stateless?: boolean | cdktf.IResolvable;
    /**
    * icmp_options block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_network_security_group_security_rule#icmp_options CoreNetworkSecurityGroupSecurityRule#icmp_options}
    */
    readonly icmpOptions?: CoreNetworkSecurityGroupSecurityRuleIcmpOptions;
    /**
    * tcp_options block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_network_security_group_security_rule#tcp_options CoreNetworkSecurityGroupSecurityRule#tcp_options}
    */
    readonly tcpOptions?: CoreNetworkSecurityGroupSecurityRuleTcpOptions;
    /**
    * timeouts block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_network_security_group_security_rule#timeouts CoreNetworkSecurityGroupSecurityRule#timeouts}
    */
    readonly timeouts?: CoreNetworkSecurityGroupSecurityRuleTimeouts;
    /**
    * udp_options block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_network_security_group_security_rule#udp_options CoreNetworkSecurityGroupSecurityRule#udp_options}
    */
    readonly udpOptions?: CoreNetworkSecurityGroupSecurityRuleUdpOptions;
}
export interface CoreNetworkSecurityGroupSecurityRuleIcmpOptions {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_network_security_group_security_rule#code CoreNetworkSecurityGroupSecurityRule#code}
    */
    readonly code?: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_network_security_group_security_rule#type CoreNetworkSecurityGroupSecurityRule#type}
    */
    readonly type: number;
}
export declare function coreNetworkSecurityGroupSecurityRuleIcmpOptionsToTerraform(struct?: CoreNetworkSecurityGroupSecurityRuleIcmpOptionsOutputReference | CoreNetworkSecurityGroupSecurityRuleIcmpOptions): any;
export declare function coreNetworkSecurityGroupSecurityRuleIcmpOptionsToHclTerraform(struct?: CoreNetworkSecurityGroupSecurityRuleIcmpOptionsOutputReference | CoreNetworkSecurityGroupSecurityRuleIcmpOptions): any;
export declare class CoreNetworkSecurityGroupSecurityRuleIcmpOptionsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): CoreNetworkSecurityGroupSecurityRuleIcmpOptions | undefined;
    set internalValue(value: CoreNetworkSecurityGroupSecurityRuleIcmpOptions | undefined);
    private _code?;
    get code(): number;
    set code(value: number);
    resetCode(): void;
    get codeInput(): number;
    private _type?;
    get type(): number;
    set type(value: number);
    get typeInput(): number;
}
export interface CoreNetworkSecurityGroupSecurityRuleTcpOptionsDestinationPortRange {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_network_security_group_security_rule#max CoreNetworkSecurityGroupSecurityRule#max}
    */
    readonly max: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_network_security_group_security_rule#min CoreNetworkSecurityGroupSecurityRule#min}
    */
    readonly min: number;
}
export declare function coreNetworkSecurityGroupSecurityRuleTcpOptionsDestinationPortRangeToTerraform(struct?: CoreNetworkSecurityGroupSecurityRuleTcpOptionsDestinationPortRangeOutputReference | CoreNetworkSecurityGroupSecurityRuleTcpOptionsDestinationPortRange): any;
export declare function coreNetworkSecurityGroupSecurityRuleTcpOptionsDestinationPortRangeToHclTerraform(struct?: CoreNetworkSecurityGroupSecurityRuleTcpOptionsDestinationPortRangeOutputReference | CoreNetworkSecurityGroupSecurityRuleTcpOptionsDestinationPortRange): any;
export declare class CoreNetworkSecurityGroupSecurityRuleTcpOptionsDestinationPortRangeOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): CoreNetworkSecurityGroupSecurityRuleTcpOptionsDestinationPortRange | undefined;
    set internalValue(value: CoreNetworkSecurityGroupSecurityRuleTcpOptionsDestinationPortRange | undefined);
    private _max?;
    get max(): number;
    set max(value: number);
    get maxInput(): number;
    private _min?;
    get min(): number;
    set min(value: number);
    get minInput(): number;
}
export interface CoreNetworkSecurityGroupSecurityRuleTcpOptionsSourcePortRange {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_network_security_group_security_rule#max CoreNetworkSecurityGroupSecurityRule#max}
    */
    readonly max: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_network_security_group_security_rule#min CoreNetworkSecurityGroupSecurityRule#min}
    */
    readonly min: number;
}
export declare function coreNetworkSecurityGroupSecurityRuleTcpOptionsSourcePortRangeToTerraform(struct?: CoreNetworkSecurityGroupSecurityRuleTcpOptionsSourcePortRangeOutputReference | CoreNetworkSecurityGroupSecurityRuleTcpOptionsSourcePortRange): any;
export declare function coreNetworkSecurityGroupSecurityRuleTcpOptionsSourcePortRangeToHclTerraform(struct?: CoreNetworkSecurityGroupSecurityRuleTcpOptionsSourcePortRangeOutputReference | CoreNetworkSecurityGroupSecurityRuleTcpOptionsSourcePortRange): any;
export declare class CoreNetworkSecurityGroupSecurityRuleTcpOptionsSourcePortRangeOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): CoreNetworkSecurityGroupSecurityRuleTcpOptionsSourcePortRange | undefined;
    set internalValue(value: CoreNetworkSecurityGroupSecurityRuleTcpOptionsSourcePortRange | undefined);
    private _max?;
    get max(): number;
    set max(value: number);
    get maxInput(): number;
    private _min?;
    get min(): number;
    set min(value: number);
    get minInput(): number;
}
export interface CoreNetworkSecurityGroupSecurityRuleTcpOptions {
    /**
    * destination_port_range block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_network_security_group_security_rule#destination_port_range CoreNetworkSecurityGroupSecurityRule#destination_port_range}
    */
    readonly destinationPortRange?: CoreNetworkSecurityGroupSecurityRuleTcpOptionsDestinationPortRange;
    /**
    * source_port_range block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_network_security_group_security_rule#source_port_range CoreNetworkSecurityGroupSecurityRule#source_port_range}
    */
    readonly sourcePortRange?: CoreNetworkSecurityGroupSecurityRuleTcpOptionsSourcePortRange;
}
export declare function coreNetworkSecurityGroupSecurityRuleTcpOptionsToTerraform(struct?: CoreNetworkSecurityGroupSecurityRuleTcpOptionsOutputReference | CoreNetworkSecurityGroupSecurityRuleTcpOptions): any;
export declare function coreNetworkSecurityGroupSecurityRuleTcpOptionsToHclTerraform(struct?: CoreNetworkSecurityGroupSecurityRuleTcpOptionsOutputReference | CoreNetworkSecurityGroupSecurityRuleTcpOptions): any;
export declare class CoreNetworkSecurityGroupSecurityRuleTcpOptionsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): CoreNetworkSecurityGroupSecurityRuleTcpOptions | undefined;
    set internalValue(value: CoreNetworkSecurityGroupSecurityRuleTcpOptions | undefined);
    private _destinationPortRange;
    get destinationPortRange(): CoreNetworkSecurityGroupSecurityRuleTcpOptionsDestinationPortRangeOutputReference;
    putDestinationPortRange(value: CoreNetworkSecurityGroupSecurityRuleTcpOptionsDestinationPortRange): void;
    resetDestinationPortRange(): void;
    get destinationPortRangeInput(): CoreNetworkSecurityGroupSecurityRuleTcpOptionsDestinationPortRange;
    private _sourcePortRange;
    get sourcePortRange(): CoreNetworkSecurityGroupSecurityRuleTcpOptionsSourcePortRangeOutputReference;
    putSourcePortRange(value: CoreNetworkSecurityGroupSecurityRuleTcpOptionsSourcePortRange): void;
    resetSourcePortRange(): void;
    get sourcePortRangeInput(): CoreNetworkSecurityGroupSecurityRuleTcpOptionsSourcePortRange;
}
export interface CoreNetworkSecurityGroupSecurityRuleTimeouts {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_network_security_group_security_rule#create CoreNetworkSecurityGroupSecurityRule#create}
    */
    readonly create?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_network_security_group_security_rule#delete CoreNetworkSecurityGroupSecurityRule#delete}
    */
    readonly delete?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_network_security_group_security_rule#update CoreNetworkSecurityGroupSecurityRule#update}
    */
    readonly update?: string;
}
export declare function coreNetworkSecurityGroupSecurityRuleTimeoutsToTerraform(struct?: CoreNetworkSecurityGroupSecurityRuleTimeouts | cdktf.IResolvable): any;
export declare function coreNetworkSecurityGroupSecurityRuleTimeoutsToHclTerraform(struct?: CoreNetworkSecurityGroupSecurityRuleTimeouts | cdktf.IResolvable): any;
export declare class CoreNetworkSecurityGroupSecurityRuleTimeoutsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): CoreNetworkSecurityGroupSecurityRuleTimeouts | cdktf.IResolvable | undefined;
    set internalValue(value: CoreNetworkSecurityGroupSecurityRuleTimeouts | cdktf.IResolvable | undefined);
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
export interface CoreNetworkSecurityGroupSecurityRuleUdpOptionsDestinationPortRange {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_network_security_group_security_rule#max CoreNetworkSecurityGroupSecurityRule#max}
    */
    readonly max: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_network_security_group_security_rule#min CoreNetworkSecurityGroupSecurityRule#min}
    */
    readonly min: number;
}
export declare function coreNetworkSecurityGroupSecurityRuleUdpOptionsDestinationPortRangeToTerraform(struct?: CoreNetworkSecurityGroupSecurityRuleUdpOptionsDestinationPortRangeOutputReference | CoreNetworkSecurityGroupSecurityRuleUdpOptionsDestinationPortRange): any;
export declare function coreNetworkSecurityGroupSecurityRuleUdpOptionsDestinationPortRangeToHclTerraform(struct?: CoreNetworkSecurityGroupSecurityRuleUdpOptionsDestinationPortRangeOutputReference | CoreNetworkSecurityGroupSecurityRuleUdpOptionsDestinationPortRange): any;
export declare class CoreNetworkSecurityGroupSecurityRuleUdpOptionsDestinationPortRangeOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): CoreNetworkSecurityGroupSecurityRuleUdpOptionsDestinationPortRange | undefined;
    set internalValue(value: CoreNetworkSecurityGroupSecurityRuleUdpOptionsDestinationPortRange | undefined);
    private _max?;
    get max(): number;
    set max(value: number);
    get maxInput(): number;
    private _min?;
    get min(): number;
    set min(value: number);
    get minInput(): number;
}
export interface CoreNetworkSecurityGroupSecurityRuleUdpOptionsSourcePortRange {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_network_security_group_security_rule#max CoreNetworkSecurityGroupSecurityRule#max}
    */
    readonly max: number;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_network_security_group_security_rule#min CoreNetworkSecurityGroupSecurityRule#min}
    */
    readonly min: number;
}
export declare function coreNetworkSecurityGroupSecurityRuleUdpOptionsSourcePortRangeToTerraform(struct?: CoreNetworkSecurityGroupSecurityRuleUdpOptionsSourcePortRangeOutputReference | CoreNetworkSecurityGroupSecurityRuleUdpOptionsSourcePortRange): any;
export declare function coreNetworkSecurityGroupSecurityRuleUdpOptionsSourcePortRangeToHclTerraform(struct?: CoreNetworkSecurityGroupSecurityRuleUdpOptionsSourcePortRangeOutputReference | CoreNetworkSecurityGroupSecurityRuleUdpOptionsSourcePortRange): any;
export declare class CoreNetworkSecurityGroupSecurityRuleUdpOptionsSourcePortRangeOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): CoreNetworkSecurityGroupSecurityRuleUdpOptionsSourcePortRange | undefined;
    set internalValue(value: CoreNetworkSecurityGroupSecurityRuleUdpOptionsSourcePortRange | undefined);
    private _max?;
    get max(): number;
    set max(value: number);
    get maxInput(): number;
    private _min?;
    get min(): number;
    set min(value: number);
    get minInput(): number;
}
export interface CoreNetworkSecurityGroupSecurityRuleUdpOptions {
    /**
    * destination_port_range block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_network_security_group_security_rule#destination_port_range CoreNetworkSecurityGroupSecurityRule#destination_port_range}
    */
    readonly destinationPortRange?: CoreNetworkSecurityGroupSecurityRuleUdpOptionsDestinationPortRange;
    /**
    * source_port_range block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_network_security_group_security_rule#source_port_range CoreNetworkSecurityGroupSecurityRule#source_port_range}
    */
    readonly sourcePortRange?: CoreNetworkSecurityGroupSecurityRuleUdpOptionsSourcePortRange;
}
export declare function coreNetworkSecurityGroupSecurityRuleUdpOptionsToTerraform(struct?: CoreNetworkSecurityGroupSecurityRuleUdpOptionsOutputReference | CoreNetworkSecurityGroupSecurityRuleUdpOptions): any;
export declare function coreNetworkSecurityGroupSecurityRuleUdpOptionsToHclTerraform(struct?: CoreNetworkSecurityGroupSecurityRuleUdpOptionsOutputReference | CoreNetworkSecurityGroupSecurityRuleUdpOptions): any;
export declare class CoreNetworkSecurityGroupSecurityRuleUdpOptionsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): CoreNetworkSecurityGroupSecurityRuleUdpOptions | undefined;
    set internalValue(value: CoreNetworkSecurityGroupSecurityRuleUdpOptions | undefined);
    private _destinationPortRange;
    get destinationPortRange(): CoreNetworkSecurityGroupSecurityRuleUdpOptionsDestinationPortRangeOutputReference;
    putDestinationPortRange(value: CoreNetworkSecurityGroupSecurityRuleUdpOptionsDestinationPortRange): void;
    resetDestinationPortRange(): void;
    get destinationPortRangeInput(): CoreNetworkSecurityGroupSecurityRuleUdpOptionsDestinationPortRange;
    private _sourcePortRange;
    get sourcePortRange(): CoreNetworkSecurityGroupSecurityRuleUdpOptionsSourcePortRangeOutputReference;
    putSourcePortRange(value: CoreNetworkSecurityGroupSecurityRuleUdpOptionsSourcePortRange): void;
    resetSourcePortRange(): void;
    get sourcePortRangeInput(): CoreNetworkSecurityGroupSecurityRuleUdpOptionsSourcePortRange;
}
/**
* Represents a {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_network_security_group_security_rule oci_core_network_security_group_security_rule}
*/
export declare class CoreNetworkSecurityGroupSecurityRule extends cdktf.TerraformResource {
    static readonly tfResourceType = "oci_core_network_security_group_security_rule";
    /**
    * Generates CDKTF code for importing a CoreNetworkSecurityGroupSecurityRule resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the CoreNetworkSecurityGroupSecurityRule to import
    * @param importFromId The id of the existing CoreNetworkSecurityGroupSecurityRule that should be imported. Refer to the {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_network_security_group_security_rule#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the CoreNetworkSecurityGroupSecurityRule to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/core_network_security_group_security_rule oci_core_network_security_group_security_rule} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options CoreNetworkSecurityGroupSecurityRuleConfig
    */
    constructor(scope: Construct, id: string, config: CoreNetworkSecurityGroupSecurityRuleConfig);
    private _description?;
    get description(): string;
    set description(value: string);
    resetDescription(): void;
    get descriptionInput(): string;
    private _destination?;
    get destination(): string;
    set destination(value: string);
    resetDestination(): void;
    get destinationInput(): string;
    private _destinationType?;
    get destinationType(): string;
    set destinationType(value: string);
    resetDestinationType(): void;
    get destinationTypeInput(): string;
    private _direction?;
    get direction(): string;
    set direction(value: string);
    get directionInput(): string;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string;
    get isValid(): cdktf.IResolvable;
    private _networkSecurityGroupId?;
    get networkSecurityGroupId(): string;
    set networkSecurityGroupId(value: string);
    get networkSecurityGroupIdInput(): string;
    private _protocol?;
    get protocol(): string;
    set protocol(value: string);
    get protocolInput(): string;
    private _source?;
    get source(): string;
    set source(value: string);
    resetSource(): void;
    get sourceInput(): string;
    private _sourceType?;
    get sourceType(): string;
    set sourceType(value: string);
    resetSourceType(): void;
    get sourceTypeInput(): string;
    private _stateless?;
    get stateless(): boolean | cdktf.IResolvable;
    set stateless(value: boolean | cdktf.IResolvable);
    resetStateless(): void;
    get statelessInput(): boolean | cdktf.IResolvable;
    get timeCreated(): string;
    private _icmpOptions;
    get icmpOptions(): CoreNetworkSecurityGroupSecurityRuleIcmpOptionsOutputReference;
    putIcmpOptions(value: CoreNetworkSecurityGroupSecurityRuleIcmpOptions): void;
    resetIcmpOptions(): void;
    get icmpOptionsInput(): CoreNetworkSecurityGroupSecurityRuleIcmpOptions;
    private _tcpOptions;
    get tcpOptions(): CoreNetworkSecurityGroupSecurityRuleTcpOptionsOutputReference;
    putTcpOptions(value: CoreNetworkSecurityGroupSecurityRuleTcpOptions): void;
    resetTcpOptions(): void;
    get tcpOptionsInput(): CoreNetworkSecurityGroupSecurityRuleTcpOptions;
    private _timeouts;
    get timeouts(): CoreNetworkSecurityGroupSecurityRuleTimeoutsOutputReference;
    putTimeouts(value: CoreNetworkSecurityGroupSecurityRuleTimeouts): void;
    resetTimeouts(): void;
    get timeoutsInput(): cdktf.IResolvable | CoreNetworkSecurityGroupSecurityRuleTimeouts;
    private _udpOptions;
    get udpOptions(): CoreNetworkSecurityGroupSecurityRuleUdpOptionsOutputReference;
    putUdpOptions(value: CoreNetworkSecurityGroupSecurityRuleUdpOptions): void;
    resetUdpOptions(): void;
    get udpOptionsInput(): CoreNetworkSecurityGroupSecurityRuleUdpOptions;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
