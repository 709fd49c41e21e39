// Command terraform-schema-provider is a schema-only Terraform plugin (protocol 5).
//
// It serves the provider schema found in schema.json beside its executable, in the
// format of `terraform providers schema -json` with exactly one provider, and accepts
// every configuration that conforms to it. Terraform core itself checks types, required
// and unknown arguments, block counts and references against the schema, so
// `terraform init` and `terraform validate` run offline against it. It cannot plan or
// apply: those calls return an error. It stands in for a real provider only where the
// real plugin cannot be built (see docs/infra.md).
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hashicorp/terraform-plugin-go/tfprotov5"
	"github.com/hashicorp/terraform-plugin-go/tfprotov5/tf5server"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

type jsonAttribute struct {
	Type        json.RawMessage `json:"type"`
	Description string          `json:"description"`
	Required    bool            `json:"required"`
	Optional    bool            `json:"optional"`
	Computed    bool            `json:"computed"`
	Sensitive   bool            `json:"sensitive"`
}

type jsonBlockType struct {
	NestingMode string     `json:"nesting_mode"`
	Block       *jsonBlock `json:"block"`
	MinItems    int64      `json:"min_items"`
	MaxItems    int64      `json:"max_items"`
}

type jsonBlock struct {
	Attributes  map[string]jsonAttribute `json:"attributes"`
	BlockTypes  map[string]jsonBlockType `json:"block_types"`
	Description string                   `json:"description"`
}

type jsonSchema struct {
	Version int64      `json:"version"`
	Block   *jsonBlock `json:"block"`
}

type jsonProvider struct {
	Provider          jsonSchema            `json:"provider"`
	ResourceSchemas   map[string]jsonSchema `json:"resource_schemas"`
	DataSourceSchemas map[string]jsonSchema `json:"data_source_schemas"`
}

type jsonFile struct {
	ProviderSchemas map[string]jsonProvider `json:"provider_schemas"`
}

var nesting = map[string]tfprotov5.SchemaNestedBlockNestingMode{
	"single": tfprotov5.SchemaNestedBlockNestingModeSingle,
	"list":   tfprotov5.SchemaNestedBlockNestingModeList,
	"set":    tfprotov5.SchemaNestedBlockNestingModeSet,
	"map":    tfprotov5.SchemaNestedBlockNestingModeMap,
	"group":  tfprotov5.SchemaNestedBlockNestingModeGroup,
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func convertBlock(path string, in *jsonBlock) (*tfprotov5.SchemaBlock, error) {
	out := &tfprotov5.SchemaBlock{Description: in.Description}
	for _, name := range sortedKeys(in.Attributes) {
		a := in.Attributes[name]
		typ, err := tftypes.ParseJSONType(a.Type)
		if err != nil {
			return nil, fmt.Errorf("%s.%s: type %s: %w", path, name, a.Type, err)
		}
		out.Attributes = append(out.Attributes, &tfprotov5.SchemaAttribute{
			Name: name, Type: typ, Description: a.Description,
			Required: a.Required, Optional: a.Optional, Computed: a.Computed, Sensitive: a.Sensitive,
		})
	}
	for _, name := range sortedKeys(in.BlockTypes) {
		b := in.BlockTypes[name]
		mode, ok := nesting[b.NestingMode]
		if !ok || b.Block == nil {
			return nil, fmt.Errorf("%s.%s: bad nesting_mode %q or missing block", path, name, b.NestingMode)
		}
		block, err := convertBlock(path+"."+name, b.Block)
		if err != nil {
			return nil, err
		}
		out.BlockTypes = append(out.BlockTypes, &tfprotov5.SchemaNestedBlock{
			TypeName: name, Block: block, Nesting: mode, MinItems: b.MinItems, MaxItems: b.MaxItems,
		})
	}
	return out, nil
}

func convertSchema(path string, in jsonSchema) (*tfprotov5.Schema, error) {
	if in.Block == nil {
		in.Block = &jsonBlock{}
	}
	block, err := convertBlock(path, in.Block)
	if err != nil {
		return nil, err
	}
	return &tfprotov5.Schema{Version: in.Version, Block: block}, nil
}

func loadSchema() (*tfprotov5.GetProviderSchemaResponse, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	if resolved, err := filepath.EvalSymlinks(exe); err == nil {
		exe = resolved
	}
	file := filepath.Join(filepath.Dir(exe), "schema.json")
	raw, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("schema-only provider: %w", err)
	}
	var parsed jsonFile
	if err := json.Unmarshal(raw, &parsed); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	if len(parsed.ProviderSchemas) != 1 {
		return nil, fmt.Errorf("%s: expected exactly one provider, found %d", file, len(parsed.ProviderSchemas))
	}
	resp := &tfprotov5.GetProviderSchemaResponse{
		ResourceSchemas:   map[string]*tfprotov5.Schema{},
		DataSourceSchemas: map[string]*tfprotov5.Schema{},
	}
	for _, p := range parsed.ProviderSchemas {
		if resp.Provider, err = convertSchema("provider", p.Provider); err != nil {
			return nil, err
		}
		for name, s := range p.ResourceSchemas {
			if resp.ResourceSchemas[name], err = convertSchema(name, s); err != nil {
				return nil, err
			}
		}
		for name, s := range p.DataSourceSchemas {
			if resp.DataSourceSchemas[name], err = convertSchema(name, s); err != nil {
				return nil, err
			}
		}
	}
	return resp, nil
}

// server implements the calls `init` and `validate` make; the embedded nil interface
// makes any other call (plan, apply, import …) fail loudly instead of pretending.
type server struct {
	tfprotov5.ProviderServer
	schema *tfprotov5.GetProviderSchemaResponse
}

func notSupported(what string) []*tfprotov5.Diagnostic {
	return []*tfprotov5.Diagnostic{{
		Severity: tfprotov5.DiagnosticSeverityError,
		Summary:  "schema-only provider",
		Detail:   what + " is not supported: this plugin only serves a schema for `terraform validate`",
	}}
}

func (s *server) GetMetadata(context.Context, *tfprotov5.GetMetadataRequest) (*tfprotov5.GetMetadataResponse, error) {
	resp := &tfprotov5.GetMetadataResponse{}
	for name := range s.schema.ResourceSchemas {
		resp.Resources = append(resp.Resources, tfprotov5.ResourceMetadata{TypeName: name})
	}
	for name := range s.schema.DataSourceSchemas {
		resp.DataSources = append(resp.DataSources, tfprotov5.DataSourceMetadata{TypeName: name})
	}
	return resp, nil
}

func (s *server) GetProviderSchema(context.Context, *tfprotov5.GetProviderSchemaRequest) (*tfprotov5.GetProviderSchemaResponse, error) {
	return s.schema, nil
}

func (s *server) GetResourceIdentitySchemas(context.Context, *tfprotov5.GetResourceIdentitySchemasRequest) (*tfprotov5.GetResourceIdentitySchemasResponse, error) {
	return &tfprotov5.GetResourceIdentitySchemasResponse{IdentitySchemas: map[string]*tfprotov5.ResourceIdentitySchema{}}, nil
}

func (s *server) PrepareProviderConfig(_ context.Context, req *tfprotov5.PrepareProviderConfigRequest) (*tfprotov5.PrepareProviderConfigResponse, error) {
	return &tfprotov5.PrepareProviderConfigResponse{PreparedConfig: req.Config}, nil
}

func (s *server) ConfigureProvider(context.Context, *tfprotov5.ConfigureProviderRequest) (*tfprotov5.ConfigureProviderResponse, error) {
	return &tfprotov5.ConfigureProviderResponse{Diagnostics: notSupported("configuring the provider")}, nil
}

func (s *server) StopProvider(context.Context, *tfprotov5.StopProviderRequest) (*tfprotov5.StopProviderResponse, error) {
	return &tfprotov5.StopProviderResponse{}, nil
}

func (s *server) ValidateResourceTypeConfig(context.Context, *tfprotov5.ValidateResourceTypeConfigRequest) (*tfprotov5.ValidateResourceTypeConfigResponse, error) {
	return &tfprotov5.ValidateResourceTypeConfigResponse{}, nil
}

func (s *server) ValidateDataSourceConfig(context.Context, *tfprotov5.ValidateDataSourceConfigRequest) (*tfprotov5.ValidateDataSourceConfigResponse, error) {
	return &tfprotov5.ValidateDataSourceConfigResponse{}, nil
}

func (s *server) GetFunctions(context.Context, *tfprotov5.GetFunctionsRequest) (*tfprotov5.GetFunctionsResponse, error) {
	return &tfprotov5.GetFunctionsResponse{Functions: map[string]*tfprotov5.Function{}}, nil
}

func main() {
	schema, err := loadSchema()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	name := strings.TrimPrefix(filepath.Base(os.Args[0]), "terraform-provider-")
	if err := tf5server.Serve(name, func() tfprotov5.ProviderServer { return &server{schema: schema} }); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
