package scenario

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/shegong/shegong/internal/evaluate"
	"github.com/shegong/shegong/plugins/sdk"
)

// Evaluate runs every scenario under every region of the file (or regions, when given: a
// command-line or query override) on the file's date (or asOf, when not zero; today when
// neither is set) through evaluate.Batch — one batched plugin call per region and kind of rule,
// the same code path as GraphQL. It returns the regions and date used and rows indexed
// [scenario][region].
//
// A scenario a region cannot read fails the whole run with an *Error naming the scenario's key
// ("scenarios[3].subject.project.domain"), so a typo is reported rather than exported as an
// empty row; an unknown region is an *sdk.InputError on "regions[i]".
func (f *File) Evaluate(ctx context.Context, svc *evaluate.Service, regions []string, asOf sdk.Date) ([]string, sdk.Date, [][]*evaluate.Evaluation, error) {
	if len(regions) == 0 {
		regions = f.Regions
	}
	if len(regions) == 0 {
		regions = svc.Regions()
	}
	if asOf.IsZero() {
		asOf = f.AsOf
	}
	if asOf.IsZero() {
		asOf = evaluate.Today()
	}
	rows, err := svc.Batch(ctx, f.Subjects(), regions, asOf)
	if err != nil {
		var ie *sdk.InputError
		if errors.As(err, &ie) && strings.HasPrefix(ie.Field, "subjects[") {
			// Batch names subjects by index; the file calls them scenarios.
			return nil, asOf, nil, &Error{Field: "scenarios" + strings.TrimPrefix(ie.Field, "subjects"), Message: ie.Message}
		}
		return nil, asOf, nil, err
	}
	for i, row := range rows {
		for _, ev := range row {
			if len(ev.Invalid) == 0 {
				continue
			}
			inv := ev.Invalid[0]
			msg := fmt.Sprintf("%s (地区 / region %s)", inv.Message, inv.Region)
			if len(inv.Accepted) > 0 {
				msg += "; 可用值 / accepted: " + strings.Join(inv.Accepted, ", ")
			}
			return nil, asOf, nil, &Error{Field: fmt.Sprintf("scenarios[%d].subject.%s", i, snake(inv.Field)), Message: msg, Accepted: inv.Accepted}
		}
	}
	return regions, asOf, rows, nil
}

// snake turns the API's camelCase path ("project.cycleYears") into the file's snake_case keys
// ("project.cycle_years"), so the error names the key the user wrote.
func snake(path string) string {
	var b strings.Builder
	for _, r := range path {
		if r >= 'A' && r <= 'Z' {
			b.WriteByte('_')
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}
