package markdown

import (
	"slices"
	"testing"
)

func TestAnchor(t *testing.T) {
	for title, want := range map[string]string{
		"Comparing scenarios, the matrix as CSV": "comparing-scenarios-the-matrix-as-csv",
		"Flags of `shegong serve`":               "flags-of-shegong-serve",
		"Policy semantics (contract)":            "policy-semantics-contract",
		"shegong 社工":                             "shegong-社工",
		"Writing a region":                       "writing-a-region",
	} {
		if got := Anchor(title); got != want {
			t.Errorf("Anchor(%q) = %q, want %q", title, got, want)
		}
	}
}

const page = "# Title\n\nText [a](docs/a.md#x) and `[not](a link)`.\n\n## Start\n\n```sh\necho 1\n# not a heading\n```\n\n### Sub\n\n```graphql\n{ q }\n```\n\n## Next\n\n[b](#start)\n## Next\n"

func TestBlocksSectionsLinks(t *testing.T) {
	bs := Blocks(page)
	if len(bs) != 2 || bs[0].Lang != "sh" || bs[0].Text != "echo 1\n# not a heading\n" || bs[1].Lang != "graphql" || bs[1].Text != "{ q }\n" {
		t.Fatalf("blocks: %+v", bs)
	}
	if page[bs[1].Start:bs[1].End] != bs[1].Text || bs[1].Line != 14 {
		t.Errorf("block position: %+v", bs[1])
	}
	sec := Section(page, "Start")
	if len(Blocks(sec)) != 2 || Section(page, "Missing") != "" {
		t.Errorf("section Start: %q", sec)
	}
	if got := Links(page); !slices.Equal(got, []string{"docs/a.md#x", "#start"}) {
		t.Errorf("links: %q", got)
	}
	a := Anchors(page)
	for _, want := range []string{"title", "start", "sub", "next", "next-1"} {
		if !a[want] {
			t.Errorf("anchor %q missing from %v", want, a)
		}
	}
	if a["not-a-heading"] {
		t.Error("a comment in a code block is a heading")
	}
}
