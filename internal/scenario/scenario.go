// Package scenario reads scenario files: named subjects to evaluate side by side under several
// regions on one date. `shegong compare --scenario` and the CSV export endpoint
// (POST /export/compare.csv) read the same format, YAML or JSON:
//
//	as_of: 2024-01-01                # optional; default today in China
//	regions: [shenzhen, zhuzhou]     # optional; default every loaded region
//	scenarios:
//	  - name: 深圳 10 人项目 / Shenzhen, 10 posts
//	    subject:                     # exactly one of project / station / organization / worker / government
//	      project:                   # snake_case, exactly as in policy test cases (plugins/policycases)
//	        domain: 社会救助
//	        headcount: 10
//	        budget:
//	          - {category: LABOR, amount: "1385500.00"}
//
// Subjects are decoded by plugins/policycases, so a subject reads the same in a policy test case,
// a scenario file and (through GraphQL's SubjectInput) the API. Unknown keys are errors, so a
// typo cannot silently drop a fact.
package scenario

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/shegong/shegong/plugins/policycases"
	"github.com/shegong/shegong/plugins/sdk"
)

// File is a decoded scenario file.
type File struct {
	AsOf      sdk.Date // zero: not given (the caller defaults it to today)
	Regions   []string // empty: every loaded region
	Scenarios []Scenario
}

// Scenario is one named subject.
type Scenario struct {
	Name    string
	Subject sdk.Subject
}

// Names returns the scenario names in order.
func (f *File) Names() []string {
	out := make([]string, len(f.Scenarios))
	for i, s := range f.Scenarios {
		out[i] = s.Name
	}
	return out
}

// Subjects returns the subjects in order.
func (f *File) Subjects() []sdk.Subject {
	out := make([]sdk.Subject, len(f.Scenarios))
	for i, s := range f.Scenarios {
		out[i] = s.Subject
	}
	return out
}

// Error is a problem with a scenario file. Field is the path of the offending key, e.g.
// "scenarios[2].subject.project.budget[0].amount", or "" for a file that does not parse.
type Error struct {
	Field    string
	Message  string
	Accepted []string // accepted values, where the field takes a closed set
}

func (e *Error) Error() string {
	if e.Field == "" {
		return e.Message
	}
	return e.Field + ": " + e.Message
}

type fileYAML struct {
	AsOf      string         `yaml:"as_of"`
	Regions   []string       `yaml:"regions"`
	Scenarios []scenarioYAML `yaml:"scenarios"`
}

type scenarioYAML struct {
	Name    string                  `yaml:"name"`
	Subject policycases.SubjectYAML `yaml:"subject"`
}

// MaxBytes bounds what Load reads, so that a runaway upload cannot exhaust memory.
const MaxBytes = 64 << 20

// Load decodes a scenario file (YAML, or JSON: a document starting with '{'). Errors are
// *Error naming the field where one is at fault.
func Load(r io.Reader) (*File, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read scenario file: %w", err)
	}
	if len(data) > MaxBytes {
		return nil, &Error{Message: fmt.Sprintf("文件超过 %d MiB / scenario file larger than %d MiB", MaxBytes>>20, MaxBytes>>20)}
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // a BOM left by Windows editors
	if trimmed := bytes.TrimSpace(data); len(trimmed) > 0 && trimmed[0] == '{' {
		if data, err = jsonToYAML(trimmed); err != nil {
			return nil, err
		}
	}
	var raw fileYAML
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&raw); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, &Error{Field: "scenarios", Message: "文件为空 / the file is empty"}
		}
		return nil, &Error{Message: "无法解析 / cannot parse: " + err.Error()}
	}
	f := &File{Regions: raw.Regions}
	if raw.AsOf != "" {
		d, err := sdk.ParseDate(raw.AsOf)
		if err != nil {
			return nil, &Error{Field: "as_of", Message: err.Error()}
		}
		f.AsOf = d
	}
	for i, r := range raw.Regions {
		if strings.TrimSpace(r) == "" {
			return nil, &Error{Field: fmt.Sprintf("regions[%d]", i), Message: "地区代码为空 / empty region code"}
		}
	}
	if len(raw.Scenarios) == 0 {
		return nil, &Error{Field: "scenarios", Message: "至少需要一个情景 / at least one scenario is needed"}
	}
	seen := make(map[string]int, len(raw.Scenarios))
	for i, s := range raw.Scenarios {
		at := fmt.Sprintf("scenarios[%d]", i)
		name := strings.TrimSpace(s.Name)
		if name == "" {
			return nil, &Error{Field: at + ".name", Message: "情景须有名称 / a scenario needs a name"}
		}
		if j, dup := seen[name]; dup {
			return nil, &Error{Field: at + ".name", Message: fmt.Sprintf("名称与 scenarios[%d] 重复 / the name is already used by scenarios[%d]", j, j)}
		}
		seen[name] = i
		subj, err := s.Subject.Subject()
		if err != nil {
			field, msg := splitPath(err.Error())
			if field == "" {
				return nil, &Error{Field: at + ".subject", Message: msg}
			}
			return nil, &Error{Field: at + ".subject." + field, Message: msg}
		}
		f.Scenarios = append(f.Scenarios, Scenario{Name: name, Subject: subj})
	}
	return f, nil
}

// pathPrefix matches the "project.workers[0]: " prefixes that policycases puts on its errors.
var pathPrefix = regexp.MustCompile(`^([a-z_]+(?:\[\d+\])?(?:\.[a-z_]+(?:\[\d+\])?)*): `)

// splitPath turns "station.workers[0]: birth_date: parse …" into
// ("station.workers[0].birth_date", "parse …").
func splitPath(msg string) (field, rest string) {
	var parts []string
	for {
		m := pathPrefix.FindStringSubmatch(msg)
		if m == nil {
			return strings.Join(parts, "."), msg
		}
		parts = append(parts, m[1])
		msg = msg[len(m[0]):]
	}
}

// jsonToYAML rewrites a JSON document so that the one strict YAML decoder reads it: as one
// line of JSON (YAML parsers choke on some JSON layouts, e.g. tab indentation), which is YAML's
// flow style. It is decoded and encoded again rather than compacted, because JSON's escapes
// "\/" and surrogate pairs ("\ud83d\ude00") are not YAML's, and encoding/json writes neither.
// Integers stay integers; decoding with UseNumber keeps 1630000 from becoming 1.63e+06. Going
// through yaml.Marshal instead would cost its emitter's event queue for the whole document:
// about 600 MB of allocations for a 10,000-scenario file.
func jsonToYAML(data []byte) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, &Error{Message: "无法解析 JSON / cannot parse JSON: " + err.Error()}
	}
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(numbers(v)); err != nil {
		return nil, fmt.Errorf("re-encode JSON scenario file: %w", err)
	}
	return out.Bytes(), nil
}

func numbers(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = numbers(e)
		}
	case []any:
		for i, e := range x {
			x[i] = numbers(e)
		}
	case json.Number:
		if n, err := x.Int64(); err == nil {
			return n
		}
		if f, err := x.Float64(); err == nil {
			return f
		}
		return x.String()
	}
	return v
}
