package bench

import (
	"context"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/shegong/shegong/internal/evaluate"
	"github.com/shegong/shegong/plugins/sdk"
)

// randomSubjects returns n subjects of every kind from a fixed seed: projects with budgets,
// workers, dates and procurement facts on both sides of the rules, stations, organizations,
// workers and governments, and some a region cannot read (a headcount of 0, a worker born
// after asOf, a domain no region knows).
func randomSubjects(n int) []sdk.Subject {
	r := rand.New(rand.NewPCG(15, 1))
	maybe := func(v int) *int {
		if r.IntN(3) == 0 {
			return nil
		}
		return &v
	}
	flag := func() *bool {
		switch r.IntN(3) {
		case 0:
			return nil
		case 1:
			t := true
			return &t
		}
		f := false
		return &f
	}
	pick := func(xs []string) string {
		if r.IntN(4) == 0 {
			return ""
		}
		return xs[r.IntN(len(xs))]
	}
	date := func() *sdk.Date {
		if r.IntN(3) == 0 {
			return nil
		}
		d := sdk.MustDate("2019-01-01").AddDate(0, 0, r.IntN(6*365))
		return &d
	}
	worker := func() sdk.WorkerSpec {
		w := sdk.WorkerSpec{Age: maybe(18 + r.IntN(50)), Education: sdk.EducationLevels[r.IntN(len(sdk.EducationLevels))],
			Certificate: []sdk.CertificateLevel{"", sdk.CertificateNone, sdk.CertificateAssistant, sdk.CertificateIntermediate, sdk.CertificateSenior}[r.IntN(5)],
			LocalHukou:  flag(), PartyMember: flag(), TrainingHoursPerYear: maybe(r.IntN(120)), HiredOn: date(),
			PlatformFiled: flag(), LaborContract: flag(), PaidMonthly: flag(), EmployedByContractor: flag(), TrainedBeforeService: flag()}
		if r.IntN(2) == 0 {
			w.Major = "社会工作"
		}
		if r.IntN(3) == 0 {
			w.SocialInsurance = sdk.SocialInsurances[:r.IntN(len(sdk.SocialInsurances)+1)]
		}
		if r.IntN(50) == 0 { // invalid: born after asOf
			b := asOf.AddDate(0, 0, 1+r.IntN(300))
			w.Age, w.BirthDate = nil, &b
		}
		return w
	}
	workers := func(k int) []sdk.WorkerSpec {
		out := make([]sdk.WorkerSpec, k)
		for i := range out {
			out[i] = worker()
		}
		return out
	}
	out := make([]sdk.Subject, n)
	for i := range out {
		switch k := r.IntN(10); {
		case k < 6:
			head := 1 + r.IntN(25)
			if r.IntN(60) == 0 {
				head = 0 // invalid
			}
			total := sdk.Yuan(int64(150000+r.IntN(30000)) * int64(max(head, 1)))
			labor := total * sdk.Fen(60+r.IntN(40)) / 100
			p := &sdk.ProjectSpec{
				Domain:    domains[r.IntN(len(domains))],
				Headcount: head, ProfessionalPosts: maybe(r.IntN(head + 1)), SupervisedWorkers: maybe(r.IntN(head + 1)),
				Months: maybe(1 + r.IntN(24)), CycleYears: maybe(1 + r.IntN(5)), ContractSignedOn: date(),
				Programme: pick(sdk.Programmes), PurchaseMode: pick(sdk.PurchaseModes),
				ProcurementMethod: pick(sdk.ProcurementMethods), ServiceLevel: pick(sdk.AdminLevels),
				Workers: workers(r.IntN(4)), FundingYear: maybe(2018 + r.IntN(8)),
			}
			switch r.IntN(40) {
			case 0:
				p.Domain = "社区治理"
			case 1:
				p.Domain = "未知领域" // no region knows it
			}
			if r.IntN(5) != 0 {
				p.Budget = []sdk.BudgetLine{{Category: sdk.BudgetLabor, Amount: labor},
					{Category: sdk.BudgetCategories[1+r.IntN(len(sdk.BudgetCategories)-1)], Amount: total - labor}}
			}
			if r.IntN(2) == 0 {
				p.Purchaser = &sdk.PurchaserSpec{Level: pick(sdk.AdminLevels), Type: pick(sdk.PurchaserTypes)}
			}
			if r.IntN(3) == 0 {
				p.Evaluations = []sdk.EvaluationSpec{{Kind: sdk.EvaluationKinds[r.IntN(len(sdk.EvaluationKinds))], Rating: pick(sdk.EvaluationRatings), EvaluatedOn: date()}}
			}
			out[i] = sdk.Subject{Project: p}
		case k < 7:
			out[i] = sdk.Subject{Station: &sdk.StationSpec{Township: "某镇", Workers: workers(r.IntN(5)), AgreedHeadcount: maybe(r.IntN(6))}}
		case k < 8:
			staff := r.IntN(40)
			out[i] = sdk.Subject{Organization: &sdk.OrganizationSpec{FullTimeStaff: staff, QualifiedStaff: maybe(r.IntN(staff + 1)),
				PartyMembers: maybe(r.IntN(staff + 1)), HasPartyOrganization: flag(), RegistrationLevel: pick(sdk.AdminLevels),
				Category: pick(sdk.OrganizationCategories), AnnualInspection: pick(sdk.AnnualInspectionResults),
				PartyOrganizationMode: pick(sdk.PartyOrganizationModes), HasBoard: flag(), HasSupervisoryBoard: flag()}}
		case k < 9:
			w := worker()
			out[i] = sdk.Subject{Worker: &w}
		default:
			towns := r.IntN(200)
			out[i] = sdk.Subject{Government: &sdk.GovernmentSpec{Level: sdk.GovernmentLevels[r.IntN(len(sdk.GovernmentLevels))],
				Townships: maybe(towns), TownshipsWithStation: maybe(r.IntN(towns + 1)), SocialWorkers: maybe(r.IntN(5000)),
				HasIndustryAssociation: flag(), IsPilot: flag()}}
		}
	}
	return out
}

// Evaluate through real plugin processes (protocol 1.1: one Evaluate call per region and
// chunk, findings sent as tables of distinct strings) gives exactly what the same regions
// give in process, for a few thousand random subjects of every kind.
func TestPluginEvaluateMatchesInProcess(t *testing.T) {
	subjects := randomSubjects(3000)
	ctx := context.Background()
	viaPlugins, err := evaluate.New(processHost(t)).Batch(ctx, subjects, Regions, asOf)
	if err != nil {
		t.Fatal(err)
	}
	inProcess, err := evaluate.New(inProcessHost(t)).Batch(ctx, subjects, Regions, asOf)
	if err != nil {
		t.Fatal(err)
	}
	findings, invalid := 0, 0
	statuses := map[sdk.ComplianceStatus]int{}
	for i := range subjects {
		for j := range Regions {
			p, q := viaPlugins[i][j], inProcess[i][j]
			if p.Error != nil {
				t.Fatalf("subject %d under %s: %+v", i, Regions[j], p.Error)
			}
			for _, ev := range []*evaluate.Evaluation{p, q} {
				for k := range ev.EvaluatedBy {
					ev.EvaluatedBy[k].Builtin = false // process and in-process refs differ only in this
				}
			}
			if !reflect.DeepEqual(p, q) {
				t.Fatalf("subject %d (%s) under %s differs:\nplugins    %+v\nin process %+v", i, subjects[i].Kind(), Regions[j], p, q)
			}
			findings += len(p.Findings)
			if len(p.Invalid) > 0 {
				invalid++
			}
			statuses[p.Status]++
		}
	}
	// The subjects exercise the rules: findings, invalid input and more than one verdict.
	if findings < len(subjects) || invalid == 0 || invalid > len(subjects)*len(Regions)/5 || len(statuses) < 3 {
		t.Errorf("%d findings, %d invalid, statuses %v: the random subjects do not exercise the rules", findings, invalid, statuses)
	}
	t.Logf("%d subjects × %d regions: %d findings, %d invalid, statuses %v", len(subjects), len(Regions), findings, invalid, statuses)
}
