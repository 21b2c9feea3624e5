package hunan

import (
	"strings"
	"testing"

	"github.com/shegong/shegong/plugins/sdk"
)

// TestMessagesFollowParameters changes the numbers ruleset.yaml holds — the cycle and agreement
// years, the deployment months, the number of parties — and requires the messages to say the new
// numbers: a message that repeats a number of the text would keep the old one.
func TestMessagesFollowParameters(t *testing.T) {
	changed := strings.NewReplacer(
		"rule: HN-STAFF-DEPLOY-1-MONTH\n    kind: INTEGER\n    unit: calendar month\n    note: 文件以月计(1个月),不折算为天 / the document counts in months (1个月), not converted to days\n    values:\n      - {from: 2018-01-01, value: \"1\"}",
		"rule: HN-STAFF-DEPLOY-1-MONTH\n    kind: INTEGER\n    unit: calendar month\n    values:\n      - {from: 2018-01-01, value: \"2\"}",
		"      - {from: 2018-01-01, value: \"3\"}\n  - id: HN.contract.agreement_term_years", "      - {from: 2018-01-01, value: \"5\"}\n  - id: HN.contract.agreement_term_years",
		"values:\n      - {from: 2018-01-01, value: \"1\"}\n  - id: HN.target.station_coverage", "values:\n      - {from: 2018-01-01, value: \"2\"}\n  - id: HN.target.station_coverage",
		`{from: 2018-01-01, value: "2", quote: 服务协议由县(市、区)民政局和承接机构两方签订}`, `{from: 2018-01-01, value: "3", quote: 服务协议由县(市、区)民政局和承接机构两方签订}`,
	).Replace(string(rulesetYAML))
	rs, err := sdk.LoadRuleset([]byte(changed))
	if err != nil {
		t.Fatal(err)
	}
	p := &policy{rs: rs}
	for _, id := range []string{paramDeployMonths, paramCycleYears, paramAgreementYears, paramPartyCount} {
		a, _ := ruleset().Param(id, sdk.MustDate("2022-01-01"))
		b, _ := rs.Param(id, sdk.MustDate("2022-01-01"))
		if a.Value == b.Value {
			t.Fatalf("parameter %s unchanged (%s): the replacements no longer match ruleset.yaml", id, a.Value)
		}
	}
	asOf := sdk.MustDate("2022-06-01")
	signed := sdk.MustDate("2021-01-10")
	six, three := 6, 3
	pr := sdk.ProjectSpec{Domain: "社会救助", Programme: sdk.ProgrammeStation, Headcount: 2, Months: &six, CycleYears: &six,
		ContractSignedOn: &signed, ContractParties: &three,
		Purchaser: &sdk.PurchaserSpec{Level: sdk.LevelCounty, Type: sdk.PurchaserCivilAffairs},
		Workers:   []sdk.WorkerSpec{{}, {}}}
	f := p.cycle(asOf, pr)
	for _, want := range []string{"以5年为一个周期、周期内二年一签", "within a 5-year cycle"} {
		if !strings.Contains(f.MessageZh+f.MessageEn, want) {
			t.Errorf("cycle message lacks %q: %s / %s", want, f.MessageZh, f.MessageEn)
		}
	}
	if f := p.deploy(asOf, pr); !strings.Contains(f.MessageZh, "签约后2个月期限") || !strings.Contains(f.MessageEn, "two-month deadline") {
		t.Errorf("deploy message: %s / %s", f.MessageZh, f.MessageEn)
	}
	if f := p.contractParties(asOf, pr); f.Status != sdk.StatusPass || !strings.Contains(f.MessageZh, "承接机构三方签订") {
		t.Errorf("parties: %s %s", f.Status, f.MessageZh)
	}
}
