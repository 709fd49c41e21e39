import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface IdentityDynamicGroupConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/identity_dynamic_group#compartment_id IdentityDynamicGroup#compartment_id}
    */
    readonly compartmentId: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/identity_dynamic_group#defined_tags IdentityDynamicGroup#defined_tags}
    */
    readonly definedTags?: {
        [key: string]: string;
    };
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/identity_dynamic_group#description IdentityDynamicGroup#description}
    */
    readonly description: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/identity_dynamic_group#freeform_tags IdentityDynamicGroup#freeform_tags}
    */
    readonly freeformTags?: {
        [key: string]: string;
    };
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/identity_dynamic_group#id IdentityDynamicGroup#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/identity_dynamic_group#matching_rule IdentityDynamicGroup#matching_rule}
    */
    readonly matchingRule: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/identity_dynamic_group#name IdentityDynamicGroup#name}
    */
    readonly name: string;
    /**
    * timeouts block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/identity_dynamic_group#timeouts IdentityDynamicGroup#timeouts}
    */
    readonly timeouts?: IdentityDynamicGroupTimeouts;
}
export interface IdentityDynamicGroupTimeouts {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/identity_dynamic_group#create IdentityDynamicGroup#create}
    */
    readonly create?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/identity_dynamic_group#delete IdentityDynamicGroup#delete}
    */
    readonly delete?: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/identity_dynamic_group#update IdentityDynamicGroup#update}
    */
    readonly update?: string;
}
export declare function identityDynamicGroupTimeoutsToTerraform(struct?: IdentityDynamicGroupTimeouts | cdktf.IResolvable): any;
export declare function identityDynamicGroupTimeoutsToHclTerraform(struct?: IdentityDynamicGroupTimeouts | cdktf.IResolvable): any;
export declare class IdentityDynamicGroupTimeoutsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): IdentityDynamicGroupTimeouts | cdktf.IResolvable | undefined;
    set internalValue(value: IdentityDynamicGroupTimeouts | cdktf.IResolvable | undefined);
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
* Represents a {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/identity_dynamic_group oci_identity_dynamic_group}
*/
export declare class IdentityDynamicGroup extends cdktf.TerraformResource {
    static readonly tfResourceType = "oci_identity_dynamic_group";
    /**
    * Generates CDKTF code for importing a IdentityDynamicGroup resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the IdentityDynamicGroup to import
    * @param importFromId The id of the existing IdentityDynamicGroup that should be imported. Refer to the {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/identity_dynamic_group#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the IdentityDynamicGroup to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/resources/identity_dynamic_group oci_identity_dynamic_group} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options IdentityDynamicGroupConfig
    */
    constructor(scope: Construct, id: string, config: IdentityDynamicGroupConfig);
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
    private _description?;
    get description(): string;
    set description(value: string);
    get descriptionInput(): string;
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
    get inactiveState(): string;
    private _matchingRule?;
    get matchingRule(): string;
    set matchingRule(value: string);
    get matchingRuleInput(): string;
    private _name?;
    get name(): string;
    set name(value: string);
    get nameInput(): string;
    get state(): string;
    get timeCreated(): string;
    private _timeouts;
    get timeouts(): IdentityDynamicGroupTimeoutsOutputReference;
    putTimeouts(value: IdentityDynamicGroupTimeouts): void;
    resetTimeouts(): void;
    get timeoutsInput(): cdktf.IResolvable | IdentityDynamicGroupTimeouts;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
