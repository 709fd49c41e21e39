import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataOciIdentityAvailabilityDomainsConfig extends cdktf.TerraformMetaArguments {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/data-sources/identity_availability_domains#compartment_id DataOciIdentityAvailabilityDomains#compartment_id}
    */
    readonly compartmentId: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/data-sources/identity_availability_domains#id DataOciIdentityAvailabilityDomains#id}
    *
    * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
    * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
    */
    readonly id?: string;
    /**
    * filter block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/data-sources/identity_availability_domains#filter DataOciIdentityAvailabilityDomains#filter}
    */
    readonly filter?: DataOciIdentityAvailabilityDomainsFilter[] | cdktf.IResolvable;
}
export interface DataOciIdentityAvailabilityDomainsAvailabilityDomains {
}
export declare function dataOciIdentityAvailabilityDomainsAvailabilityDomainsToTerraform(struct?: DataOciIdentityAvailabilityDomainsAvailabilityDomains): any;
export declare function dataOciIdentityAvailabilityDomainsAvailabilityDomainsToHclTerraform(struct?: DataOciIdentityAvailabilityDomainsAvailabilityDomains): any;
export declare class DataOciIdentityAvailabilityDomainsAvailabilityDomainsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataOciIdentityAvailabilityDomainsAvailabilityDomains | undefined;
    set internalValue(value: DataOciIdentityAvailabilityDomainsAvailabilityDomains | undefined);
    get compartmentId(): string;
    get id(): string;
    get name(): string;
}
export declare class DataOciIdentityAvailabilityDomainsAvailabilityDomainsList extends cdktf.ComplexList {
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
    get(index: number): DataOciIdentityAvailabilityDomainsAvailabilityDomainsOutputReference;
}
export interface DataOciIdentityAvailabilityDomainsFilter {
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/data-sources/identity_availability_domains#name DataOciIdentityAvailabilityDomains#name}
    */
    readonly name: string;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/data-sources/identity_availability_domains#regex DataOciIdentityAvailabilityDomains#regex}
    */
    readonly regex?: boolean | cdktf.IResolvable;
    /**
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/data-sources/identity_availability_domains#values DataOciIdentityAvailabilityDomains#values}
    */
    readonly values: string[];
}
export declare function dataOciIdentityAvailabilityDomainsFilterToTerraform(struct?: DataOciIdentityAvailabilityDomainsFilter | cdktf.IResolvable): any;
export declare function dataOciIdentityAvailabilityDomainsFilterToHclTerraform(struct?: DataOciIdentityAvailabilityDomainsFilter | cdktf.IResolvable): any;
export declare class DataOciIdentityAvailabilityDomainsFilterOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataOciIdentityAvailabilityDomainsFilter | cdktf.IResolvable | undefined;
    set internalValue(value: DataOciIdentityAvailabilityDomainsFilter | cdktf.IResolvable | undefined);
    private _name?;
    get name(): string;
    set name(value: string);
    get nameInput(): string;
    private _regex?;
    get regex(): boolean | cdktf.IResolvable;
    set regex(value: boolean | cdktf.IResolvable);
    resetRegex(): void;
    get regexInput(): boolean | cdktf.IResolvable;
    private _values?;
    get values(): string[];
    set values(value: string[]);
    get valuesInput(): string[];
}
export declare class DataOciIdentityAvailabilityDomainsFilterList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: DataOciIdentityAvailabilityDomainsFilter[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): DataOciIdentityAvailabilityDomainsFilterOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/data-sources/identity_availability_domains oci_identity_availability_domains}
*/
export declare class DataOciIdentityAvailabilityDomains extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "oci_identity_availability_domains";
    /**
    * Generates CDKTF code for importing a DataOciIdentityAvailabilityDomains resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataOciIdentityAvailabilityDomains to import
    * @param importFromId The id of the existing DataOciIdentityAvailabilityDomains that should be imported. Refer to the {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/data-sources/identity_availability_domains#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataOciIdentityAvailabilityDomains to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/oracle/oci/8.28.0/docs/data-sources/identity_availability_domains oci_identity_availability_domains} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataOciIdentityAvailabilityDomainsConfig
    */
    constructor(scope: Construct, id: string, config: DataOciIdentityAvailabilityDomainsConfig);
    private _availabilityDomains;
    get availabilityDomains(): DataOciIdentityAvailabilityDomainsAvailabilityDomainsList;
    private _compartmentId?;
    get compartmentId(): string;
    set compartmentId(value: string);
    get compartmentIdInput(): string;
    private _id?;
    get id(): string;
    set id(value: string);
    resetId(): void;
    get idInput(): string;
    private _filter;
    get filter(): DataOciIdentityAvailabilityDomainsFilterList;
    putFilter(value: DataOciIdentityAvailabilityDomainsFilter[] | cdktf.IResolvable): void;
    resetFilter(): void;
    get filterInput(): cdktf.IResolvable | DataOciIdentityAvailabilityDomainsFilter[];
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
