// Package gqltest is a small GraphQL-over-HTTP client for tests that talk
// to a real server.
package gqltest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
)

// Error is one GraphQL error.
type Error struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

// Code returns extensions.code.
func (e Error) Code() string { s, _ := e.Extensions["code"].(string); return s }

// Field returns extensions.field.
func (e Error) Field() string { s, _ := e.Extensions["field"].(string); return s }

// Response is a GraphQL response.
type Response struct {
	Data   json.RawMessage `json:"data"`
	Errors []Error         `json:"errors"`
}

// Client posts to a GraphQL endpoint.
type Client struct {
	URL   string // e.g. httptest server URL + "/graphql"
	HTTP  *http.Client
	Token string // sent as Authorization: Bearer <Token> when set
}

// Do posts query with variables and decodes the response.
func (c *Client) Do(t testing.TB, query string, vars map[string]any) Response {
	t.Helper()
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		t.Fatalf("gqltest: marshal: %v", err)
	}
	hc := c.HTTP
	if hc == nil {
		hc = http.DefaultClient
	}
	req, err := http.NewRequest(http.MethodPost, c.URL, bytes.NewReader(body))
	if err != nil {
		t.Fatalf("gqltest: request: %v", err)
	}
	req.Header.Set("Content-Type", "application/json")
	if c.Token != "" {
		req.Header.Set("Authorization", "Bearer "+c.Token)
	}
	resp, err := hc.Do(req)
	if err != nil {
		t.Fatalf("gqltest: post: %v", err)
	}
	defer resp.Body.Close()
	var r Response
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		t.Fatalf("gqltest: decode (HTTP %d): %v", resp.StatusCode, err)
	}
	return r
}

// MustData runs query, fails the test on any error and decodes data into out.
func (c *Client) MustData(t testing.TB, query string, vars map[string]any, out any) {
	t.Helper()
	r := c.Do(t, query, vars)
	if len(r.Errors) > 0 {
		t.Fatalf("gqltest: unexpected errors: %s\nquery: %s", r.ErrorString(), query)
	}
	if out != nil {
		if err := json.Unmarshal(r.Data, out); err != nil {
			t.Fatalf("gqltest: decode data: %v\n%s", err, r.Data)
		}
	}
}

// ErrorString renders all errors for a failure message.
func (r Response) ErrorString() string {
	var b strings.Builder
	for _, e := range r.Errors {
		fmt.Fprintf(&b, "%s (code=%s field=%s path=%v); ", e.Message, e.Code(), e.Field(), e.Path)
	}
	return b.String()
}
