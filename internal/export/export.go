// Package export writes policy results as CSV for researchers: evaluations of scenarios side by
// side, and the concept × region policy matrix. Files start with a UTF-8 byte-order mark so that
// Excel opens the Chinese text correctly (without it Excel assumes the local ANSI code page), and
// every row carries the plugin versions and ruleset hashes that produced it, so a result can be
// reproduced.
package export

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/shegong/shegong/internal/evaluate"
	"github.com/shegong/shegong/internal/matrix"
	"github.com/shegong/shegong/plugins/sdk"
)

// BOM is the UTF-8 byte-order mark every file starts with.
const BOM = "\ufeff"

// Row kinds of WriteEvaluations.
const (
	RowSummary = "summary" // one per scenario × region: status and budget requirement
	RowFinding = "finding" // one per finding
)

// EvaluationColumns is the header of WriteEvaluations.
var EvaluationColumns = []string{
	"scenario", "region", "as_of", "status", "row",
	"minimum_total", "minimum_labor", "maximum_non_labor", "supervision_fund",
	"pass_count", "fail_count", "insufficient_input_count", "missing_inputs",
	"error_code", "error_region", "error_message",
	"rule_id", "finding_region", "concept", "finding_status", "actual", "required", "remedy",
	"message_zh", "message_en", "document", "document_title", "clause", "quote",
	"plugin_versions", "ruleset_hashes",
}

// evaluationColumn is the index of each column of EvaluationColumns.
var evaluationColumn = func() map[string]int {
	m := make(map[string]int, len(EvaluationColumns))
	for i, c := range EvaluationColumns {
		m[c] = i
	}
	return m
}()

// WriteEvaluations writes rows[i][j], the evaluation of scenario names[i] under its j-th region:
// for each evaluation one summary line (status, budget requirement in yuan, the numbers of PASS,
// FAIL and INSUFFICIENT_INPUT findings, the missing inputs, plugin error), then
// one line per finding. Money is yuan with two decimals, exactly as the API shows it.
func WriteEvaluations(w io.Writer, names []string, rows [][]*evaluate.Evaluation) error {
	if len(names) != len(rows) {
		return fmt.Errorf("export evaluations: %d names for %d rows", len(names), len(rows))
	}
	ew, err := NewEvaluationWriter(w)
	if err != nil {
		return err
	}
	if err := ew.Write(names, rows); err != nil {
		return err
	}
	return ew.Close()
}

// EvaluationWriter writes the file of WriteEvaluations a part at a time, so that a long export
// is written as its scenarios are evaluated instead of after all of them.
type EvaluationWriter struct {
	bw  *bufio.Writer
	cw  *csv.Writer
	rec []string
}

// NewEvaluationWriter writes the byte-order mark and the header to w.
func NewEvaluationWriter(w io.Writer) (*EvaluationWriter, error) {
	bw := bufio.NewWriterSize(w, 64<<10)
	cw, err := start(bw, EvaluationColumns)
	if err != nil {
		return nil, err
	}
	return &EvaluationWriter{bw: bw, cw: cw, rec: make([]string, len(EvaluationColumns))}, nil
}

// Close writes what is buffered.
func (x *EvaluationWriter) Close() error { return finish(x.cw, x.bw) }

// Flush sends what is buffered to the underlying writer.
func (x *EvaluationWriter) Flush() error {
	x.cw.Flush()
	if err := x.cw.Error(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return x.bw.Flush()
}

// Write writes the lines of rows[i][j], the evaluation of scenario names[i] under its j-th region.
func (x *EvaluationWriter) Write(names []string, rows [][]*evaluate.Evaluation) error {
	if len(names) != len(rows) {
		return fmt.Errorf("export evaluations: %d names for %d rows", len(names), len(rows))
	}
	cw, rec := x.cw, x.rec
	set := func(col, v string) { rec[evaluationColumn[col]] = v }
	common := func(name string, ev *evaluate.Evaluation, row, versions, hashes string) {
		clear(rec)
		set("scenario", name)
		set("region", ev.Region)
		set("as_of", ev.AsOf.String())
		set("status", string(ev.Status))
		set("row", row)
		set("plugin_versions", versions)
		set("ruleset_hashes", hashes)
	}
	for i, row := range rows {
		for _, ev := range row {
			if ev == nil {
				continue
			}
			versions, hashes := refs(ev)
			common(names[i], ev, RowSummary, versions, hashes)
			if b := ev.Budget; b != nil {
				set("minimum_total", money(b.MinimumTotal))
				set("minimum_labor", money(b.MinimumLabor))
				set("maximum_non_labor", money(b.MaximumNonLabor))
				set("supervision_fund", money(b.SupervisionFund))
			}
			sum := Summarize(ev)
			set("pass_count", strconv.Itoa(sum.Pass))
			set("fail_count", strconv.Itoa(len(sum.Failed)))
			set("insufficient_input_count", strconv.Itoa(len(sum.Missing)))
			set("missing_inputs", sum.MissingText())
			if e := ev.Error; e != nil {
				set("error_code", e.Code)
				set("error_region", e.Region)
				set("error_message", e.Message)
			} else if len(ev.Invalid) > 0 {
				inv := ev.Invalid[0]
				set("error_code", "BAD_USER_INPUT")
				set("error_region", inv.Region)
				set("error_message", inv.Error())
			}
			if err := cw.Write(rec); err != nil {
				return fmt.Errorf("export evaluations: %w", err)
			}
			for _, f := range ev.Findings {
				common(names[i], ev, RowFinding, versions, hashes)
				set("rule_id", f.RuleID)
				set("finding_region", f.Region)
				set("concept", f.Concept)
				set("finding_status", string(f.Status))
				set("actual", f.Actual)
				set("required", f.Required)
				set("remedy", f.Remedy)
				set("message_zh", f.MessageZh)
				set("message_en", f.MessageEn)
				set("document", f.Citation.Document)
				set("document_title", f.Citation.Title)
				set("clause", f.Citation.Clause)
				set("quote", f.Citation.Quote)
				if err := cw.Write(rec); err != nil {
					return fmt.Errorf("export evaluations: %w", err)
				}
			}
		}
	}
	return nil
}

// MatrixColumns is the header of WriteMatrix.
// inherited_from names the region an INHERITED cell's value comes from; valid_from_latest is
// set when valid_from is inferred (推定), the latest day the source document can have taken effect.
var MatrixColumns = []string{
	"concept", "concept_zh", "concept_en", "region", "status", "inherited_from", "in_force", "value", "unit",
	"valid_from", "valid_from_latest", "valid_to", "reason", "rule_ids", "document", "document_title", "clause", "quote",
}

// WriteMatrix writes one line per matrix cell, in the order given.
func WriteMatrix(w io.Writer, cells []matrix.Cell) error {
	bw := bufio.NewWriter(w)
	cw, err := start(bw, MatrixColumns)
	if err != nil {
		return err
	}
	for _, c := range cells {
		con, _ := sdk.ConceptByKey(c.Concept) // a region's own concept has no shared names
		inForce := ""
		if c.Status == sdk.CoverageDefined || c.Status == matrix.StatusInherited {
			inForce = fmt.Sprint(c.InForce)
		}
		var ci sdk.Citation
		if c.Citation != nil {
			ci = *c.Citation
		}
		rec := []string{c.Concept, con.NameZh, con.NameEn, c.Region, string(c.Status), c.InheritedFrom, inForce, c.Value, c.Unit,
			date(c.ValidFrom), date(c.ValidFromLatest), date(c.ValidTo), c.Reason, strings.Join(c.RuleIDs, " "),
			ci.Document, ci.Title, ci.Clause, ci.Quote}
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("export matrix: %w", err)
		}
	}
	return finish(cw, bw)
}

func start(bw *bufio.Writer, header []string) (*csv.Writer, error) {
	if _, err := bw.WriteString(BOM); err != nil {
		return nil, fmt.Errorf("export: write BOM: %w", err)
	}
	cw := csv.NewWriter(bw)
	// CRLF: RFC 4180, and what Excel on Windows writes itself.
	cw.UseCRLF = true
	if err := cw.Write(header); err != nil {
		return nil, fmt.Errorf("export: write header: %w", err)
	}
	return cw, nil
}

func finish(cw *csv.Writer, bw *bufio.Writer) error {
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

// refs formats the plugins of an evaluation's chain: "shenzhen=1.0.0" and "shenzhen=<sha256>",
// joined with "; " in chain order.
func refs(ev *evaluate.Evaluation) (versions, hashes string) {
	v := make([]string, len(ev.EvaluatedBy))
	h := make([]string, len(ev.EvaluatedBy))
	for i, r := range ev.EvaluatedBy {
		v[i] = r.Region + "=" + r.Version
		h[i] = r.Region + "=" + r.RulesetHash
	}
	return strings.Join(v, "; "), strings.Join(h, "; ")
}

func money(f *sdk.Fen) string {
	if f == nil {
		return ""
	}
	return f.String()
}

func date(d *sdk.Date) string {
	if d == nil {
		return ""
	}
	return d.String()
}
