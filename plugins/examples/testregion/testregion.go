// Package testregion is a deliberately tiny region policy, outside the built-in set, used to
// exercise the plugin host and the conformance kit: one budget rule, one staffing rule, and
// magic project domains that make it misbehave on demand:
//
//	"__panic__"  panics inside the rule
//	"__exit__"   exits the process (a crash mid-call)
//	"__hang__"   blocks forever, ignoring the context (a hung plugin)
//	"__slow__"   takes 20ms, honouring the context (an in-flight call to drain on reload)
//	"__mislabel__"        labels its finding with region "shenzhen", whatever region it is
//	"__describe_count__"  answers how many Describe calls this process has served (in Actual)
//
// Options.FailDescribe makes the Describe RPC fail (Ping still answers), to test how the host
// refuses a plugin that cannot describe itself.
package testregion

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"sync/atomic"
	"time"

	"google.golang.org/grpc"

	"github.com/shegong/shegong/plugins/sdk"
)

// Magic domains; see the package comment.
const (
	DomainPanic = "__panic__"
	DomainExit  = "__exit__"
	DomainHang  = "__hang__"
	DomainSlow  = "__slow__"
	// DomainMislabel makes the finding claim another region ("shenzhen"), as a buggy or
	// malicious plugin could; the host must not pass that on.
	DomainMislabel = "__mislabel__"
	// DomainDescribeCount returns a NOT_APPLICABLE finding whose Actual is the number of
	// Describe RPCs this process has answered, so a test can see whether the host described
	// a given process or reused its cached description.
	DomainDescribeCount = "__describe_count__"
)

// MislabelRegion is the region DomainMislabel findings claim.
const MislabelRegion = "shenzhen"

// describeMethod is the full gRPC method of the protocol's Describe call. The SDK also
// describes the policy once on the first Ping (to answer with its version), so counting
// every Describe call would count pings too; only the Describe RPC is the host asking.
const describeMethod = "/shegong.policy.v1.RegionPolicy/Describe"

// describeRPCs counts the Describe RPCs this process has answered.
var describeRPCs atomic.Int64

// isDescribeRPC reports whether ctx is the server context of a Describe RPC.
func isDescribeRPC(ctx context.Context) bool {
	m, ok := grpc.Method(ctx)
	return ok && m == describeMethod
}

// Options name the region the policy claims to be, so that one binary can pose as a
// built-in (to test replacement) or as a new version (to test reload).
type Options struct {
	Code    string // default "testregion"
	Version string // default "1.0.0"
	Parent  string
	// FailDescribe makes every Describe RPC fail; Ping, which describes in process without
	// the RPC, still answers, so the handshake succeeds and the host's Describe is refused.
	FailDescribe bool
}

// New returns the test policy.
func New(o Options) sdk.Policy {
	if o.Code == "" {
		o.Code = "testregion"
	}
	if o.Version == "" {
		o.Version = "1.0.0"
	}
	return &policy{opts: o}
}

type policy struct {
	opts     Options
	reformed []sdk.Parameter // the parameters under a reform; nil: the region's own
}

var (
	inForce   = sdk.Validity{From: sdk.MustDate("2020-01-01")}
	doc       = sdk.Citation{Document: "TR-2020", Title: "测试区社会工作服务办法", Clause: "三"}
	budgetCit = withQuote(doc, "每人每年经费不低于10万元")
	staffCit  = withQuote(doc, "持证社会工作者不少于三分之一")
	perWorker = sdk.Yuan(100000)
	certShare = sdk.Ratio{Num: 1, Den: 3}
)

const (
	ruleBudget = "TR-BUDGET-PACKAGE-MIN"
	ruleStaff  = "TR-STAFF-CERTIFIED-SHARE"
)

func withQuote(c sdk.Citation, q string) sdk.Citation { c.Quote = q; return c }

func (p *policy) Describe(ctx context.Context) (*sdk.Description, error) {
	if isDescribeRPC(ctx) {
		describeRPCs.Add(1)
		if p.opts.FailDescribe {
			return nil, errors.New("测试区故意拒绝描述 / testregion fails Describe on purpose")
		}
	}
	return &sdk.Description{
		Region: sdk.RegionInfo{
			Code: p.opts.Code, NameZh: "测试区", NameEn: "Test Region", Level: "city",
			AdminCode: "999999", Parent: p.opts.Parent,
		},
		PluginVersion: p.opts.Version,
		Documents: []sdk.Document{{
			Key: "TR-2020", TitleZh: doc.Title, TitleEn: "Test Region social-work measures",
			Issuer: "测试区民政局", IssuedOn: sdk.MustDate("2019-12-01"), Validity: inForce,
		}},
		Rules: []sdk.Rule{
			{ID: ruleBudget, Concept: "budget.package_per_worker_year_min", Category: "budget",
				TitleZh: "每人每年经费下限", TitleEn: "Per-worker yearly funding floor",
				AppliesTo: []sdk.SubjectKind{sdk.SubjectProject}, Status: sdk.RuleModelled, Validity: inForce, Citation: budgetCit},
			{ID: ruleStaff, Concept: "staffing.certified_share_min", Category: "staffing",
				TitleZh: "持证比例下限", TitleEn: "Certified share floor",
				AppliesTo: []sdk.SubjectKind{sdk.SubjectProject, sdk.SubjectStation, sdk.SubjectOrganization},
				Status:    sdk.RuleModelled, Validity: inForce, Citation: staffCit},
		},
		Parameters: parameters,
		Coverage: []sdk.Coverage{
			{Concept: "budget.package_per_worker_year_min", Status: sdk.CoverageDefined, RuleIDs: []string{ruleBudget}},
			{Concept: "staffing.certified_share_min", Status: sdk.CoverageDefined, RuleIDs: []string{ruleStaff}},
			{Concept: "staffing.worker_age_max", Status: sdk.CoverageNotRegulated},
		},
		Catalog: catalog,
	}, nil
}

// parameters are the region's dated values. The budget rule reads its floor from them, so a
// reform of TR.budget.package_min changes it; the share rule keeps its constant.
var parameters = []sdk.Parameter{
	{ID: paramPackageMin, RuleID: ruleBudget, Concept: "budget.package_per_worker_year_min",
		Kind: sdk.KindMoney, Value: perWorker.String(), Unit: "CNY/person/year", Validity: inForce, Citation: budgetCit},
	{ID: "TR.staffing.certified_share_min", RuleID: ruleStaff, Concept: "staffing.certified_share_min",
		Kind: sdk.KindRatio, Value: certShare.String(), Unit: "ratio", Validity: inForce, Citation: staffCit},
}

// paramPackageMin is the parameter of the budget rule's floor.
const paramPackageMin = "TR.budget.package_min"

// Reforms is true: the budget rule reads its floor from the parameters.
func (p *policy) Reforms() bool { return true }

// Reform returns the policy with the overrides applied to its parameters.
func (p *policy) Reform(overrides []sdk.Override) (sdk.Policy, error) {
	norm, err := sdk.NormalizeOverrides(p.params(), overrides)
	if err != nil {
		return nil, err
	}
	return &policy{opts: p.opts, reformed: sdk.ApplyOverrides(p.params(), norm)}, nil
}

func (p *policy) params() []sdk.Parameter {
	if p.reformed != nil {
		return p.reformed
	}
	return parameters
}

// floor is the budget rule's floor per worker-year on asOf.
func (p *policy) floor(asOf sdk.Date) (sdk.Fen, bool) {
	for _, prm := range p.params() {
		if prm.ID == paramPackageMin && prm.Validity.Contains(asOf) {
			f, err := sdk.ParseYuan(prm.Value)
			return f, err == nil
		}
	}
	return 0, false
}

var catalog = []sdk.CatalogItem{{
	Code: "TR-DOM-01", Kind: "domain", TermZh: "精神卫生", TermEn: "Mental health",
	SharedCodes: []string{"DOM-MENTAL"}, Match: "=", Validity: inForce, Citation: withQuote(doc, "精神卫生"),
}}

func knownDomain(d string) bool { return d == "DOM-MENTAL" || d == "精神卫生" }

func (p *policy) Budget(ctx context.Context, asOf sdk.Date, projects []sdk.ProjectSpec) ([]sdk.BudgetResult, error) {
	out := make([]sdk.BudgetResult, len(projects))
	for i, pr := range projects {
		switch pr.Domain {
		case DomainPanic:
			panic("testregion: panic requested")
		case DomainExit:
			fmt.Fprintln(os.Stderr, "testregion: exit requested")
			os.Exit(3)
		case DomainHang:
			select {}
		case DomainSlow:
			select {
			case <-time.After(20 * time.Millisecond):
			case <-ctx.Done():
				return nil, ctx.Err()
			}
			pr.Domain = "DOM-MENTAL"
		case DomainDescribeCount:
			out[i].Findings = []sdk.Finding{{RuleID: ruleBudget, Concept: "budget.package_per_worker_year_min",
				Status: sdk.StatusNotApplicable, Actual: strconv.FormatInt(describeRPCs.Load(), 10),
				MessageZh: "测试用：本进程已响应的 Describe 调用次数", MessageEn: "test only: Describe calls this process has answered",
				Citation: budgetCit}}
			continue
		}
		mislabel := pr.Domain == DomainMislabel
		if mislabel {
			pr.Domain = "DOM-MENTAL"
		}
		if !knownDomain(pr.Domain) {
			out[i].Invalid = &sdk.InputError{Field: "project.domain",
				Message:  "测试区无此服务领域 / unknown service domain",
				Accepted: []string{"DOM-MENTAL", "精神卫生"}}
			continue
		}
		perYear, ok := p.floor(asOf)
		if !inForce.Contains(asOf) || !ok {
			out[i].Findings = []sdk.Finding{notInForce(ruleBudget, "budget.package_per_worker_year_min", budgetCit, asOf)}
			continue
		}
		months := int64(pr.MonthsOrDefault())
		floor := sdk.Fen(int64(perYear) * int64(pr.Headcount) * months / 12)
		out[i].Requirement = &sdk.BudgetRequirement{MinimumTotal: &floor}
		f := sdk.Finding{RuleID: ruleBudget, Concept: "budget.package_per_worker_year_min",
			Required: ">= " + floor.String(), Citation: budgetCit}
		if pr.Budget == nil {
			f.Status = sdk.StatusInsufficientInput
			f.MessageZh, f.MessageEn = "未提供预算", "no budget given"
		} else {
			var total sdk.Fen
			for _, l := range pr.Budget {
				total += l.Amount
			}
			f.Actual = total.String()
			if total >= floor {
				f.Status = sdk.StatusPass
				f.MessageZh, f.MessageEn = "经费达到下限", "funding meets the floor"
			} else {
				f.Status = sdk.StatusFail
				f.Remedy = fmt.Sprintf("需再增加 %s 元 / %s yuan more needed", floor-total, floor-total)
				f.MessageZh, f.MessageEn = "经费低于下限", "funding below the floor"
			}
		}
		if mislabel {
			f.Region = MislabelRegion
		}
		out[i].Findings = []sdk.Finding{f}
	}
	return out, nil
}

func (p *policy) Staffing(_ context.Context, asOf sdk.Date, subjects []sdk.Subject) ([]sdk.StaffingResult, error) {
	out := make([]sdk.StaffingResult, len(subjects))
	for i, s := range subjects {
		var certified, total int
		var known bool
		switch {
		case s.Government != nil:
			continue // the share rule binds providers, not governments: no finding
		case s.Worker != nil:
			out[i].Findings = []sdk.Finding{{RuleID: ruleStaff, Concept: "staffing.certified_share_min",
				Status: sdk.StatusNotApplicable, MessageZh: "比例规则不适用于单个社工", MessageEn: "a share rule does not apply to one worker",
				Citation: staffCit}}
			continue
		case s.Organization != nil:
			total = s.Organization.FullTimeStaff
			if s.Organization.QualifiedStaff != nil {
				certified, known = *s.Organization.QualifiedStaff, true
			}
		default:
			var workers []sdk.WorkerSpec
			if s.Project != nil {
				workers = s.Project.Workers
			} else {
				workers = s.Station.Workers
			}
			total, known = len(workers), true
			for _, w := range workers {
				if w.Certificate.Certified() {
					certified++
				}
			}
		}
		if !inForce.Contains(asOf) {
			out[i].Findings = []sdk.Finding{notInForce(ruleStaff, "staffing.certified_share_min", staffCit, asOf)}
			continue
		}
		f := sdk.Finding{RuleID: ruleStaff, Concept: "staffing.certified_share_min", Required: ">= " + certShare.String(), Citation: staffCit}
		switch {
		case !known:
			f.Status, f.MessageZh, f.MessageEn = sdk.StatusInsufficientInput, "未提供持证人数", "certified staff count not given"
		case certShare.AtLeast(int64(certified), int64(total)):
			f.Status, f.Actual = sdk.StatusPass, fmt.Sprintf("%d/%d", certified, total)
			f.MessageZh, f.MessageEn = "持证比例达标", "certified share met"
		default:
			need := certShare.MinPart(int64(total)) - int64(certified)
			f.Status, f.Actual = sdk.StatusFail, fmt.Sprintf("%d/%d", certified, total)
			f.Remedy = fmt.Sprintf("需再增加 %d 名持证社工 / %d more certified worker(s) needed", need, need)
			f.MessageZh, f.MessageEn = "持证比例不足", "certified share below the floor"
		}
		if s.Project != nil && s.Project.Domain == DomainMislabel {
			f.Region = MislabelRegion
		}
		out[i].Findings = []sdk.Finding{f}
	}
	return out, nil
}

func (p *policy) Catalog(_ context.Context, asOf sdk.Date) (*sdk.CatalogResult, error) {
	res := &sdk.CatalogResult{}
	for _, c := range catalog {
		if c.Validity.Contains(asOf) {
			res.Items = append(res.Items, c)
		}
	}
	return res, nil
}

func notInForce(rule, concept string, c sdk.Citation, asOf sdk.Date) sdk.Finding {
	return sdk.Finding{RuleID: rule, Concept: concept, Status: sdk.StatusNotInForce, Citation: c,
		MessageZh: "规则在 " + asOf.String() + " 尚未施行", MessageEn: "rule not in force on " + asOf.String()}
}
