package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/shegong/shegong/graph/gqlerr"
	"github.com/shegong/shegong/graph/streamlist"
)

// The GraphQL endpoint's own HTTP transports. gqlgen's answer a malformed request — an empty
// or non-object body, wrong-typed variables, a GET mutation, an unsupported content type —
// with an error that has no code, echoes the body, or panics in the response interceptors
// (they expect an operation context that a request never decoded does not have). These
// decode and check the request themselves, answer every problem with a code and the HTTP
// status it deserves, and hand gqlgen only a well-formed request.

// acceptGraphQL answers requests no transport serves before anything else runs: methods other
// than GET, POST, OPTIONS and HEAD are 405, and a POST whose body is not application/json is
// 415, both with BAD_USER_INPUT. The body is never read.
func acceptGraphQL(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodGet, http.MethodOptions, http.MethodHead:
		case http.MethodPost:
			if !isJSON(r.Header.Get("Content-Type")) {
				w.Header().Set("Accept-Post", "application/json")
				writeRequestError(w, http.StatusUnsupportedMediaType, gqlerr.New(gqlerr.BadUserInput,
					"请求体须为 application/json / the request body must be application/json (a JSON object with query, variables, operationName, extensions)",
					map[string]any{"field": "Content-Type"}))
				return
			}
		default:
			w.Header().Set("Allow", "GET, POST, OPTIONS")
			writeRequestError(w, http.StatusMethodNotAllowed, gqlerr.New(gqlerr.BadUserInput,
				fmt.Sprintf("不支持 %s 方法 / method %s is not supported: use POST (or GET for queries)", r.Method, r.Method), nil))
			return
		}
		next.ServeHTTP(w, r)
	})
}

func isJSON(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	return err == nil && mt == "application/json"
}

// postJSON is the POST transport: a JSON object {query, operationName, variables, extensions}.
type postJSON struct{}

var _ graphql.Transport = postJSON{}

func (postJSON) Supports(r *http.Request) bool {
	return r.Method == http.MethodPost && isJSON(r.Header.Get("Content-Type"))
}

func (postJSON) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	start := graphql.Now()
	body, err := io.ReadAll(r.Body)
	if err != nil {
		// protect has read the body already; this is a body it did not see.
		writeRequestError(w, http.StatusBadRequest, gqlerr.New(gqlerr.BadUserInput, "无法读取请求体 / could not read the request body", nil))
		return
	}
	params, gerr := decodeParams(body)
	if gerr != nil {
		writeRequestError(w, http.StatusBadRequest, gerr)
		return
	}
	params.Headers = r.Header
	params.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}
	execute(w, r, exec, params, false)
}

// getQuery is the GET transport: query, operationName, variables and extensions in the URL,
// for queries only.
type getQuery struct{}

var _ graphql.Transport = getQuery{}

func (getQuery) Supports(r *http.Request) bool { return r.Method == http.MethodGet }

func (getQuery) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	start := graphql.Now()
	q, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		writeRequestError(w, http.StatusBadRequest, gqlerr.New(gqlerr.BadUserInput, "URL 查询串格式错误 / malformed URL query string", nil))
		return
	}
	params := &graphql.RawParams{Query: q.Get("query"), OperationName: q.Get("operationName"), Headers: r.Header}
	for _, p := range []struct {
		name string
		into *map[string]any
	}{{"variables", &params.Variables}, {"extensions", &params.Extensions}} {
		if s := q.Get(p.name); s != "" {
			if gerr := decodeObject(p.name, []byte(s), p.into); gerr != nil {
				writeRequestError(w, http.StatusBadRequest, gerr)
				return
			}
		}
	}
	params.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}
	execute(w, r, exec, params, true)
}

// execute runs a decoded request. queriesOnly refuses mutations (GET) with 405, before they run.
func execute(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor, params *graphql.RawParams, queriesOnly bool) {
	ctx := r.Context()
	w.Header().Set("Content-Type", responseType(r))
	oc, errs := exec.CreateOperationContext(ctx, params)
	if errs != nil {
		resp := exec.DispatchError(graphql.WithOperationContext(ctx, oc), errs)
		w.WriteHeader(statusOf(resp.Errors))
		writeResponse(w, resp)
		return
	}
	if queriesOnly && oc.Operation.Operation != ast.Query {
		w.Header().Set("Allow", "POST")
		writeRequestError(w, http.StatusMethodNotAllowed, gqlerr.New(gqlerr.BadUserInput,
			fmt.Sprintf("GET 只能用于查询 / a %s needs POST: GET serves queries only", oc.Operation.Operation), nil))
		return
	}
	// The lists of graph/streamlist are written to the client from the resolvers' results,
	// after the errors, instead of into the data first.
	ctx, lists := streamlist.NewContext(ctx)
	responses, ctx := exec.DispatchOperation(ctx, oc)
	if err := writeResponseWith(w, responses(ctx), lists); err != nil {
		// Part of the data is sent and the rest cannot be: cut the response off without its
		// end, so that the client reads an error, not an answer that looks complete.
		panic(http.ErrAbortHandler)
	}
}

// statusOf is the HTTP status of a request refused before execution: 400, except that an
// unknown persisted query is 200 (Apollo clients then resend the full query) and our own
// failure is 500.
func statusOf(errs gqlerror.List) int {
	for _, e := range errs {
		switch e.Extensions["code"] {
		case gqlerr.Internal:
			return http.StatusInternalServerError
		case persistedQueryNotFound:
			return http.StatusOK
		}
	}
	return http.StatusBadRequest
}

// persistedQueryNotFound is the code APQ clients (Apollo) wait for to resend the full query.
const persistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND"

// responseType follows the Accept header as gqlgen does: application/json when the client asks
// for it first, application/graphql-response+json otherwise.
func responseType(r *http.Request) string {
	for _, part := range strings.Split(r.Header.Get("Accept"), ",") {
		mt, _, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		switch mt {
		case "application/json":
			return "application/json"
		case "application/graphql-response+json", "*/*", "application/*":
			return "application/graphql-response+json"
		}
	}
	return "application/graphql-response+json"
}

// decodeParams reads a POST body: exactly one JSON object whose query and operationName are
// strings (or null) and whose variables and extensions are objects (or null). Messages name
// the member and the rule, never a value: a body may hold personal data.
func decodeParams(body []byte) (*graphql.RawParams, *gqlerror.Error) {
	var raw struct {
		Query         json.RawMessage `json:"query"`
		OperationName json.RawMessage `json:"operationName"`
		Variables     json.RawMessage `json:"variables"`
		Extensions    json.RawMessage `json:"extensions"`
	}
	if gerr := decodeJSON("body", body, &raw, '{', "JSON 对象", "a JSON object with query, variables, operationName, extensions"); gerr != nil {
		return nil, gerr
	}
	p := &graphql.RawParams{}
	for _, s := range []struct {
		name string
		raw  json.RawMessage
		into *string
	}{{"query", raw.Query, &p.Query}, {"operationName", raw.OperationName, &p.OperationName}} {
		if isNull(s.raw) {
			continue
		}
		if gerr := decodeJSON(s.name, s.raw, s.into, '"', "字符串", "a string"); gerr != nil {
			return nil, gerr
		}
	}
	for _, o := range []struct {
		name string
		raw  json.RawMessage
		into *map[string]any
	}{{"variables", raw.Variables, &p.Variables}, {"extensions", raw.Extensions, &p.Extensions}} {
		if isNull(o.raw) {
			continue
		}
		if gerr := decodeObject(o.name, o.raw, o.into); gerr != nil {
			return nil, gerr
		}
	}
	return p, nil
}

func isNull(raw json.RawMessage) bool {
	t := bytes.TrimSpace(raw)
	return len(t) == 0 || string(t) == "null"
}

// decodeObject decodes a JSON object member (variables, extensions); numbers stay
// json.Number, as gqlgen's scalars expect.
func decodeObject(name string, data []byte, into *map[string]any) *gqlerror.Error {
	return decodeJSON(name, data, into, '{', "JSON 对象", "a JSON object")
}

// decodeJSON decodes data, which must start with the JSON token first ('{' or '"') and hold
// one value only, into v.
func decodeJSON(field string, data []byte, v any, first byte, wantZh, wantEn string) *gqlerror.Error {
	bad := func(problem string) *gqlerror.Error {
		return gqlerr.BadInput(field, fmt.Sprintf("须为%s / must be %s: %s", wantZh, wantEn, problem))
	}
	t := bytes.TrimSpace(data)
	switch {
	case len(t) == 0:
		return bad("it is empty")
	case t[0] != first:
		return bad("got another kind of value")
	}
	dec := json.NewDecoder(bytes.NewReader(t))
	dec.UseNumber()
	if err := dec.Decode(v); err != nil {
		return bad(jsonProblem(err))
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return bad("more than one JSON value")
	}
	return nil
}

// jsonProblem says what is wrong with a JSON text without quoting it.
func jsonProblem(err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		if strings.Contains(syn.Error(), "max depth") {
			return fmt.Sprintf("nested too deeply (at byte %d)", syn.Offset)
		}
		return fmt.Sprintf("invalid JSON at byte %d", syn.Offset)
	case errors.As(err, &typ):
		if typ.Field != "" {
			return fmt.Sprintf("%s is a JSON %s", typ.Field, typ.Value)
		}
		return fmt.Sprintf("got a JSON %s", typ.Value)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "the JSON text ends too early"
	}
	return "invalid JSON"
}

// writeRequestError answers a request refused before it reached the executor.
func writeRequestError(w http.ResponseWriter, status int, e *gqlerror.Error) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	writeResponse(w, &graphql.Response{Errors: gqlerror.List{e}})
}

// writeResponse writes resp as JSON. The data is written as the executor marshalled it rather
// than through json.Marshal, which would compact it into a second buffer of its size: a
// compareBatch answer with findings is tens of megabytes. It is checked for validity (a scan
// without copying) so that a value that did not marshal still gives a coded answer.
func writeResponse(w io.Writer, resp *graphql.Response) {
	_ = writeResponseWith(w, resp, nil)
}

// writeResponseWith is writeResponse with the data's streamed lists written in their places
// (streamlist.Sink.WriteData); an error is one of those lists', after part of it was written.
func writeResponseWith(w io.Writer, resp *graphql.Response, lists *streamlist.Sink) error {
	if len(resp.Data) > 0 && !json.Valid(resp.Data) {
		resp = &graphql.Response{Errors: gqlerror.List{gqlerr.New(gqlerr.Internal, "internal error", nil)}}
	}
	rest := *resp
	rest.Errors, rest.Data = nil, nil
	errs, err := json.Marshal(resp.Errors)
	tail, err2 := json.Marshal(&rest) // {"data":null[,…]}: the fields after data
	if err != nil || err2 != nil {
		// Errors and extensions are ours; should one not marshal, the client still gets a
		// coded answer.
		errs, _ = json.Marshal(gqlerror.List{gqlerr.New(gqlerr.Internal, "internal error", nil)})
		resp, tail = &graphql.Response{}, []byte(`{"data":null}`)
	}
	var b bytes.Buffer
	b.WriteByte('{')
	if len(resp.Errors) > 0 {
		b.WriteString(`"errors":`)
		b.Write(errs)
		b.WriteByte(',')
	}
	if len(resp.Data) == 0 {
		b.Write(tail[1:])
		_, _ = w.Write(b.Bytes())
		return nil
	}
	b.WriteString(`"data":`)
	_, _ = w.Write(b.Bytes())
	if err := lists.WriteData(w, resp.Data); err != nil {
		return err
	}
	_, _ = w.Write(tail[len(`{"data":null`):])
	return nil
}

// persistedQueries is gqlgen's automatic persisted queries with codes on its errors: a hash
// that does not match the query, or a malformed persistedQuery extension, is BAD_USER_INPUT;
// an unknown hash stays PERSISTED_QUERY_NOT_FOUND.
type persistedQueries struct {
	extension.AutomaticPersistedQuery
}

func (p persistedQueries) MutateOperationParameters(ctx context.Context, params *graphql.RawParams) *gqlerror.Error {
	err := p.AutomaticPersistedQuery.MutateOperationParameters(ctx, params)
	if err == nil {
		return nil
	}
	if code, _ := err.Extensions["code"].(string); code != "" {
		return err
	}
	return gqlerr.BadInput("extensions.persistedQuery", err.Message)
}
