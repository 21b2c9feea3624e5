// Package tracing exports OpenTelemetry traces over OTLP when the operator asks for them with
// the standard environment variables (OTEL_EXPORTER_OTLP_ENDPOINT or
// OTEL_EXPORTER_OTLP_TRACES_ENDPOINT), and does nothing otherwise: without an endpoint the
// global tracer provider stays OpenTelemetry's no-op one, so a span costs a function call.
// The server and every plugin process start it; the trace context travels from one to the
// other in gRPC metadata (W3C traceparent).
package tracing

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"strings"
	"sync/atomic"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	"go.opentelemetry.io/otel/propagation"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	semconv "go.opentelemetry.io/otel/semconv/v1.40.0"
	"go.opentelemetry.io/otel/trace"
)

// DefaultServiceName is the server's service.name unless OTEL_SERVICE_NAME sets one.
const DefaultServiceName = "shegong"

// PluginServiceSuffix is added to the server's service name to name its plugin processes, so
// that a trace viewer tells the time spent in a region's process from the server's own.
const PluginServiceSuffix = "-plugin"

// Environment variables read here; the exporters and the SDK read the others themselves
// (headers, timeouts, TLS, OTEL_TRACES_SAMPLER, OTEL_BSP_*, OTEL_RESOURCE_ATTRIBUTES).
const (
	EnvEndpoint       = "OTEL_EXPORTER_OTLP_ENDPOINT"
	EnvTracesEndpoint = "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"
	EnvProtocol       = "OTEL_EXPORTER_OTLP_PROTOCOL"
	EnvTracesProtocol = "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL"
	EnvServiceName    = "OTEL_SERVICE_NAME"
	EnvSDKDisabled    = "OTEL_SDK_DISABLED"
	EnvTracesExporter = "OTEL_TRACES_EXPORTER"
)

// OTLP protocols (OTEL_EXPORTER_OTLP_PROTOCOL); http/protobuf is the specification's default.
const (
	ProtocolGRPC = "grpc"
	ProtocolHTTP = "http/protobuf"
)

// Instrumentation is the instrumentation scope of the project's own spans.
const Instrumentation = "github.com/shegong/shegong"

var on atomic.Bool

// On reports whether Start installed an exporting tracer provider in this process.
func On() bool { return on.Load() }

// Tracer is the project's tracer: the no-op one until Start installs a provider.
func Tracer() trace.Tracer { return otel.Tracer(Instrumentation) }

// Enabled reports whether the environment asks for traces: an OTLP endpoint is set, and
// neither OTEL_SDK_DISABLED=true nor OTEL_TRACES_EXPORTER=none turns them off.
func Enabled(getenv func(string) string) bool {
	if strings.EqualFold(strings.TrimSpace(getenv(EnvSDKDisabled)), "true") ||
		strings.EqualFold(strings.TrimSpace(getenv(EnvTracesExporter)), "none") {
		return false
	}
	return getenv(EnvEndpoint) != "" || getenv(EnvTracesEndpoint) != ""
}

// ServiceName is the server's service.name: OTEL_SERVICE_NAME, or DefaultServiceName.
func ServiceName(getenv func(string) string) string {
	return cmp.Or(strings.TrimSpace(getenv(EnvServiceName)), DefaultServiceName)
}

// Start installs a tracer provider exporting to the OTLP endpoint of the environment under
// service.name service, with the W3C trace-context propagator, and returns the function that
// flushes and stops it (call it on shutdown). When Enabled is false it installs nothing and
// returns a shutdown that does nothing.
func Start(ctx context.Context, service string, attrs ...attribute.KeyValue) (shutdown func(context.Context) error, err error) {
	nothing := func(context.Context) error { return nil }
	if !Enabled(os.Getenv) {
		return nothing, nil
	}
	protocol := cmp.Or(os.Getenv(EnvTracesProtocol), os.Getenv(EnvProtocol), ProtocolHTTP)
	var exp sdktrace.SpanExporter
	switch protocol {
	case ProtocolGRPC:
		exp, err = otlptracegrpc.New(ctx)
	case ProtocolHTTP:
		exp, err = otlptracehttp.New(ctx)
	default:
		return nothing, fmt.Errorf("%s=%q: want %s or %s", EnvProtocol, protocol, ProtocolGRPC, ProtocolHTTP)
	}
	if err != nil {
		return nothing, fmt.Errorf("OTLP trace exporter (%s): %w", protocol, err)
	}
	// Later detectors win: the environment's resource attributes, then the service name
	// chosen by the caller (which already honours OTEL_SERVICE_NAME).
	res, err := resource.New(ctx,
		resource.WithTelemetrySDK(),
		resource.WithProcessPID(),
		resource.WithFromEnv(),
		resource.WithAttributes(append([]attribute.KeyValue{semconv.ServiceName(service)}, attrs...)...),
	)
	if err != nil {
		_ = exp.Shutdown(ctx)
		return nothing, fmt.Errorf("trace resource: %w", err)
	}
	// The sampler comes from OTEL_TRACES_SAMPLER (default parentbased_always_on), the batch
	// settings from OTEL_BSP_*: the SDK reads both.
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp), sdktrace.WithResource(res))
	otel.SetTracerProvider(tp)
	otel.SetTextMapPropagator(propagation.NewCompositeTextMapPropagator(propagation.TraceContext{}, propagation.Baggage{}))
	on.Store(true)
	return func(ctx context.Context) error {
		on.Store(false)
		if err := tp.Shutdown(ctx); err != nil {
			return fmt.Errorf("flush traces: %w", err)
		}
		return nil
	}, nil
}
