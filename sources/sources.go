// Package sources holds the policy documents the built-in regions encode (their texts, as
// published by the issuing governments) and the project's rule registry of their provisions
// (registry.yaml), embedded so that a region's citations can be checked anywhere the code is,
// with nothing read from outside the repository. README.md in this folder says where each
// document comes from.
package sources

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"gopkg.in/yaml.v3"
)

//go:embed registry.yaml *.txt
var files embed.FS

// Checkable says whether data can decide a provision.
type Checkable string

const (
	// Yes: the data the project models can decide it.
	Yes Checkable = "yes"
	// Partial: only with data or definitions the document leaves open, or it is a preference.
	Partial Checkable = "partial"
	// No: not a checkable duty (a fact, a plan, a principle).
	No Checkable = "no"
)

// Rule is one provision of a document.
type Rule struct {
	ID        string    `yaml:"id"`
	Clause    string    `yaml:"clause"`
	Checkable Checkable `yaml:"checkable"`
	Summary   string    `yaml:"summary"`
}

// Document is one source document and its provisions.
type Document struct {
	Key    string `yaml:"key"`
	Region string `yaml:"region"`
	// Text is the file name of the document's text in this folder; a region's ruleset names it
	// as the document's seed_file.
	Text  string `yaml:"text"`
	Rules []Rule `yaml:"rules"`
}

// Registry is registry.yaml with the document texts beside it.
type Registry struct {
	Documents []Document `yaml:"documents"`

	texts fs.FS
	byKey map[string]int
	byID  map[string]ruleRef
}

type ruleRef struct{ doc, rule int }

// Load reads the embedded registry and checks it (see Parse).
func Load() (*Registry, error) {
	data, err := files.ReadFile("registry.yaml")
	if err != nil {
		return nil, fmt.Errorf("sources: %w", err)
	}
	return Parse(data, files)
}

// Parse reads a registry whose document texts are in texts, and reports every problem at once:
// unknown keys, a duplicate document key or rule id, a rule without clause or summary, a
// checkable value other than yes/partial/no, a document whose text is missing.
func Parse(data []byte, texts fs.FS) (*Registry, error) {
	r := &Registry{texts: texts, byKey: map[string]int{}, byID: map[string]ruleRef{}}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(r); err != nil {
		return nil, fmt.Errorf("sources: registry.yaml: %w", err)
	}
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf("sources: "+format, args...)) }
	for i, d := range r.Documents {
		if d.Key == "" || d.Region == "" || d.Text == "" {
			bad("document %d: key, region and text are required", i+1)
		}
		if _, dup := r.byKey[d.Key]; dup {
			bad("document %s: listed twice", d.Key)
		}
		r.byKey[d.Key] = i
		if d.Text != "" {
			if _, err := fs.Stat(texts, path.Clean(d.Text)); err != nil {
				bad("document %s: text %s: %v", d.Key, d.Text, err)
			}
		}
		for j, rule := range d.Rules {
			if prev, dup := r.byID[rule.ID]; dup {
				bad("rule %s: listed twice (also under %s)", rule.ID, r.Documents[prev.doc].Key)
			}
			r.byID[rule.ID] = ruleRef{i, j}
			if rule.ID == "" || strings.TrimSpace(rule.Clause) == "" || strings.TrimSpace(rule.Summary) == "" {
				bad("document %s, rule %d (%s): id, clause and summary are required", d.Key, j+1, rule.ID)
			}
			switch rule.Checkable {
			case Yes, Partial, No:
			default:
				bad("rule %s: checkable %q, want yes, partial or no", rule.ID, rule.Checkable)
			}
		}
	}
	if len(r.Documents) == 0 {
		bad("registry lists no documents")
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return r, nil
}

// Document returns the document with the given key.
func (r *Registry) Document(key string) (*Document, bool) {
	i, ok := r.byKey[key]
	if !ok {
		return nil, false
	}
	return &r.Documents[i], true
}

// Rule returns the rule with the given id and the document it belongs to.
func (r *Registry) Rule(id string) (Rule, *Document, bool) {
	ref, ok := r.byID[id]
	if !ok {
		return Rule{}, nil, false
	}
	d := &r.Documents[ref.doc]
	return d.Rules[ref.rule], d, true
}

// Text returns the text of a document, by its file name.
func (r *Registry) Text(name string) (string, error) {
	data, err := fs.ReadFile(r.texts, path.Clean(name))
	if err != nil {
		return "", fmt.Errorf("sources: text %s: %w", name, err)
	}
	return string(data), nil
}
