package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/shegong/shegong/ent/region"
	"github.com/shegong/shegong/internal/apptest"
	"github.com/shegong/shegong/internal/auth"
	"github.com/shegong/shegong/internal/testdb"
)

// The personal values the bad requests of TestBadInputNeverEchoesPersonalData carry: each is
// distinctive enough that finding it in an answer or a log line can only be an echo. The age
// and the counts are numbers no message of the project contains.
const (
	leakName  = "回声测试员乙"
	leakPhone = "13798765432"
	leakBirth = "1979-11-23"
	leakCert  = "LK-ECHO-424242"
	leakAge   = 4321
	leakCount = 987654
)

var leakValues = []string{leakName, leakPhone, leakBirth, "19791123", leakCert, fmt.Sprint(leakAge), fmt.Sprint(leakCount), "987,654"}

// TestBadInputNeverEchoesPersonalData: bad requests carrying a worker's name, phone, birth
// date and certificate number — wrong-typed variables and arguments, bad scalars, enum values
// and counts out of range, refused writes, malformed bodies, bad CSV exports — are answered
// with the field and the rule, never a submitted value; and the server log (captured from a
// real server whose regions are plugin processes) holds none of the values either: it names
// the request, operation, path and code, never bodies or variables.
func TestBadInputNeverEchoesPersonalData(t *testing.T) {
	for _, k := range testdb.Kinds {
		t.Run(string(k), func(t *testing.T) {
			t.Parallel()
			badInputNeverEchoes(t, k)
		})
	}
}

func badInputNeverEchoes(t *testing.T, k testdb.Kind) {
	var log syncBuffer
	s := apptest.Start(t, apptest.Options{Kind: k, Logger: slog.New(slog.NewJSONHandler(&log, &slog.HandlerOptions{Level: slog.LevelDebug}))})
	ctx := auth.System(context.Background())
	c := s.App.DB.Client
	zz := c.Region.Query().Where(region.Code("zhuzhou")).OnlyX(ctx)
	sz := c.Region.Query().Where(region.Code("shenzhen")).OnlyX(ctx)
	admin := s.As(s.Token(t, auth.Admin, "", "echo admin"))
	op := s.As(s.Token(t, auth.Operator, "shenzhen", "echo operator"))

	worker := func(fields map[string]any) map[string]any {
		w := map[string]any{"name": leakName, "phone": leakPhone, "birthDate": leakBirth,
			"certificateNumber": leakCert, "regionID": zz.ID}
		for k, v := range fields {
			w[k] = v
		}
		return w
	}
	const create = `mutation($in: CreateSocialWorkerInput!) { createSocialWorker(input: $in) { id } }`
	evalWorker := func(fields string) string {
		return `{ evaluate(region: "hunan", asOf: "2024-01-01", subject: {worker: {` + fields + `}}) { status } }`
	}
	requests := []struct {
		name  string
		query string
		vars  map[string]any
		field string // the extensions.field the answer must name ("" for none)
	}{
		{"birthDate a number", create, map[string]any{"in": worker(map[string]any{"birthDate": 19791123})}, "input.birthDate"},
		{"birthDate an object", create, map[string]any{"in": worker(map[string]any{"birthDate": map[string]any{"d": leakBirth, "n": leakName}})}, "input.birthDate"},
		{"name an object", create, map[string]any{"in": worker(map[string]any{"name": map[string]any{"full": leakName, "phone": leakPhone}})}, "in.name"},
		{"phone a list", create, map[string]any{"in": worker(map[string]any{"phone": []any{leakPhone, leakCert}})}, "in.phone"},
		{"regionID a name", create, map[string]any{"in": worker(map[string]any{"regionID": leakName})}, "input.regionID"},
		{"education unknown", create, map[string]any{"in": worker(map[string]any{"education": leakName})}, "in.education"},
		{"bad phone", create, map[string]any{"in": worker(map[string]any{"phone": leakPhone + "x"})}, "input.phone"},
		{"name too long", create, map[string]any{"in": worker(map[string]any{"name": strings.Repeat(leakName, 20)})}, "input.name"},
		{"birthDate not a day", create, map[string]any{"in": worker(map[string]any{"birthDate": leakBirth + "x"})}, "input.birthDate"},
		{"input a string", create, map[string]any{"in": leakName + leakPhone}, "in"},
		{"literal birthDate a number", `mutation { createSocialWorker(input: {name: "` + leakName + `", phone: "` + leakPhone + `", birthDate: 19791123, regionID: ` + fmt.Sprint(zz.ID) + `}) { id } }`, nil, ""},
		{"literal birthDate an object", `mutation { createSocialWorker(input: {name: "` + leakName + `", birthDate: {d: "` + leakBirth + `"}, regionID: ` + fmt.Sprint(zz.ID) + `}) { id } }`, nil, ""},
		{"literal birthDate not a day", `mutation { createSocialWorker(input: {name: "` + leakName + `", birthDate: "` + leakBirth + `x", regionID: ` + fmt.Sprint(zz.ID) + `}) { id } }`, nil, "input.birthDate"},
		{"literal input a list", `mutation { createSocialWorker(input: [{name: "` + leakName + `", phone: "` + leakPhone + `", birthDate: "` + leakBirth + `", certificateNumber: "` + leakCert + `", regionID: ` + fmt.Sprint(zz.ID) + `}]) { id } }`, nil, ""},
		{"literal input a string", `mutation { createSocialWorker(input: "` + leakName + " " + leakPhone + `") { id } }`, nil, ""},
		{"literal name an object", `mutation { createSocialWorker(input: {name: {n: "` + leakName + `"}, phone: "` + leakPhone + `", regionID: ` + fmt.Sprint(zz.ID) + `}) { id } }`, nil, ""},
		{"input a list", create, map[string]any{"in": []any{worker(nil)}}, "in"},
		{"syntax error after a name", `mutation { createSocialWorker(input: {name: "` + leakName + `" "` + leakPhone + `"}) { id } }`, nil, ""},
		{"literal id a name", `mutation { updateSocialWorker(id: "` + leakName + `", input: {phone: "` + leakPhone + `"}) { id } }`, nil, "id"},
		{"literal enum", `mutation { createSocialWorker(input: {name: "` + leakName + `", education: ` + strings.ReplaceAll(leakCert, "-", "_") + `, regionID: ` + fmt.Sprint(zz.ID) + `}) { id } }`, nil, ""},
		{"age out of range", evalWorker(fmt.Sprintf("age: %d", leakAge)), nil, "subject.worker.age"},
		{"training out of range", evalWorker(fmt.Sprintf("trainingHoursPerYear: %d", leakCount)), nil, "subject.worker.trainingHoursPerYear"},
		{"birth date not a day", evalWorker(`birthDate: "` + leakBirth + `x"`), nil, "subject.worker.birthDate"},
		{"counts out of range", `{ evaluate(region: "hunan", subject: {project: {domain: "DOM-ELDERLY", headcount: 5, professionalPosts: ` + fmt.Sprint(leakCount) + `}}) { status } }`, nil, "subject.project.professionalPosts"},
		{"posts above headcount", `{ evaluate(region: "hunan", subject: {project: {domain: "DOM-ELDERLY", headcount: ` + fmt.Sprint(leakCount) + `, professionalPosts: ` + fmt.Sprint(leakCount+1) + `}}) { status } }`, nil, ""},
		{"unknown domain", `{ evaluate(region: "hunan", subject: {project: {domain: "` + leakName + `", headcount: 1}}) { status } }`, nil, "subject.project.domain"},
		{"unknown region", `{ evaluate(region: "` + leakName + `", subject: {worker: {age: 30}}) { status } }`, nil, "region"},
		{"subject a string", `query($s: SubjectInput!) { evaluate(region: "hunan", subject: $s) { status } }`, map[string]any{"s": leakName + leakPhone}, "s"},
		{"scenario worker a string", `query($s: [ScenarioInput!]!) { compareBatch(scenarios: $s) { status } }`, map[string]any{"s": []any{map[string]any{"name": "x", "subject": map[string]any{"worker": leakName}}}}, ""},
		{"unknown variable field", create, map[string]any{"in": worker(map[string]any{"nickname": leakName})}, ""},
	}
	var answers bytes.Buffer
	for _, r := range requests {
		res := admin.Do(t, r.query, r.vars)
		raw, _ := json.Marshal(res)
		answers.Write(raw)
		if len(res.Errors) == 0 {
			t.Errorf("%s: no error: %s", r.name, res.Data)
			continue
		}
		e := res.Errors[0]
		switch {
		case e.Code() != "BAD_USER_INPUT":
			t.Errorf("%s: want BAD_USER_INPUT, got %s", r.name, res.ErrorString())
		case r.field != "" && e.Field() != r.field:
			t.Errorf("%s: want field %s, got %s", r.name, r.field, res.ErrorString())
		}
	}
	// A refused write (another region's operator) and a bad write, both with personal values.
	for _, q := range []struct {
		query string
		vars  map[string]any
	}{
		{create, map[string]any{"in": worker(nil)}},
		{create, map[string]any{"in": worker(map[string]any{"regionID": sz.ID, "name": ""})}},
	} {
		res := op.Do(t, q.query, q.vars)
		raw, _ := json.Marshal(res)
		answers.Write(raw)
		if len(res.Errors) == 0 {
			t.Errorf("operator's bad write succeeded: %s", res.Data)
		}
	}
	// Malformed bodies and a bad CSV export carrying the values.
	for _, req := range []struct{ path, ctype, body string }{
		{"/graphql", "application/json", `{"query": "mutation { createSocialWorker(input: {name: \"` + leakName + `\", phone: \"` + leakPhone + `\"}) { id } }", "variables": {"b": "` + leakBirth + `"`},
		{"/graphql", "application/json", `{"query": 42, "variables": {"n": "` + leakName + `", "p": "` + leakPhone + `"}}`},
		{"/graphql", "application/json", `{"query": "{ viewer { role } }", "variables": "` + leakName + leakPhone + `"}`},
		{"/export/compare.csv", "application/yaml", "scenarios:\n  - name: " + leakName + "\n    subject:\n      worker: {age: " + fmt.Sprint(leakAge) + ", education: " + leakPhone + "}\n"},
		{"/export/compare.csv", "application/yaml", "scenarios:\n  - name: a\n    subject:\n      worker: {age: \"" + leakName + "\"}\n"},
	} {
		hr, _ := http.NewRequest(http.MethodPost, s.URL+req.path, strings.NewReader(req.body))
		hr.Header.Set("Content-Type", req.ctype)
		hr.Header.Set("Authorization", "Bearer "+admin.Token)
		resp, err := http.DefaultClient.Do(hr)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode < 400 {
			t.Errorf("POST %s %q: HTTP %d %s", req.path, req.body, resp.StatusCode, b)
		}
		answers.Write(b)
	}
	for _, v := range leakValues {
		// A number counts only on its own: the log's durations and pids hold any digits.
		re := regexp.MustCompile(`(^|[^0-9])` + regexp.QuoteMeta(v) + `($|[^0-9])`)
		for what, text := range map[string]string{"an answer": answers.String(), "the server log": log.String()} {
			if loc := re.FindStringIndex(text); loc != nil {
				t.Errorf("%s holds %q: …%s…", what, v, text[max(0, loc[0]-300):min(len(text), loc[1]+100)])
			}
		}
	}
	if t.Failed() {
		return
	}
	// The test proves something only if the log was written to and the writes were refused.
	if !strings.Contains(log.String(), "request_id") {
		t.Errorf("nothing was logged: %s", log.String())
	}
	if n := c.SocialWorker.Query().CountX(ctx); n != 0 {
		t.Errorf("%d workers were written by refused requests", n)
	}
}
