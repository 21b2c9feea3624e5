package graph

import (
	"reflect"
	"testing"
	"time"

	"github.com/shegong/shegong/ent/schema/schematype"
	"github.com/shegong/shegong/graph/model"
	"github.com/shegong/shegong/plugins/sdk"
)

// fill sets every field of the struct v points to, recursively: pointers allocated, lists
// given one element, strings, numbers and booleans non-zero, times a fixed day.
func fill(t *testing.T, v reflect.Value) {
	t.Helper()
	switch v.Kind() {
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(t, v.Elem())
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[time.Time]() {
			v.Set(reflect.ValueOf(time.Date(2020, 12, 31, 0, 0, 0, 0, time.UTC)))
			return
		}
		for i := range v.NumField() {
			fill(t, v.Field(i))
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		fill(t, v.Index(0))
	case reflect.String:
		v.SetString("X")
	case reflect.Int, reflect.Int64:
		v.SetInt(7)
	case reflect.Bool:
		v.SetBool(true)
	default:
		t.Fatalf("fill: unhandled %s", v.Type())
	}
}

// unset lists the paths of every zero field below v: a field the mapping forgot.
func unset(v reflect.Value, path string) []string {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return []string{path}
		}
		return unset(v.Elem(), path)
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[sdk.Date]() {
			if v.Interface().(sdk.Date).IsZero() {
				return []string{path}
			}
			return nil
		}
		var out []string
		for i := range v.NumField() {
			out = append(out, unset(v.Field(i), path+"."+v.Type().Field(i).Name)...)
		}
		return out
	case reflect.Slice:
		if v.Len() == 0 {
			return []string{path}
		}
		var out []string
		for i := range v.Len() {
			out = append(out, unset(v.Index(i), path+"[]")...)
		}
		return out
	default:
		if v.IsZero() {
			return []string{path}
		}
		return nil
	}
}

// TestSubjectOfMapsEveryField: an input with every field set maps to SDK specs with every field
// set, for each of the five subject kinds and every nested input (purchaser, filings, reports,
// catalogue, acts …); a new SDK fact that the GraphQL input lacks, or that subjectOf drops,
// fails here.
func TestSubjectOfMapsEveryField(t *testing.T) {
	var in model.SubjectInput
	fill(t, reflect.ValueOf(&in).Elem())
	s := subjectOf(&in)
	for _, p := range unset(reflect.ValueOf(s), "subject") {
		t.Errorf("not mapped: %s", p)
	}
	if g := s.Government; g.Level != "X" || g.Acts[0].On.String() != "2020-12-31" || *g.PackageStandard != 7 {
		t.Errorf("government: %+v", g)
	}
	if p := s.Project; p.Purchaser.Level != "X" || p.Filings[0].FiledOn.String() != "2020-12-31" || *p.LocalPackageStandard != 7 || p.Reports[0].Kind != "X" {
		t.Errorf("project: %+v", p)
	}
}

// TestSubjectOfNilVersusEmpty: an omitted list stays nil (not given: INSUFFICIENT_INPUT) and
// [] stays a non-nil empty list (none), for every list of every subject kind.
func TestSubjectOfNilVersusEmpty(t *testing.T) {
	omitted := &model.SubjectInput{
		Project:      &model.ProjectSpecInput{},
		Station:      &model.StationSpecInput{},
		Organization: &model.OrganizationSpecInput{},
		Worker:       &model.WorkerSpecInput{},
		Government:   &model.GovernmentSpecInput{Catalog: &model.GuidanceCatalogInput{}, Acts: []*model.GovernmentActInput{{}}},
	}
	empty := &model.SubjectInput{
		Project: &model.ProjectSpecInput{Budget: []*model.BudgetLineInput{}, Workers: []*model.WorkerSpecInput{},
			Evaluations: []*model.EvaluationSpecInput{}, ContractClauses: []string{}, Specification: []string{},
			FundingSources: []string{}, Filings: []*model.FilingInput{}, Reports: []*model.ContractorReportInput{}},
		Station:      &model.StationSpecInput{Workers: []*model.WorkerSpecInput{}, Facilities: []string{}, Systems: []string{}},
		Organization: &model.OrganizationSpecInput{RegistrationConditions: []string{}, Disclosures: []string{}},
		Worker:       &model.WorkerSpecInput{SocialInsurance: []schematype.SocialInsurance{}},
		Government: &model.GovernmentSpecInput{Catalog: &model.GuidanceCatalogInput{ItemLevels: []schematype.AdminLevel{}},
			Acts: []*model.GovernmentActInput{{Sections: []string{}}}},
	}
	lists := func(s sdk.Subject) map[string]reflect.Value {
		g := s.Government
		return map[string]reflect.Value{
			"project.budget": reflect.ValueOf(s.Project.Budget), "project.workers": reflect.ValueOf(s.Project.Workers),
			"project.evaluations": reflect.ValueOf(s.Project.Evaluations), "project.contractClauses": reflect.ValueOf(s.Project.ContractClauses),
			"project.specification": reflect.ValueOf(s.Project.Specification), "project.fundingSources": reflect.ValueOf(s.Project.FundingSources),
			"project.filings": reflect.ValueOf(s.Project.Filings), "project.reports": reflect.ValueOf(s.Project.Reports),
			"station.workers": reflect.ValueOf(s.Station.Workers), "station.facilities": reflect.ValueOf(s.Station.Facilities),
			"station.systems":                     reflect.ValueOf(s.Station.Systems),
			"organization.registrationConditions": reflect.ValueOf(s.Organization.RegistrationConditions),
			"organization.disclosures":            reflect.ValueOf(s.Organization.Disclosures),
			"worker.socialInsurance":              reflect.ValueOf(s.Worker.SocialInsurance),
			"government.catalog.itemLevels":       reflect.ValueOf(g.Catalog.ItemLevels),
			"government.acts[0].sections":         reflect.ValueOf(g.Acts[0].Sections),
		}
	}
	for path, v := range lists(subjectOf(omitted)) {
		if !v.IsNil() {
			t.Errorf("%s omitted: got %v, want nil (not given)", path, v)
		}
	}
	for path, v := range lists(subjectOf(empty)) {
		if v.IsNil() || v.Len() != 0 {
			t.Errorf("%s []: got nil or non-empty, want an empty list (none)", path)
		}
	}
	if g := subjectOf(&model.SubjectInput{Government: &model.GovernmentSpecInput{}}).Government; g.Acts != nil || g.Catalog != nil {
		t.Errorf("government without acts or catalog: %+v", g)
	}
	if g := subjectOf(&model.SubjectInput{Government: &model.GovernmentSpecInput{Acts: []*model.GovernmentActInput{}}}).Government; g.Acts == nil {
		t.Errorf("government acts []: nil, want empty")
	}
	if k := subjectOf(&model.SubjectInput{Government: &model.GovernmentSpecInput{Level: model.GovernmentLevelCity}}).Kind(); k != sdk.SubjectGovernment {
		t.Errorf("kind %q, want government", k)
	}
}
