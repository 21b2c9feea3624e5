package server

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/rs/cors"

	"github.com/shegong/shegong/internal/export"
	"github.com/shegong/shegong/internal/requestid"
)

// corsMaxAge is how long, in seconds, a browser may reuse a preflight answer (browsers cap it:
// Chromium at 2 hours, Firefox at 24).
const corsMaxAge = 600

// corsHeaders are the request headers a cross-origin page may send: the bearer token, JSON
// bodies, what Apollo Client sends (its client name and version, and the headers Apollo's CSRF
// prevention asks for), and a request id of the caller's own.
var corsHeaders = []string{
	"Authorization", "Content-Type", "Accept",
	"Apollographql-Client-Name", "Apollographql-Client-Version",
	"Apollo-Require-Preflight", "X-Apollo-Operation-Name",
	requestid.Header,
}

// corsExposed are the response headers a cross-origin page may read: the request id to
// quote in a report, how long to wait after 429, and the file name of a CSV export and the
// number of scenarios in a compare export's file.
var corsExposed = []string{requestid.Header, "Retry-After", "Content-Disposition", export.ScenarioCountHeader}

// withCORS lets web pages on the listed origins call next from a browser: preflights
// (OPTIONS with Access-Control-Request-Method) are answered 204 for GET and POST with the
// headers above, and every answer to a listed origin names it in Access-Control-Allow-Origin,
// with Access-Control-Allow-Credentials. Other origins get no CORS header, so the browser
// keeps the answer from the page. No origins: next unchanged (same-origin only).
//
// There is no "*": the server often runs inside an intranet, and a wildcard would let any web
// page that someone inside opens read it (see ParseCORSOrigins).
func withCORS(origins []string, next http.Handler) http.Handler {
	if len(origins) == 0 {
		return next
	}
	return cors.New(cors.Options{
		AllowedOrigins:   origins,
		AllowedMethods:   []string{http.MethodGet, http.MethodPost},
		AllowedHeaders:   corsHeaders,
		ExposedHeaders:   corsExposed,
		AllowCredentials: true, // every allowed origin is one named exactly
		MaxAge:           corsMaxAge,
	}).Handler(next)
}

// ParseCORSOrigins reads a comma-separated list of web origins (scheme://host[:port], as a
// browser sends in Origin), e.g. "https://app.example.org, http://localhost:5173". It refuses
// "*" and wildcards: only origins named exactly may call the API from a browser, and they may
// send credentials.
func ParseCORSOrigins(list string) ([]string, error) {
	var out []string
	for _, o := range strings.Split(list, ",") {
		o = strings.TrimSpace(o)
		if o == "" {
			continue
		}
		if strings.Contains(o, "*") {
			return nil, fmt.Errorf("%q: 不接受通配符 / wildcards are not accepted: list each origin, e.g. https://app.example.org", o)
		}
		u, err := url.Parse(o)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" ||
			u.User != nil || (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" {
			return nil, fmt.Errorf("%q: 不是网页来源 / not a web origin: want scheme://host[:port], e.g. https://app.example.org", o)
		}
		out = append(out, u.Scheme+"://"+u.Host)
	}
	return out, nil
}
