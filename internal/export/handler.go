package export

import (
	"cmp"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/graph/gqlerr"
	"github.com/shegong/shegong/internal/auth"
	"github.com/shegong/shegong/internal/dberr"
	"github.com/shegong/shegong/internal/evaluate"
	"github.com/shegong/shegong/internal/matrix"
	"github.com/shegong/shegong/internal/memrelease"
	"github.com/shegong/shegong/internal/novalue"
	"github.com/shegong/shegong/internal/requestid"
	"github.com/shegong/shegong/internal/scenario"
	"github.com/shegong/shegong/plugins/host"
	"github.com/shegong/shegong/plugins/sdk"
)

// MaxScenarios bounds one compare export, as GraphQL's compareBatch does: 10,000 scenarios are
// still a handful of plugin calls, but their CSV is already hundreds of thousands of lines.
const MaxScenarios = 10000

// Handler serves the CSV exports; mount it at /export/:
//
//	GET  /export/matrix.csv?concepts=a,b&regions=x,y&asOf=2024-01-01   the policy matrix
//	POST /export/compare.csv[?regions=x,y&asOf=…&from=0&count=50]        body: a scenario file
//
// (the paths are matched by their last element, so the handler works with or without the
// /export prefix stripped). The compare export answers with the file's number of scenarios in
// the ScenarioCountHeader header; from and count select part of the file (see scenarioRange).
// Bad input is HTTP 400 with a JSON body
// {"error": {"code": "BAD_USER_INPUT", "field": "regions[1]", "message": …, "accepted": […]}}.
func Handler(svc *evaluate.Service, client *ent.Client, logger *slog.Logger) http.Handler {
	if logger == nil {
		logger = slog.Default()
	}
	x := &exporter{svc: svc, client: client, log: logger}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case strings.HasSuffix(r.URL.Path, "/matrix.csv") || r.URL.Path == "matrix.csv":
			if !allow(w, r, http.MethodGet, http.MethodHead) {
				return
			}
			x.matrix(w, r)
		case strings.HasSuffix(r.URL.Path, "/compare.csv") || r.URL.Path == "compare.csv":
			if !allow(w, r, http.MethodPost) {
				return
			}
			x.compare(w, r)
		default:
			writeError(w, http.StatusNotFound, apiError{Code: "NOT_FOUND",
				Message: "未知导出 / unknown export; use GET /export/matrix.csv or POST /export/compare.csv"})
		}
	})
}

type exporter struct {
	svc    *evaluate.Service
	client *ent.Client
	log    *slog.Logger
}

type apiError struct {
	Code      string   `json:"code"`
	Field     string   `json:"field,omitempty"`
	Message   string   `json:"message"`
	Accepted  []string `json:"accepted,omitempty"`
	RequestID string   `json:"requestId,omitempty"`
}

func writeError(w http.ResponseWriter, status int, e apiError) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]apiError{"error": e})
}

func badInput(w http.ResponseWriter, field, message string, accepted []string) {
	msg := novalue.Message(message)
	if field != "" {
		msg = field + ": " + msg
	}
	writeError(w, http.StatusBadRequest, apiError{Code: "BAD_USER_INPUT", Field: field, Message: msg, Accepted: accepted})
}

func allow(w http.ResponseWriter, r *http.Request, methods ...string) bool {
	for _, m := range methods {
		if r.Method == m {
			return true
		}
	}
	w.Header().Set("Allow", strings.Join(methods, ", "))
	writeError(w, http.StatusMethodNotAllowed, apiError{Code: "BAD_USER_INPUT",
		Message: fmt.Sprintf("方法不允许 / method %s not allowed; use %s", r.Method, strings.Join(methods, " or "))})
	return false
}

// fail answers an error from the evaluation or the matrix: the caller's input (400), a plugin
// that is down or a database that cannot be reached (503), or our fault (500, logged with the request id).
func (x *exporter) fail(w http.ResponseWriter, r *http.Request, err error) {
	var ie *sdk.InputError
	var se *scenario.Error
	switch {
	case errors.As(err, &se):
		badInput(w, se.Field, se.Message, se.Accepted)
	case errors.As(err, &ie):
		badInput(w, ie.Field, ie.Message, ie.Accepted)
	case errors.Is(err, host.ErrPluginUnavailable):
		writeError(w, http.StatusServiceUnavailable, apiError{Code: "PLUGIN_UNAVAILABLE", Message: err.Error()})
	case dberr.Unavailable(err):
		id := requestid.From(r.Context())
		x.log.WarnContext(r.Context(), "CSV export: database unavailable", "path", r.URL.Path, "error", novalue.Error(err))
		w.Header().Set("Retry-After", strconv.Itoa(int(gqlerr.RetryAfterUnavailable.Seconds())))
		writeError(w, http.StatusServiceUnavailable, apiError{Code: gqlerr.Unavailable,
			Message: gqlerr.UnavailableError(r.Context()).Message, RequestID: id})
	case errors.Is(err, context.Canceled):
		// The client went away; nobody is listening for an answer.
	default:
		id := requestid.From(r.Context())
		x.log.ErrorContext(r.Context(), "CSV export failed", "path", r.URL.Path, "error", novalue.Error(err))
		writeError(w, http.StatusInternalServerError, apiError{Code: "INTERNAL",
			Message: fmt.Sprintf("internal error (request id %s)", id), RequestID: id})
	}
}

// list splits a comma-separated query parameter; absent or empty is nil.
func list(r *http.Request, name string) []string {
	v := strings.TrimSpace(r.URL.Query().Get(name))
	if v == "" {
		return nil
	}
	parts := strings.Split(v, ",")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

// asOf reads the asOf query parameter; absent is the zero Date.
func asOf(w http.ResponseWriter, r *http.Request) (sdk.Date, bool) {
	v := strings.TrimSpace(r.URL.Query().Get("asOf"))
	if v == "" {
		return sdk.Date{}, true
	}
	d, err := sdk.ParseDate(v)
	if err != nil {
		badInput(w, "asOf", err.Error(), nil)
		return sdk.Date{}, false
	}
	return d, true
}

// ScenarioCountHeader is the response header of a compare export that gives the number of
// scenarios in the whole file, so that a client running it part by part knows when it is done.
const ScenarioCountHeader = "X-Scenario-Count"

// scenarioRange reads the from and count query parameters of a compare export: the index of the
// first scenario to evaluate (0 when absent) and how many (the rest of the file when absent;
// fewer when the file ends first). A client runs a large file a part at a time this way, and
// shows its progress by scenarios. The values are checked here, before the body is read; from
// is checked against the file's length once it is read (inRange).
func scenarioRange(w http.ResponseWriter, r *http.Request) (from, count int, ok bool) {
	read := func(name string, least int, absent int) (int, bool) {
		v := strings.TrimSpace(r.URL.Query().Get(name))
		if v == "" {
			return absent, true
		}
		n, err := strconv.Atoi(v)
		if err != nil || n < least {
			badInput(w, name, fmt.Sprintf("须为不小于 %d 的整数 / must be a whole number, %d or more", least, least), nil)
			return 0, false
		}
		return n, true
	}
	if from, ok = read("from", 0, 0); !ok {
		return 0, 0, false
	}
	if count, ok = read("count", 1, 0); !ok {
		return 0, 0, false
	}
	return from, count, true
}

// inRange turns from and count (0: the rest) into the scenarios [from, end) of a file of n,
// refusing a from past its last scenario.
func inRange(w http.ResponseWriter, from, count, n int) (end int, ok bool) {
	if from >= n {
		badInput(w, "from", fmt.Sprintf("超出文件的 %d 个情景（从 0 起数）/ past the file's %d scenarios (from counts from 0)", n, n), nil)
		return 0, false
	}
	if count == 0 || count > n-from {
		return n, true
	}
	return from + count, true
}

func attach(w http.ResponseWriter, filename string) {
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="%s"`, filename))
	w.Header().Set("Cache-Control", "no-store")
}

func (x *exporter) matrix(w http.ResponseWriter, r *http.Request) {
	day, ok := asOf(w, r)
	if !ok {
		return
	}
	if day.IsZero() {
		day = evaluate.Today()
	}
	cells, err := matrix.Build(r.Context(), x.client, list(r, "concepts"), list(r, "regions"), day)
	if err != nil {
		x.fail(w, r, err)
		return
	}
	attach(w, fmt.Sprintf("policy-matrix-%s.csv", day))
	if r.Method == http.MethodHead {
		return
	}
	if err := WriteMatrix(w, cells); err != nil {
		// Headers are sent; all we can do is log and cut the response short.
		x.log.WarnContext(r.Context(), "matrix CSV write failed", "error", err)
	}
}

func (x *exporter) compare(w http.ResponseWriter, r *http.Request) {
	day, ok := asOf(w, r)
	if !ok {
		return
	}
	from, count, ok := scenarioRange(w, r)
	if !ok {
		return
	}
	f, err := scenario.Load(http.MaxBytesReader(w, r.Body, scenario.MaxBytes))
	if err != nil {
		var se *scenario.Error
		if errors.As(err, &se) {
			badInput(w, se.Field, se.Message, se.Accepted)
			return
		}
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeError(w, http.StatusRequestEntityTooLarge, apiError{Code: "LIMIT_EXCEEDED", Field: "body",
				Message: fmt.Sprintf("请求体超过 %d 字节 / body larger than %d bytes", tooBig.Limit, tooBig.Limit)})
			return
		}
		x.fail(w, r, err)
		return
	}
	if n := len(f.Scenarios); n > MaxScenarios {
		writeError(w, http.StatusBadRequest, apiError{Code: "LIMIT_EXCEEDED", Field: "scenarios",
			Message: fmt.Sprintf("情景数 %d 超过上限 %d / %d scenarios, at most %d per export", n, MaxScenarios, n, MaxScenarios)})
		return
	}
	w.Header().Set(ScenarioCountHeader, strconv.Itoa(len(f.Scenarios)))
	end, ok := inRange(w, from, count, len(f.Scenarios))
	if !ok {
		return
	}
	// The request's evaluation budget, as for a GraphQL operation: the scenarios it evaluates ×
	// the regions Evaluate will use.
	regions := cmp.Or(len(list(r, "regions")), len(f.Regions), len(x.svc.Regions()))
	if n, limit := (end-from)*regions, evaluate.Budget(auth.ViewerOf(r.Context()).Role); n > limit {
		writeError(w, http.StatusBadRequest, apiError{Code: "LIMIT_EXCEEDED", Field: "scenarios",
			Message: fmt.Sprintf("本次导出需 %d 次评估，超过上限 %d / the export asks for %d evaluations (scenarios × regions), over this caller's limit of %d per request", n, limit, n, limit)})
		return
	}
	used, day := f.Defaults(x.svc, list(r, "regions"), day)
	memrelease.MarkIf(r.Context(), (end-from)*len(used))
	// The file is written as each chunk of scenarios is evaluated, so that its memory does not
	// grow with the number of scenarios. The first chunk is evaluated before anything is sent:
	// an error there is still a coded answer.
	names := f.Names()
	var out *compareStream
	err = f.EvaluateRange(r.Context(), x.svc, used, day, from, end, 0, func(first int, rows [][]*evaluate.Evaluation) error {
		if out == nil {
			var err error
			if out, err = startCompare(w, r, day); err != nil {
				return err
			}
		}
		if err := out.csv.Write(names[first:first+len(rows)], rows); err != nil {
			return err
		}
		// Each chunk goes out as it is written: the download starts after the first chunk
		// and shows progress, rather than waiting for the buffers to fill.
		if err := out.flush(w); err != nil {
			return err
		}
		if end-from > evaluate.ChunkSize {
			memrelease.Collect()
		}
		return nil
	})
	if err == nil && out == nil {
		out, err = startCompare(w, r, day)
	}
	if err == nil {
		err = out.close()
	}
	switch {
	case err == nil:
	case out == nil:
		x.fail(w, r, err)
	default:
		// Rows are sent already; a status or an error body cannot follow them. The response
		// is cut off without its end (the last chunk, and the gzip trailer), so the client
		// sees an incomplete download instead of a file that looks whole.
		x.log.WarnContext(r.Context(), "compare CSV export stopped after its first rows", "error", novalue.Error(err))
		panic(http.ErrAbortHandler)
	}
}

// compareStream is the body of a compare export being written: CSV, gzipped when the client
// accepts it.
type compareStream struct {
	csv *EvaluationWriter
	gz  *gzip.Writer // nil when not compressed
}

// startCompare sends the headers of the compare export and its CSV header line.
func startCompare(w http.ResponseWriter, r *http.Request, day sdk.Date) (*compareStream, error) {
	attach(w, fmt.Sprintf("policy-compare-%s.csv", day))
	w.Header().Add("Vary", "Accept-Encoding")
	s := &compareStream{}
	var body io.Writer = w
	if acceptsGzip(r.Header.Values("Accept-Encoding")) {
		w.Header().Set("Content-Encoding", "gzip")
		// The fastest level: the CSV's long repeated texts compress about tenfold even so,
		// and a default-level pass over hundreds of megabytes would cost seconds of CPU.
		s.gz, _ = gzip.NewWriterLevel(w, gzip.BestSpeed) // a valid level: no error
		body = s.gz
	}
	var err error
	s.csv, err = NewEvaluationWriter(body)
	return s, err
}

func (s *compareStream) flush(w http.ResponseWriter) error {
	if err := s.csv.Flush(); err != nil {
		return err
	}
	if s.gz != nil {
		if err := s.gz.Flush(); err != nil {
			return fmt.Errorf("export: %w", err)
		}
	}
	// A writer that cannot flush (ErrNotSupported) sends the rows as its buffer fills.
	if err := http.NewResponseController(w).Flush(); err != nil && !errors.Is(err, http.ErrNotSupported) {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

func (s *compareStream) close() error {
	if err := s.csv.Close(); err != nil {
		return err
	}
	if s.gz != nil {
		return s.gz.Close()
	}
	return nil
}

// acceptsGzip tells whether Accept-Encoding values accept gzip: "gzip" or "*" listed without
// q=0 (RFC 9110, 12.5.3).
func acceptsGzip(values []string) bool {
	for _, v := range values {
		for part := range strings.SplitSeq(v, ",") {
			coding, params, _ := strings.Cut(part, ";")
			coding = strings.ToLower(strings.TrimSpace(coding))
			if coding != "gzip" && coding != "x-gzip" && coding != "*" {
				continue
			}
			if q, ok := strings.CutPrefix(strings.ReplaceAll(params, " ", ""), "q="); ok {
				if f, err := strconv.ParseFloat(q, 64); err == nil && f == 0 {
					continue
				}
			}
			return true
		}
	}
	return false
}
