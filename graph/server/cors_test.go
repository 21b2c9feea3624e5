package server

import (
	"slices"
	"strings"
	"testing"
)

func TestParseCORSOrigins(t *testing.T) {
	got, err := ParseCORSOrigins(" https://app.example.org, http://localhost:5173/ ,,")
	if err != nil || !slices.Equal(got, []string{"https://app.example.org", "http://localhost:5173"}) {
		t.Errorf("got %q, %v", got, err)
	}
	if got, err := ParseCORSOrigins(""); err != nil || got != nil {
		t.Errorf("empty: %q, %v", got, err)
	}
	for _, bad := range []string{"*", "https://*.example.org", "app.example.org", "ftp://x.example", "https://x.example/app",
		"https://user@x.example", "https://x.example?a=1", "null"} {
		if _, err := ParseCORSOrigins("http://ok.example," + bad); err == nil || !strings.Contains(err.Error(), bad) {
			t.Errorf("%q: err = %v, want one naming it", bad, err)
		}
	}
}
