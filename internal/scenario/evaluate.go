package scenario

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/shegong/shegong/internal/evaluate"
	"github.com/shegong/shegong/plugins/sdk"
)

// Evaluate runs every scenario under every region of the file (or regions, when given: a
// command-line or query override) on the file's date (or asOf, when not zero; today when
// neither is set) through evaluate.Batch — one batched plugin call per region (and batch of 2,000
// scenarios), the same code path as GraphQL. It returns the regions and date used and rows indexed
// [scenario][region].
//
// A scenario a region cannot read fails the whole run with an *Error naming the scenario's key
// ("scenarios[3].subject.project.domain"), so a typo is reported rather than exported as an
// empty row; an unknown region is an *sdk.InputError on "regions[i]".
func (f *File) Evaluate(ctx context.Context, svc *evaluate.Service, regions []string, asOf sdk.Date) ([]string, sdk.Date, [][]*evaluate.Evaluation, error) {
	regions, asOf = f.Defaults(svc, regions, asOf)
	rows := make([][]*evaluate.Evaluation, 0, len(f.Scenarios))
	err := f.EvaluateEach(ctx, svc, regions, asOf, len(f.Scenarios), func(_ int, chunk [][]*evaluate.Evaluation) error {
		rows = append(rows, chunk...)
		return nil
	})
	if err != nil {
		return nil, asOf, nil, err
	}
	return regions, asOf, rows, nil
}

// Defaults returns the regions and date Evaluate and EvaluateEach use: the arguments when
// given, else the file's, else every loaded region and today in China.
func (f *File) Defaults(svc *evaluate.Service, regions []string, asOf sdk.Date) ([]string, sdk.Date) {
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
	return regions, asOf
}

// EvaluateEach evaluates the scenarios as Evaluate does, size at a time (evaluate.ChunkSize when
// size ≤ 0), and hands each chunk's rows, from scenario first on, to fn before evaluating the
// next: a writer of the rows holds one chunk at a time. Errors are Evaluate's; a scenario a region
// cannot read is found when its chunk is evaluated, after fn has had the chunks before it.
func (f *File) EvaluateEach(ctx context.Context, svc *evaluate.Service, regions []string, asOf sdk.Date, size int, fn func(first int, rows [][]*evaluate.Evaluation) error) error {
	return f.EvaluateRange(ctx, svc, regions, asOf, 0, len(f.Scenarios), size, fn)
}

// EvaluateRange is EvaluateEach over the scenarios from (inclusive) to end (exclusive) only: the
// first index fn gets and the scenario an error names count from the start of the file, so a
// client running a file part by part sees each scenario by its place in the file.
func (f *File) EvaluateRange(ctx context.Context, svc *evaluate.Service, regions []string, asOf sdk.Date, from, end, size int, fn func(first int, rows [][]*evaluate.Evaluation) error) error {
	if from < 0 || end > len(f.Scenarios) || from > end {
		return fmt.Errorf("scenario: range [%d, %d) outside the file's %d scenarios", from, end, len(f.Scenarios))
	}
	regions, asOf = f.Defaults(svc, regions, asOf)
	subjects := f.Subjects()[from:end]
	err := svc.Chunks(ctx, subjects, regions, asOf, size, func(first int, rows [][]*evaluate.Evaluation) error {
		first += from
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
				return &Error{Field: fmt.Sprintf("scenarios[%d].subject.%s", first+i, snake(inv.Field)), Message: msg, Accepted: inv.Accepted}
			}
		}
		return fn(first, rows)
	})
	var ie *sdk.InputError
	if errors.As(err, &ie) {
		// Batch names subjects by their index in the batch; the file calls them scenarios, by
		// their index in the file.
		if i, rest, ok := subjectIndex(ie.Field); ok {
			return &Error{Field: fmt.Sprintf("scenarios[%d]%s", from+i, rest), Message: ie.Message}
		}
	}
	return err
}

// subjectIndex splits "subjects[3].project" into 3 and ".project".
func subjectIndex(field string) (int, string, bool) {
	rest, ok := strings.CutPrefix(field, "subjects[")
	if !ok {
		return 0, "", false
	}
	digits, rest, ok := strings.Cut(rest, "]")
	i, err := strconv.Atoi(digits)
	if !ok || err != nil {
		return 0, "", false
	}
	return i, rest, true
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
