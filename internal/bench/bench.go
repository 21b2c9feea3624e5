// Package bench holds the policy benchmarks (bench_test.go; run them with
// scripts/bench-policy.sh): batch throughput of 10,000 project scenarios under the five
// regions with real plugin processes and in process, single evaluations for the batch-vs-single
// ratio, and evaluate/compare latency over HTTP against a real server in both plugin modes.
package bench

import "github.com/shegong/shegong/plugins/sdk"

// Regions are the five built-in regions, in the order the benchmarks ask for them.
var Regions = []string{"shenzhen", "hunan", "sichuan", "yunnan", "zhuzhou"}

// domains mixes a Shenzhen term, a high-risk term and a shared code, all of which every
// region reads (the host translates terms between regions).
var domains = []string{"社会救助", "精神卫生", "DOM-MENTAL"}

// Projects returns n deterministic project scenarios: budgets around the Shenzhen floor (both
// sides of it), headcounts 1..20, some with workers, so that every rule has work to do.
func Projects(n int) []sdk.Subject {
	out := make([]sdk.Subject, n)
	for i := range out {
		head := 1 + i%20
		posts := head * 4 / 5
		supervised := posts
		total := sdk.Yuan(int64(163000*head)) + sdk.Fen((i%7-3)*100) // -3..+3 yuan around the floor
		labor := total * 85 / 100
		p := &sdk.ProjectSpec{
			Domain: domains[i%len(domains)], Headcount: head, ProfessionalPosts: &posts, SupervisedWorkers: &supervised,
			Budget:       []sdk.BudgetLine{{Category: sdk.BudgetLabor, Amount: labor}, {Category: sdk.BudgetSupervision, Amount: total - labor}},
			PurchaseMode: []string{sdk.PurchaseProject, sdk.PurchasePost, ""}[i%3],
		}
		if i%3 == 0 {
			age, hours := 25+i%20, 60+i%40
			p.Workers = []sdk.WorkerSpec{{Age: &age, Education: sdk.EducationBachelor, Certificate: sdk.CertificateAssistant, TrainingHoursPerYear: &hours}}
		}
		out[i] = sdk.Subject{Project: p}
	}
	return out
}
