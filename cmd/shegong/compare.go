package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/shegong/shegong/internal/evaluate"
	"github.com/shegong/shegong/internal/export"
	"github.com/shegong/shegong/internal/regionbinary"
	"github.com/shegong/shegong/internal/scenario"
	"github.com/shegong/shegong/plugins/host"
	"github.com/shegong/shegong/plugins/sdk"
	"github.com/shegong/shegong/regions"
)

const compareHelp = `Usage: shegong compare --scenario FILE [--regions a,b] [--as-of YYYY-MM-DD]
                       [--format table|csv|json] [--plugins process|inprocess]

Evaluates every scenario of FILE under every region, side by side, through the same code path
as the GraphQL API (one batched plugin call per region, however many scenarios), and prints
  table  one line per scenario × region: status, budget minimum, PASS / FAIL / INSUFFICIENT_INPUT
         counts, failing rules, and the rules lacking input with the input they need
  csv    one line per finding plus a summary line per evaluation (UTF-8 with BOM, for Excel)
  json   the evaluations in full

FILE is YAML or JSON (see cmd/shegong/testdata/compare-example.yaml):
  as_of: 2024-01-01                  # optional; --as-of overrides; default today in China
  regions: [shenzhen, zhuzhou]       # optional; --regions overrides; default every region
  scenarios:
    - name: 深圳 10 人项目
      subject: {project: {domain: 社会救助, headcount: 10, budget: [{category: LABOR, amount: "1630000"}]}}

Built-in regions run as real plugin processes (this binary re-executed, exactly as serve does);
--plugins inprocess calls them in this process instead (faster to start, no isolation).

Example:
  shegong compare --scenario cmd/shegong/testdata/compare-example.yaml --regions shenzhen,zhuzhou
`

// runCompare is `shegong compare`.
func runCompare(ctx context.Context, args []string) error {
	return compareTo(ctx, args, os.Stdout, os.Stderr)
}

func compareTo(ctx context.Context, args []string, out, errOut io.Writer) error {
	fs := newFlagSet("compare", compareHelp, out)
	file := fs.String("scenario", "", "scenario file, YAML or JSON (required)")
	regionList := fs.String("regions", "", "comma-separated region codes (default: the file's, else every region)")
	asOfFlag := fs.String("as-of", "", "as-of date YYYY-MM-DD (default: the file's, else today in China)")
	format := fs.String("format", "table", "output: table, csv or json")
	mode := fs.String("plugins", envOr("SHEGONG_PLUGINS", "process"), "process (real plugin processes) or inprocess (env SHEGONG_PLUGINS)")
	dir := fs.String("plugin-dir", envOr("SHEGONG_PLUGIN_DIR", ""), "directory of external region plugins (env SHEGONG_PLUGIN_DIR)")
	var logFlags commonFlags
	logFlags.registerLogLevel(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	if *file == "" {
		return fmt.Errorf("%w: compare needs --scenario FILE", errUsage)
	}
	switch *format {
	case "table", "csv", "json":
	default:
		return fmt.Errorf("%w: --format %q: want table, csv or json", errUsage, *format)
	}
	if *mode != "process" && *mode != "inprocess" {
		return fmt.Errorf("%w: --plugins %q: want process or inprocess", errUsage, *mode)
	}
	var asOf sdk.Date
	if *asOfFlag != "" {
		d, err := sdk.ParseDate(*asOfFlag)
		if err != nil {
			return fmt.Errorf("%w: --as-of: %v", errUsage, err)
		}
		asOf = d
	}
	var regionOverride []string
	if *regionList != "" {
		for _, r := range strings.Split(*regionList, ",") {
			regionOverride = append(regionOverride, strings.TrimSpace(r))
		}
	}
	if err := checkPluginDir(*dir); err != nil {
		return err
	}
	logger, err := logFlags.loggerTo(errOut)
	if err != nil {
		return err
	}

	// Read the file before starting any plugin: a typo should fail in milliseconds.
	f, err := loadScenarioFile(*file)
	if err != nil {
		return err
	}
	h, err := startHost(ctx, *mode, *dir, logger)
	if err != nil {
		return err
	}
	defer h.Close()

	start := time.Now()
	regs, day, rows, err := f.Evaluate(ctx, evaluate.New(h), regionOverride, asOf)
	if err != nil {
		var se *scenario.Error
		var ie *sdk.InputError
		switch {
		case errors.As(err, &se):
			return fmt.Errorf("%s: %w", *file, se)
		case errors.As(err, &ie) && strings.HasPrefix(ie.Field, "regions") && regionOverride != nil:
			return fmt.Errorf("%w: --regions: %s (accepted: %s)", errUsage, ie.Message, strings.Join(ie.Accepted, ", "))
		case errors.As(err, &ie):
			return fmt.Errorf("%s: %s: %s (accepted: %s)", *file, ie.Field, ie.Message, strings.Join(ie.Accepted, ", "))
		}
		return fmt.Errorf("compare %s: %w", *file, err)
	}
	logger.Info("scenarios evaluated", "scenarios", len(rows), "regions", len(regs), "as_of", day.String(),
		"plugins", *mode, "duration", time.Since(start).Round(time.Millisecond))

	switch *format {
	case "csv":
		return export.WriteEvaluations(out, f.Names(), rows)
	case "json":
		return writeCompareJSON(out, f.Names(), regs, day, rows)
	}
	return writeCompareTable(out, f.Names(), regs, day, rows)
}

func loadScenarioFile(path string) (*scenario.File, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("scenario file: %w", err)
	}
	defer fh.Close()
	f, err := scenario.Load(fh)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return f, nil
}

// startHost starts the regions as the server would: plugin processes (shegong-regions beside
// this binary, or this binary re-executed; see internal/regionbinary) plus external plugins
// from dir, or in-process policies.
func startHost(ctx context.Context, mode, dir string, logger *slog.Logger) (*host.Host, error) {
	if mode == "inprocess" {
		h, err := host.NewInProcess(regions.Builtin(), logger)
		if err != nil {
			return nil, fmt.Errorf("start in-process regions: %w", err)
		}
		return h, nil
	}
	command, _, err := regionbinary.Command(ctx, regionbinary.Auto, logger)
	if err != nil {
		return nil, err
	}
	h, err := host.New(host.Config{Builtin: builtinRegions(), Command: command, PluginDir: dir, Logger: logger})
	if err != nil {
		return nil, fmt.Errorf("plugin host: %w", err)
	}
	if err := h.Start(ctx); err != nil {
		h.Close()
		return nil, fmt.Errorf("start plugins: %w", err)
	}
	return h, nil
}

// writeCompareTable prints one line per scenario × region, aligned for CJK text.
func writeCompareTable(out io.Writer, names, regs []string, day sdk.Date, rows [][]*evaluate.Evaluation) error {
	table := [][]string{{"SCENARIO", "REGION", "STATUS", "BUDGET MIN", "PASS", "FAIL", "INSUFFICIENT", "FAILED RULES", "MISSING INPUT"}}
	refs := map[string]host.PluginRef{}
	for i, row := range rows {
		for _, ev := range row {
			status := string(ev.Status)
			if ev.Error != nil {
				status += " (" + ev.Error.Region + ": " + ev.Error.Code + ")"
			}
			budget := "-"
			if ev.Budget != nil && ev.Budget.MinimumTotal != nil {
				budget = ev.Budget.MinimumTotal.String()
			}
			sum := export.Summarize(ev)
			table = append(table, []string{names[i], ev.Region, status, budget,
				fmt.Sprint(sum.Pass), fmt.Sprint(len(sum.Failed)), fmt.Sprint(len(sum.Missing)),
				orDash(strings.Join(sum.Failed, " ")), orDash(sum.MissingText())})
			for _, r := range ev.EvaluatedBy {
				refs[r.Region] = r
			}
		}
	}
	if _, err := fmt.Fprintf(out, "as of %s · %d scenario(s) × %d region(s)\n\n", day, len(names), len(regs)); err != nil {
		return err
	}
	if err := writeTable(out, table); err != nil {
		return err
	}
	fmt.Fprintln(out)
	fmt.Fprint(out, "evaluated by:")
	for _, r := range sortedKeys(refs) {
		ref := refs[r]
		fmt.Fprintf(out, " %s %s (%s)", r, ref.Version, ref.RulesetHash[:min(12, len(ref.RulesetHash))])
	}
	_, err := fmt.Fprintln(out)
	return err
}

func sortedKeys(m map[string]host.PluginRef) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// The JSON output mirrors the GraphQL types (camelCase, money as yuan strings with two
// decimals), so a script can switch between the CLI and the API.
type jsonScenario struct {
	Name        string           `json:"name"`
	Evaluations []jsonEvaluation `json:"evaluations"`
}

type jsonEvaluation struct {
	Region      string           `json:"region"`
	AsOf        string           `json:"asOf"`
	Status      string           `json:"status"`
	Budget      *jsonBudget      `json:"budget"`
	Findings    []jsonFinding    `json:"findings"`
	EvaluatedBy []jsonPluginRef  `json:"evaluatedBy"`
	Error       *jsonPluginError `json:"error"`
}

type jsonBudget struct {
	MinimumTotal    *string `json:"minimumTotal"`
	MinimumLabor    *string `json:"minimumLabor"`
	MaximumNonLabor *string `json:"maximumNonLabor"`
	SupervisionFund *string `json:"supervisionFund"`
}

type jsonFinding struct {
	RuleID    string       `json:"ruleId"`
	Region    string       `json:"region"`
	Concept   string       `json:"concept,omitempty"`
	Status    string       `json:"status"`
	Actual    string       `json:"actual,omitempty"`
	Required  string       `json:"required,omitempty"`
	Remedy    string       `json:"remedy,omitempty"`
	MessageZh string       `json:"messageZh"`
	MessageEn string       `json:"messageEn"`
	Citation  jsonCitation `json:"citation"`
}

type jsonCitation struct {
	Document string `json:"document"`
	Title    string `json:"title,omitempty"`
	Clause   string `json:"clause,omitempty"`
	Quote    string `json:"quote"`
}

type jsonPluginRef struct {
	Region        string `json:"region"`
	PluginVersion string `json:"pluginVersion"`
	RulesetHash   string `json:"rulesetHash"`
}

type jsonPluginError struct {
	Code    string `json:"code"`
	Region  string `json:"region"`
	Message string `json:"message"`
}

func writeCompareJSON(out io.Writer, names, regs []string, day sdk.Date, rows [][]*evaluate.Evaluation) error {
	doc := struct {
		AsOf      string         `json:"asOf"`
		Regions   []string       `json:"regions"`
		Scenarios []jsonScenario `json:"scenarios"`
	}{AsOf: day.String(), Regions: regs, Scenarios: make([]jsonScenario, len(rows))}
	for i, row := range rows {
		sc := jsonScenario{Name: names[i], Evaluations: make([]jsonEvaluation, len(row))}
		for j, ev := range row {
			je := jsonEvaluation{Region: ev.Region, AsOf: ev.AsOf.String(), Status: string(ev.Status), Findings: []jsonFinding{}, EvaluatedBy: []jsonPluginRef{}}
			if b := ev.Budget; b != nil {
				je.Budget = &jsonBudget{yuan(b.MinimumTotal), yuan(b.MinimumLabor), yuan(b.MaximumNonLabor), yuan(b.SupervisionFund)}
			}
			for _, f := range ev.Findings {
				je.Findings = append(je.Findings, jsonFinding{RuleID: f.RuleID, Region: f.Region, Concept: f.Concept, Status: string(f.Status),
					Actual: f.Actual, Required: f.Required, Remedy: f.Remedy, MessageZh: f.MessageZh, MessageEn: f.MessageEn,
					Citation: jsonCitation{f.Citation.Document, f.Citation.Title, f.Citation.Clause, f.Citation.Quote}})
			}
			for _, r := range ev.EvaluatedBy {
				je.EvaluatedBy = append(je.EvaluatedBy, jsonPluginRef{r.Region, r.Version, r.RulesetHash})
			}
			if e := ev.Error; e != nil {
				je.Error = &jsonPluginError{e.Code, e.Region, e.Message}
			}
			sc.Evaluations[j] = je
		}
		doc.Scenarios[i] = sc
	}
	enc := json.NewEncoder(out)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

func yuan(f *sdk.Fen) *string {
	if f == nil {
		return nil
	}
	s := f.String()
	return &s
}
