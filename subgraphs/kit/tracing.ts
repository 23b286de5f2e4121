import fs from 'node:fs';
import path from 'node:path';
import { context, propagation, SpanKind, SpanStatusCode, trace, type Attributes } from '@opentelemetry/api';
import { NodeTracerProvider, SimpleSpanProcessor, type ReadableSpan, type SpanExporter } from '@opentelemetry/sdk-trace-node';
import type { Step } from './graphql-endpoint';
import { operationName } from './metrics';

/**
 * OpenTelemetry traces across the federation: a server span per request in every process, a client
 * span per subgraph call at the gateway, joined by the W3C `traceparent` header and tagged with the
 * request id. Off unless `RINNALLA_TRACE_DIR` is set: then nothing is recorded and nothing is sent.
 * No per-field spans, and attributes are names, codes and ids of requests only, never of people.
 */
export const REQUEST_ID_ATTRIBUTE = 'rinnalla.request_id';

const tracer = () => trace.getTracer('rinnalla');
let enabled = false;

/**
 * Writes each finished span as a JSON line to `<dir>/<service>.jsonl`, one file per process. Written at
 * once (a few per request), so nothing waits in memory for a flush that a killed process never does.
 */
class FileSpanExporter implements SpanExporter {
  constructor(
    private readonly file: string,
    private readonly service: string,
  ) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
  }

  export(spans: ReadableSpan[], done: (result: { code: number }) => void): void {
    const lines = spans.map((s) =>
      JSON.stringify({
        service: this.service,
        name: s.name,
        kind: SpanKind[s.kind],
        traceId: s.spanContext().traceId,
        spanId: s.spanContext().spanId,
        parentSpanId: s.parentSpanContext?.spanId,
        start: new Date(s.startTime[0] * 1000 + s.startTime[1] / 1e6).toISOString(),
        ms: s.duration[0] * 1000 + s.duration[1] / 1e6,
        status: s.status.code === SpanStatusCode.ERROR ? 'error' : 'ok',
        attributes: s.attributes,
      }),
    );
    try {
      fs.appendFileSync(this.file, lines.join('\n') + '\n');
      done({ code: 0 });
    } catch {
      done({ code: 1 });
    }
  }

  async shutdown(): Promise<void> {}
}

/** Starts tracing for this process when the environment asks for it; once per process. */
export function startTracing(service: string, env = process.env): void {
  if (enabled || !env.RINNALLA_TRACE_DIR) return;
  const exporter = new FileSpanExporter(path.join(path.resolve(env.RINNALLA_TRACE_DIR), `${service}.jsonl`), service);
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  provider.register(); // W3C trace context propagation and async context across awaits
  enabled = true;
}

/**
 * A server span around each request on the route it is mounted on, continuing the caller's trace.
 * The request id is read when the response finishes, after the route has settled it.
 */
export function traceRequests(service: string, env = process.env): Step {
  startTracing(service, env);
  return (req, res, next) => {
    if (!enabled) return next();
    const parent = propagation.extract(context.active(), req.headers);
    const path = ((req as { originalUrl?: string }).originalUrl ?? req.url ?? '').split('?')[0];
    const span = tracer().startSpan(`${service} ${req.method} ${path}`, { kind: SpanKind.SERVER }, parent);
    res.once('finish', () => {
      const requestId = res.getHeader('x-request-id') ?? req.headers['x-request-id'];
      if (requestId) span.setAttribute(REQUEST_ID_ATTRIBUTE, String(requestId).slice(0, 64));
      const operation = operationName(req.body);
      if (operation) span.setAttribute('graphql.operation.name', operation.slice(0, 100));
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  };
}

/** Runs `call` (a request to another process) in a client span; `injectTraceContext` inside it tells the callee. */
export async function traceCall<T>(name: string, attributes: Attributes, call: () => Promise<T>): Promise<T> {
  if (!enabled) return call();
  const span = tracer().startSpan(name, { kind: SpanKind.CLIENT, attributes });
  try {
    return await context.with(trace.setSpan(context.active(), span), call);
  } catch (error) {
    span.setStatus({ code: SpanStatusCode.ERROR });
    throw error;
  } finally {
    span.end();
  }
}

/** Adds `traceparent` for the active span to outgoing headers (a Fetch `Headers`). */
export function injectTraceContext(headers: { set(name: string, value: string): void } | undefined): void {
  if (!enabled || !headers) return;
  propagation.inject(context.active(), headers, { set: (carrier, key, value) => carrier.set(key, value) });
}
