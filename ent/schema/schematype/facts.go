package schematype

import (
	"fmt"
	"io"
	"slices"
	"strconv"

	"github.com/shegong/shegong/plugins/sdk"
)

// The closed sets of the facts a stored project, worker, station or organisation carries for
// the rules (plugins/sdk/policy.go). Each is one Go type shared by the ent field that stores it
// and by the GraphQL enum of the same name (graph/policy.graphql, mapped in gqlgen.yml), so a
// value stored through createProject reads exactly like one given to evaluate. The accepted
// values are the sdk's lists, never a copy: Values returns the sdk list, and ent generates its
// validators from it (field.Enum(...).GoType(...)).

// AdminLevel is an administrative level (行政级别), one of sdk.AdminLevels.
type AdminLevel string

// PurchaserType is the kind of body that buys a service (购买主体类型), one of sdk.PurchaserTypes.
type PurchaserType string

// ProcurementMethod is how a contractor was chosen (采购方式), one of sdk.ProcurementMethods.
type ProcurementMethod string

// ProcurementException is the reason recorded for not using open tender (不公开招标的理由), one
// of sdk.ProcurementExceptions.
type ProcurementException string

// SocialInsurance is one of the five social insurances (五险), one of sdk.SocialInsurances.
type SocialInsurance string

// OrganizationCategory is the kind of social organisation (社会组织类别), one of
// sdk.OrganizationCategories.
type OrganizationCategory string

// PartyOrganizationMode is how a party organisation was formed (党组织组建方式), one of
// sdk.PartyOrganizationModes.
type PartyOrganizationMode string

// AnnualInspectionResult is the conclusion of an annual inspection (年检结论), one of
// sdk.AnnualInspectionResults.
type AnnualInspectionResult string

// ContractorReportKind is the kind of a contractor's report (承接机构报告), one of
// sdk.ReportKinds.
type ContractorReportKind string

// Values implements ent's EnumValues: the sdk's list.
func (AdminLevel) Values() []string             { return slices.Clone(sdk.AdminLevels) }
func (PurchaserType) Values() []string          { return slices.Clone(sdk.PurchaserTypes) }
func (ProcurementMethod) Values() []string      { return slices.Clone(sdk.ProcurementMethods) }
func (ProcurementException) Values() []string   { return slices.Clone(sdk.ProcurementExceptions) }
func (SocialInsurance) Values() []string        { return slices.Clone(sdk.SocialInsurances) }
func (OrganizationCategory) Values() []string   { return slices.Clone(sdk.OrganizationCategories) }
func (PartyOrganizationMode) Values() []string  { return slices.Clone(sdk.PartyOrganizationModes) }
func (AnnualInspectionResult) Values() []string { return slices.Clone(sdk.AnnualInspectionResults) }
func (ContractorReportKind) Values() []string   { return slices.Clone(sdk.ReportKinds) }

// String returns the value (ent's generated validators switch on it).
func (v AdminLevel) String() string             { return string(v) }
func (v PurchaserType) String() string          { return string(v) }
func (v ProcurementMethod) String() string      { return string(v) }
func (v ProcurementException) String() string   { return string(v) }
func (v SocialInsurance) String() string        { return string(v) }
func (v OrganizationCategory) String() string   { return string(v) }
func (v PartyOrganizationMode) String() string  { return string(v) }
func (v AnnualInspectionResult) String() string { return string(v) }
func (v ContractorReportKind) String() string   { return string(v) }

// MarshalGQL implements graphql.Marshaler.
func (v AdminLevel) MarshalGQL(w io.Writer)             { quote(w, string(v)) }
func (v PurchaserType) MarshalGQL(w io.Writer)          { quote(w, string(v)) }
func (v ProcurementMethod) MarshalGQL(w io.Writer)      { quote(w, string(v)) }
func (v ProcurementException) MarshalGQL(w io.Writer)   { quote(w, string(v)) }
func (v SocialInsurance) MarshalGQL(w io.Writer)        { quote(w, string(v)) }
func (v OrganizationCategory) MarshalGQL(w io.Writer)   { quote(w, string(v)) }
func (v PartyOrganizationMode) MarshalGQL(w io.Writer)  { quote(w, string(v)) }
func (v AnnualInspectionResult) MarshalGQL(w io.Writer) { quote(w, string(v)) }
func (v ContractorReportKind) MarshalGQL(w io.Writer)   { quote(w, string(v)) }

// UnmarshalGQL implements graphql.Unmarshaler: one of Values, else an error naming the type.
func (v *AdminLevel) UnmarshalGQL(x any) error    { return unmarshal(v, x, "AdminLevel") }
func (v *PurchaserType) UnmarshalGQL(x any) error { return unmarshal(v, x, "PurchaserType") }
func (v *ProcurementMethod) UnmarshalGQL(x any) error {
	return unmarshal(v, x, "ProcurementMethod")
}
func (v *ProcurementException) UnmarshalGQL(x any) error {
	return unmarshal(v, x, "ProcurementException")
}
func (v *SocialInsurance) UnmarshalGQL(x any) error { return unmarshal(v, x, "SocialInsurance") }
func (v *OrganizationCategory) UnmarshalGQL(x any) error {
	return unmarshal(v, x, "OrganizationCategory")
}
func (v *PartyOrganizationMode) UnmarshalGQL(x any) error {
	return unmarshal(v, x, "PartyOrganizationMode")
}
func (v *AnnualInspectionResult) UnmarshalGQL(x any) error {
	return unmarshal(v, x, "AnnualInspectionResult")
}
func (v *ContractorReportKind) UnmarshalGQL(x any) error {
	return unmarshal(v, x, "ContractorReportKind")
}

func quote(w io.Writer, s string) { _, _ = io.WriteString(w, strconv.Quote(s)) }

// factEnum is the constraint of the types above.
type factEnum interface {
	~string
	Values() []string
}

func unmarshal[T factEnum](v *T, x any, name string) error {
	s, ok := x.(string)
	if !ok || !slices.Contains((*v).Values(), s) {
		return fmt.Errorf("%v is not a valid %s", x, name)
	}
	*v = T(s)
	return nil
}

// Strings converts a list of enum values to their names, keeping nil (not given) apart from an
// empty list (none).
func Strings[T ~string](in []T) []string {
	if in == nil {
		return nil
	}
	out := make([]string, len(in))
	for i, v := range in {
		out[i] = string(v)
	}
	return out
}
