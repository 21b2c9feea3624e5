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
	"error_code", "error_region", "error_message",
	"rule_id", "finding_region", "concept", "finding_status", "actual", "required", "remedy",
	"message_zh", "message_en", "document", "document_title", "clause", "quote",
	"plugin_versions", "ruleset_hashes",
}

// WriteEvaluations writes rows[i][j], the evaluation of scenario names[i] under its j-th region:
// for each evaluation one summary line (status, budget requirement in yuan, plugin error), then
// one line per finding. Money is yuan with two decimals, exactly as the API shows it.
func WriteEvaluations(w io.Writer, names []string, rows [][]*evaluate.Evaluation) error {
	if len(names) != len(rows) {
		return fmt.Errorf("export evaluations: %d names for %d rows", len(names), len(rows))
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	cw, err := start(bw, EvaluationColumns)
	if err != nil {
		return err
	}
	rec := make([]string, len(EvaluationColumns))
	for i, row := range rows {
		for _, ev := range row {
			if ev == nil {
				continue
			}
			versions, hashes := refs(ev)
			clear(rec)
			rec[0], rec[1], rec[2], rec[3], rec[4] = names[i], ev.Region, ev.AsOf.String(), string(ev.Status), RowSummary
			if b := ev.Budget; b != nil {
				rec[5], rec[6], rec[7], rec[8] = money(b.MinimumTotal), money(b.MinimumLabor), money(b.MaximumNonLabor), money(b.SupervisionFund)
			}
			if e := ev.Error; e != nil {
				rec[9], rec[10], rec[11] = e.Code, e.Region, e.Message
			} else if len(ev.Invalid) > 0 {
				inv := ev.Invalid[0]
				rec[9], rec[10], rec[11] = "BAD_USER_INPUT", inv.Region, inv.Error()
			}
			rec[25], rec[26] = versions, hashes
			if err := cw.Write(rec); err != nil {
				return fmt.Errorf("export evaluations: %w", err)
			}
			for _, f := range ev.Findings {
				clear(rec)
				rec[0], rec[1], rec[2], rec[3], rec[4] = names[i], ev.Region, ev.AsOf.String(), string(ev.Status), RowFinding
				rec[12], rec[13], rec[14], rec[15] = f.RuleID, f.Region, f.Concept, string(f.Status)
				rec[16], rec[17], rec[18], rec[19], rec[20] = f.Actual, f.Required, f.Remedy, f.MessageZh, f.MessageEn
				rec[21], rec[22], rec[23], rec[24] = f.Citation.Document, f.Citation.Title, f.Citation.Clause, f.Citation.Quote
				rec[25], rec[26] = versions, hashes
				if err := cw.Write(rec); err != nil {
					return fmt.Errorf("export evaluations: %w", err)
				}
			}
		}
	}
	return finish(cw, bw)
}

// MatrixColumns is the header of WriteMatrix.
var MatrixColumns = []string{
	"concept", "concept_zh", "concept_en", "region", "status", "in_force", "value", "unit",
	"valid_from", "valid_to", "reason", "rule_ids", "document", "document_title", "clause", "quote",
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
		if c.Status == sdk.CoverageDefined {
			inForce = fmt.Sprint(c.InForce)
		}
		rec := []string{c.Concept, con.NameZh, con.NameEn, c.Region, string(c.Status), inForce, c.Value, c.Unit,
			date(c.ValidFrom), date(c.ValidTo), c.Reason, strings.Join(c.RuleIDs, " "), "", "", "", ""}
		if ci := c.Citation; ci != nil {
			rec[12], rec[13], rec[14], rec[15] = ci.Document, ci.Title, ci.Clause, ci.Quote
		}
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
