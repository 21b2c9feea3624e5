package transport

import (
	"context"
	"os"
	"time"

	"go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
	"google.golang.org/grpc"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/stats"

	"github.com/shegong/shegong/internal/tracing"
	pb "github.com/shegong/shegong/plugins/proto/policyv1"
)

// Traces cross the process boundary with the evaluation calls only, and only those made
// within a traced request: the W3C trace context of the host's call travels in the gRPC
// metadata and the plugin's spans join the host's trace. Health checks (Ping), Describe,
// go-plugin's own streams and calls outside a trace (the policy sync at start, `shegong
// compare`) are not traced, so an idle server exports nothing.
var tracedMethods = map[string]bool{
	pb.RegionPolicy_Budget_FullMethodName:   true,
	pb.RegionPolicy_Staffing_FullMethodName: true,
	pb.RegionPolicy_Catalog_FullMethodName:  true,
	pb.RegionPolicy_Evaluate_FullMethodName: true,
}

// TraceClientCalls is the host's dial option that carries the trace context of each
// evaluation call into the plugin process (a client span per call made within a recorded
// span), once tracing.Start has turned tracing on; none otherwise.
func TraceClientCalls() grpc.DialOption {
	if !tracing.On() {
		return grpc.EmptyDialOption{} // gRPC builds its per-call statistics only for a handler
	}
	return grpc.WithStatsHandler(withinTrace{Handler: otelgrpc.NewClientHandler(), traced: func(ctx context.Context) bool {
		return trace.SpanFromContext(ctx).IsRecording()
	}})
}

// traceServerCalls continues the host's trace in the plugin process (a server span per call
// that arrives with a trace context).
func traceServerCalls() grpc.ServerOption {
	if !tracing.On() {
		return grpc.EmptyServerOption{}
	}
	return grpc.StatsHandler(withinTrace{Handler: otelgrpc.NewServerHandler(), traced: func(ctx context.Context) bool {
		md, _ := metadata.FromIncomingContext(ctx)
		return len(md.Get(traceparentHeader)) > 0
	}})
}

// traceparentHeader is the W3C trace-context header, as gRPC metadata (lower case).
const traceparentHeader = "traceparent"

// withinTrace passes to the OpenTelemetry gRPC handler only the evaluation calls that belong
// to a trace; the others are marked in their context and skipped.
type withinTrace struct {
	stats.Handler
	traced func(context.Context) bool
}

type untracedKey struct{}

func (h withinTrace) TagRPC(ctx context.Context, info *stats.RPCTagInfo) context.Context {
	if !tracedMethods[info.FullMethodName] || !h.traced(ctx) {
		return context.WithValue(ctx, untracedKey{}, true)
	}
	return h.Handler.TagRPC(ctx, info)
}

func (h withinTrace) HandleRPC(ctx context.Context, s stats.RPCStats) {
	if ctx.Value(untracedKey{}) == nil {
		h.Handler.HandleRPC(ctx, s)
	}
}

// flushTimeout bounds the export of the plugin's last spans when it stops: go-plugin gives a
// plugin two seconds to exit before killing it.
const flushTimeout = time.Second

// startTracing exports the plugin's spans when the host's environment (which the plugin
// inherits) asks for traces, under the server's service name plus tracing.PluginServiceSuffix.
func startTracing(logger Logger) func() {
	shutdown, err := tracing.Start(context.Background(), tracing.ServiceName(os.Getenv)+tracing.PluginServiceSuffix)
	if err != nil {
		logger.Warn("traces not exported", "error", err.Error())
	}
	return func() {
		ctx, cancel := context.WithTimeout(context.Background(), flushTimeout)
		defer cancel()
		if err := shutdown(ctx); err != nil {
			logger.Warn("traces not flushed", "error", err.Error())
		}
	}
}

// Attributes of the plugin's evaluation span: which region evaluated how many subjects,
// never the subjects themselves.
const (
	attrRegion = "shegong.region"
	attrMethod = "shegong.plugin.method"
	attrItems  = "shegong.plugin.items"
)

// evaluationSpan starts the span around a rule evaluation inside the plugin process.
func (s *policyServer) evaluationSpan(ctx context.Context, method string, items int) (context.Context, trace.Span) {
	if !trace.SpanFromContext(ctx).IsRecording() {
		return ctx, trace.SpanFromContext(ctx)
	}
	attrs := []attribute.KeyValue{attribute.String(attrMethod, method), attribute.Int(attrItems, items)}
	if d, err := s.describeOnce(ctx); err == nil {
		attrs = append(attrs, attribute.String(attrRegion, d.Region.Code))
	}
	return tracing.Tracer().Start(ctx, "evaluate "+method, trace.WithAttributes(attrs...))
}

// endSpan ends an evaluation span, failed when the rules returned an error (its kind only).
func endSpan(span trace.Span, err error) {
	if err != nil {
		span.SetStatus(codes.Error, "evaluation failed")
	}
	span.End()
}
