import http from 'node:http';

/** Keep-alive connections, as a browser or a BFF would hold them. */
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

export interface GraphQLReply {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each caller reads its own shape of `data`
  body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

/** One GraphQL POST over plain node:http: the load generator should cost as little CPU as it can. */
export function postGraphQL(url: string, headers: Record<string, string>, query: string, variables?: object): Promise<GraphQLReply> {
  return send(url, headers, JSON.stringify({ query, variables }), true);
}

function send(url: string, headers: Record<string, string>, payload: string, mayRetry: boolean): Promise<GraphQLReply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) });
          } catch {
            resolve({ status: res.statusCode ?? 0, body: { errors: [{ message: `not JSON: ${text.slice(0, 80)}` }] } });
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => {
      // A kept-alive socket the server closed just as it was reused: Node's documented advice is to retry.
      if (mayRetry && req.reusedSocket && error.code === 'ECONNRESET') send(url, headers, payload, false).then(resolve, reject);
      else reject(error);
    });
    req.end(payload);
  });
}

export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  withErrors: number;
  failed: number;
  /** The first error message seen, so a broken run says why. */
  firstError?: string;
}

const percentile = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);

/**
 * Closed-loop load: `connections` clients each send the next request as soon as the previous
 * answers, for `seconds`. Request `i` is the i-th of the run, so callers can rotate users.
 */
/** One stretch of load, before percentiles: stretches of the same target are merged into one result. */
export interface LoadRun {
  connections: number;
  elapsedMs: number;
  latencies: number[];
  non2xx: number;
  withErrors: number;
  failed: number;
  firstError?: string;
}

export async function runLoad(connections: number, seconds: number, request: (i: number) => Promise<GraphQLReply>): Promise<LoadResult> {
  return summarise([await loadRun(connections, seconds, request)]);
}

/** `connections` clients sending back to back for `seconds`. */
export async function loadRun(connections: number, seconds: number, request: (i: number) => Promise<GraphQLReply>): Promise<LoadRun> {
  const run: LoadRun = { connections, elapsedMs: 0, latencies: [], non2xx: 0, withErrors: 0, failed: 0 };
  let next = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  const client = async () => {
    while (performance.now() < until) {
      const i = next++;
      const t = performance.now();
      try {
        const reply = await request(i);
        run.latencies.push(performance.now() - t);
        if (reply.status < 200 || reply.status > 299) run.non2xx++;
        if (reply.body.errors?.length) {
          run.withErrors++;
          run.firstError ??= `${reply.status} ${reply.body.errors[0].message}`;
        }
      } catch (error) {
        run.failed++;
        run.firstError ??= (error as Error).message;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, client));
  run.elapsedMs = performance.now() - started;
  return run;
}

/** One result from stretches of load on one target: requests over their summed time, percentiles over all latencies. */
export function summarise(runs: LoadRun[]): LoadResult {
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const elapsed = runs.reduce((s, r) => s + r.elapsedMs, 0) / 1000;
  return {
    connections: runs[0].connections,
    seconds: Number(elapsed.toFixed(2)),
    requests: latencies.length,
    requestsPerSecond: latencies.length / elapsed,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    non2xx: runs.reduce((s, r) => s + r.non2xx, 0),
    withErrors: runs.reduce((s, r) => s + r.withErrors, 0),
    failed: runs.reduce((s, r) => s + r.failed, 0),
    firstError: runs.find((r) => r.firstError)?.firstError,
  };
}
