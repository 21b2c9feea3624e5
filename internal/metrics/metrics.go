// Package metrics holds a server's Prometheus metrics: one registry per server, with the Go
// runtime and process collectors, and the counters and histograms its components feed
// through the methods below. Every label value comes from a fixed set (schema names, region
// codes of loaded plugins, error codes, outcomes), never from a request's data, so no
// personal data or token can reach a scrape.
//
// A nil *Metrics records nothing: components built without metrics (commands, tests in
// process) call the same methods.
package metrics

import (
	"database/sql"
	"net"
	"net/http"
	"slices"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/shegong/shegong/plugins/host"
)

// Path is where the metrics are served.
const Path = "/metrics"

// namespace prefixes every shegong metric.
const namespace = "shegong"

// Metrics is one server's registry and the metrics its components record.
type Metrics struct {
	reg               *prometheus.Registry
	operations        *prometheus.CounterVec
	operationSeconds  *prometheus.HistogramVec
	pluginCallSeconds *prometheus.HistogramVec
	evaluations       *prometheus.CounterVec
	refusals          *prometheus.CounterVec
	auditWrites       *prometheus.CounterVec
	rateLimitsShared  prometheus.Gauge
	requestsInFlight  prometheus.Gauge
}

// New returns metrics on a registry of their own, with the Go runtime and process
// collectors.
func New() *Metrics {
	reg := prometheus.NewRegistry()
	m := &Metrics{
		reg: reg,
		operations: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: namespace, Name: "graphql_operations_total",
			Help: "GraphQL operations by operation name (a schema root field name, anonymous or other), type, outcome and first error code.",
		}, []string{"operation", "type", "outcome", "code"}),
		operationSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Namespace: namespace, Name: "graphql_operation_duration_seconds",
			Help:    "Time from reading a GraphQL request to its response, by operation name, type and outcome.",
			Buckets: prometheus.DefBuckets,
		}, []string{"operation", "type", "outcome"}),
		pluginCallSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Namespace: namespace, Name: "plugin_call_duration_seconds",
			Help:    "Calls to region plugins by region, method and outcome.",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5},
		}, []string{"region", "method", "outcome"}),
		evaluations: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: namespace, Name: "evaluations_total",
			Help: "Subjects evaluated under a region and its ancestors, by region and compliance status.",
		}, []string{"region", "status"}),
		refusals: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: namespace, Name: "limit_refusals_total",
			Help: "Requests and operations refused by a limit, by reason.",
		}, []string{"reason"}),
		auditWrites: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: namespace, Name: "audit_writes_total",
			Help: "Audit log entries by entry outcome and by result (written: committed; failed: the insert or its commit failed; rolled_back: its transaction rolled back).",
		}, []string{"outcome", "result"}),
		rateLimitsShared: prometheus.NewGauge(prometheus.GaugeOpts{
			Namespace: namespace, Name: "rate_limits_shared",
			Help: "1 while rate limits are counted in Redis, shared by every replica; 0 while they are counted in this process (no --redis-url, or Redis unreachable).",
		}),
		requestsInFlight: prometheus.NewGauge(prometheus.GaugeOpts{
			Namespace: namespace, Name: "requests_in_flight",
			Help: "API requests (GraphQL, CSV export) holding a slot of --max-in-flight-per-client in this process, over all clients; 0 while the cap is off.",
		}),
	}
	reg.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		m.operations, m.operationSeconds, m.pluginCallSeconds, m.evaluations, m.refusals, m.auditWrites,
		m.rateLimitsShared, m.requestsInFlight,
	)
	return m
}

// Registry is the registry the metrics are on.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// Handler serves the registry in the Prometheus text format (or what the scraper negotiates).
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

// WatchDB reports the database pool (in use, idle, waits) as the go_sql_* metrics with
// db_name="shegong".
func (m *Metrics) WatchDB(db *sql.DB) {
	if m == nil {
		return
	}
	m.reg.MustRegister(collectors.NewDBStatsCollector(db, namespace))
}

// WatchPlugins reports each region plugin's state and restarts, read at every scrape.
func (m *Metrics) WatchPlugins(status func() []host.PluginStatus) {
	if m == nil {
		return
	}
	m.reg.MustRegister(pluginCollector{status})
}

// Operation records one GraphQL operation: name and typ from the schema's fixed sets (see
// graph/server), outcome "ok" or "error", code the first error's extensions.code ("" when
// none).
func (m *Metrics) Operation(name, typ, outcome, code string, d time.Duration) {
	if m == nil {
		return
	}
	if code == "" {
		code = "none"
	}
	m.operations.WithLabelValues(name, typ, outcome, code).Inc()
	m.operationSeconds.WithLabelValues(name, typ, outcome).Observe(d.Seconds())
}

// PluginCall records one call to a region's plugin (host.Config.ObserveCall).
func (m *Metrics) PluginCall(region, method, outcome string, d time.Duration) {
	if m == nil {
		return
	}
	m.pluginCallSeconds.WithLabelValues(region, method, outcome).Observe(d.Seconds())
}

// Evaluation records one subject evaluated under region with status.
func (m *Metrics) Evaluation(region, status string) {
	if m == nil {
		return
	}
	m.evaluations.WithLabelValues(region, status).Inc()
}

// RateLimitsShared records whether rate limits are counted in Redis (true) or in this process.
func (m *Metrics) RateLimitsShared(shared bool) {
	if m == nil {
		return
	}
	v := 0.0
	if shared {
		v = 1
	}
	m.rateLimitsShared.Set(v)
}

// Reasons of limit refusals.
const (
	RefusedRateIP           = "rate_ip"            // requests per client IP address
	RefusedRateToken        = "rate_token"         // requests per API token
	RefusedConnections      = "connections_per_ip" // open connections per client IP address
	RefusedEvaluationBudget = "evaluation_budget"  // evaluations asked for by one operation
	RefusedComplexity       = "complexity"         // GraphQL complexity limit
	RefusedDepth            = "depth"              // GraphQL depth limit
	// RefusedInFlight: requests one client (token, else IP address) has in flight at once.
	RefusedInFlight = "in_flight_per_client"
)

// Refused records a request or operation refused by a limit, reason one of the Refused*
// constants.
func (m *Metrics) Refused(reason string) {
	if m == nil {
		return
	}
	m.refusals.WithLabelValues(reason).Inc()
}

// RequestsInFlight records a change of the number of API requests holding a slot of the
// per-client cap: +1 when one takes a slot, -1 when it gives it back.
func (m *Metrics) RequestsInFlight(delta int) {
	if m == nil {
		return
	}
	m.requestsInFlight.Add(float64(delta))
}

// AuditWrite records one audit entry: outcome is the entry's (ok, error, forbidden), result
// written, failed or rolled_back.
func (m *Metrics) AuditWrite(outcome, result string) {
	if m == nil {
		return
	}
	m.auditWrites.WithLabelValues(outcome, result).Inc()
}

// forwardedHeaders mark a request relayed by a proxy, whose connection comes from the proxy.
var forwardedHeaders = []string{"Forwarded", "X-Forwarded-For", "X-Real-Ip"}

// LoopbackOnly serves h to clients connected from a loopback address and answers 403 to
// everyone else: the metrics on the main listener are for the machine itself (a Prometheus
// agent beside the server); give --metrics-addr to serve them to a network. A request relayed
// by a reverse proxy on the same machine comes from loopback too: one that says it was
// forwarded is refused, so a proxy in front of the API does not publish the metrics.
func LoopbackOnly(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host, _, err := net.SplitHostPort(r.RemoteAddr)
		if err != nil {
			host = r.RemoteAddr
		}
		forwarded := slices.ContainsFunc(forwardedHeaders, func(h string) bool { return r.Header.Get(h) != "" })
		if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() || forwarded {
			http.Error(w, "指标仅对本机开放 / metrics are served to loopback clients only; use --metrics-addr for a separate listener", http.StatusForbidden)
			return
		}
		h.ServeHTTP(w, r)
	})
}

var (
	pluginStateDesc = prometheus.NewDesc(namespace+"_plugin_state",
		"1 for the state each region's plugin is in, 0 for the others.", []string{"region", "state"}, nil)
	pluginRestartsDesc = prometheus.NewDesc(namespace+"_plugin_restarts_total",
		"Restarts of each region's plugin after it crashed or hung, since the server started.", []string{"region"}, nil)
)

// pluginStates are every host.State, so a dashboard sees each state's series, 0 or 1.
var pluginStates = []host.State{host.StateStarting, host.StateReady, host.StateRestarting, host.StateFailed, host.StateStopped}

type pluginCollector struct{ status func() []host.PluginStatus }

func (c pluginCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- pluginStateDesc
	ch <- pluginRestartsDesc
}

func (c pluginCollector) Collect(ch chan<- prometheus.Metric) {
	seen := map[string]bool{}
	for _, st := range c.status() {
		// The serving plugin comes first; a refused binary (no region, or a region already
		// served) is not a region's state.
		if st.Region == "" || seen[st.Region] {
			continue
		}
		seen[st.Region] = true
		for _, s := range pluginStates {
			v := 0.0
			if st.State == s {
				v = 1
			}
			ch <- prometheus.MustNewConstMetric(pluginStateDesc, prometheus.GaugeValue, v, st.Region, string(s))
		}
		ch <- prometheus.MustNewConstMetric(pluginRestartsDesc, prometheus.CounterValue, float64(st.Restarts), st.Region)
	}
}
