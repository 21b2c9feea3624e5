// Package markdown reads the project's Markdown pages the way their tests need: the fenced
// code blocks (examples that must keep running), the sections under a heading, the links, and
// GitHub's anchors of the headings. It is no general Markdown parser: it knows the subset the
// pages use (ATX headings, ``` fences, inline links).
package markdown

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

// Block is a fenced code block: its info string (```graphql → "graphql"), its text, and where
// the text lies in the page (byte offsets, so a test can rewrite it).
type Block struct {
	Lang       string
	Text       string
	Start, End int
	Line       int // of the opening fence, 1-based
}

// Blocks returns the fenced code blocks of src in order.
func Blocks(src string) []Block {
	var (
		out  []Block
		open *Block
		line int
	)
	for off := 0; off < len(src); {
		end := strings.IndexByte(src[off:], '\n')
		next := len(src)
		if end >= 0 {
			next = off + end + 1
		}
		line++
		l := strings.TrimRight(src[off:next], "\n")
		if strings.HasPrefix(l, "```") {
			if open == nil {
				open = &Block{Lang: strings.TrimSpace(l[3:]), Start: next, Line: line}
			} else if strings.TrimSpace(l) == "```" {
				open.End = off
				open.Text = src[open.Start:open.End]
				out = append(out, *open)
				open = nil
			}
		}
		off = next
	}
	return out
}

// heading matches an ATX heading outside code blocks: its level and its text.
var heading = regexp.MustCompile(`^(#{1,6})\s+(.*?)\s*#*\s*$`)

// Headings returns the headings of src (outside code blocks) with their levels.
func Headings(src string) (texts []string, levels []int) {
	inCode := false
	for _, l := range strings.Split(src, "\n") {
		if strings.HasPrefix(l, "```") {
			inCode = !inCode
			continue
		}
		if m := heading.FindStringSubmatch(l); m != nil && !inCode {
			texts = append(texts, m[2])
			levels = append(levels, len(m[1]))
		}
	}
	return texts, levels
}

// Section returns the part of src under the heading with text title, up to the next heading
// of the same or a higher level; "" when there is no such heading.
func Section(src, title string) string {
	lines := strings.SplitAfter(src, "\n")
	inCode, start, level := false, -1, 0
	for i, l := range lines {
		if strings.HasPrefix(l, "```") {
			inCode = !inCode
			continue
		}
		m := heading.FindStringSubmatch(strings.TrimRight(l, "\n"))
		if m == nil || inCode {
			continue
		}
		if start >= 0 && len(m[1]) <= level {
			return strings.Join(lines[start:i], "")
		}
		if start < 0 && m[2] == title {
			start, level = i, len(m[1])
		}
	}
	if start < 0 {
		return ""
	}
	return strings.Join(lines[start:], "")
}

// Anchor is the fragment GitHub gives a heading: lower case, punctuation dropped (letters of
// any script, digits, '-' and '_' kept), spaces as '-'.
func Anchor(title string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(title) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Anchors returns the anchors of every heading of src, numbered as GitHub numbers repeats
// ("x", "x-1", …).
func Anchors(src string) map[string]bool {
	texts, _ := Headings(src)
	seen := map[string]int{}
	out := map[string]bool{}
	for _, t := range texts {
		a := Anchor(t)
		if n := seen[a]; n > 0 {
			out[a+"-"+strconv.Itoa(n)] = true
		} else {
			out[a] = true
		}
		seen[a]++
	}
	return out
}

// link matches an inline link or image outside code spans: [text](target).
var link = regexp.MustCompile(`\]\(([^()\s]+)\)`)

// Links returns the targets of the inline links of src, outside code blocks and code spans.
func Links(src string) []string {
	var out []string
	inCode := false
	for _, l := range strings.Split(src, "\n") {
		if strings.HasPrefix(l, "```") {
			inCode = !inCode
			continue
		}
		if inCode {
			continue
		}
		for _, m := range link.FindAllStringSubmatch(stripCodeSpans(l), -1) {
			out = append(out, m[1])
		}
	}
	return out
}

func stripCodeSpans(l string) string {
	parts := strings.Split(l, "`")
	for i := 1; i < len(parts); i += 2 {
		parts[i] = ""
	}
	return strings.Join(parts, "`")
}

// Pages returns the project's Markdown pages under root: every *.md file of the repository
// outside hidden folders and testdata, README.md and docs/ among them.
func Pages(root string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && p != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" || d.Name() == "node_modules") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(p, ".md") {
			out = append(out, p)
		}
		return nil
	})
	return out, err
}
