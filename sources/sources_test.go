package sources

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestLoad(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	regions := map[string]bool{}
	for _, d := range r.Documents {
		regions[d.Region] = true
		text, err := r.Text(d.Text)
		if err != nil {
			t.Fatal(err)
		}
		if len(text) < 1000 {
			t.Errorf("document %s: text %s has only %d bytes", d.Key, d.Text, len(text))
		}
		if len(d.Rules) == 0 {
			t.Errorf("document %s lists no rules", d.Key)
		}
		for _, rule := range d.Rules {
			got, doc, ok := r.Rule(rule.ID)
			if !ok || doc.Key != d.Key || got != rule {
				t.Errorf("Rule(%s) = %v, %v, %v", rule.ID, got, doc, ok)
			}
		}
	}
	for _, code := range []string{"shenzhen", "hunan", "sichuan", "yunnan", "zhuzhou"} {
		if !regions[code] {
			t.Errorf("no document for region %s", code)
		}
	}
	if _, _, ok := r.Rule("SZ-NOT-A-RULE"); ok {
		t.Error("unknown rule found")
	}
}

func TestParseReportsEveryProblem(t *testing.T) {
	texts := fstest.MapFS{"a.txt": {Data: []byte("正文")}}
	bad := `documents:
  - key: A
    region: x
    text: a.txt
    rules:
      - {id: A-1, clause: "一", checkable: yes, summary: "s"}
      - {id: A-1, clause: "二", checkable: maybe, summary: "s"}
      - {id: A-2, clause: "", checkable: no, summary: "s"}
  - key: B
    region: y
    text: missing.txt
`
	_, err := Parse([]byte(bad), texts)
	if err == nil {
		t.Fatal("bad registry accepted")
	}
	for _, want := range []string{"rule A-1: listed twice", `checkable "maybe"`, "rule 3 (A-2): id, clause and summary are required", "document B: text missing.txt"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error does not say %q: %v", want, err)
		}
	}
	if _, err := Parse([]byte("documents: []\nextra: 1\n"), texts); err == nil {
		t.Error("unknown key accepted")
	}
}
