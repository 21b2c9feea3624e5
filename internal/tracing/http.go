package tracing

import (
	"net/http"
	"slices"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/propagation"
	"go.opentelemetry.io/otel/trace"
)

// HTTP gives every request a server span, continuing the trace of an incoming traceparent
// header (from a proxy or a traced client), so that the request's log lines carry its
// trace_id and the GraphQL operation's span is its child. The span records the method and the
// path, never the query string or the body, which carry submitted values. Requests for the
// untraced paths (health checks, scrapes, which come every few seconds) get no span. Without
// Start it adds nothing.
func HTTP(next http.Handler, untraced ...string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !On() || slices.Contains(untraced, r.URL.Path) {
			next.ServeHTTP(w, r)
			return
		}
		ctx := otel.GetTextMapPropagator().Extract(r.Context(), propagation.HeaderCarrier(r.Header))
		ctx, span := Tracer().Start(ctx, "HTTP "+r.Method, trace.WithSpanKind(trace.SpanKindServer),
			trace.WithAttributes(attribute.String("http.request.method", r.Method), attribute.String("url.path", r.URL.Path)))
		defer span.End()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}
