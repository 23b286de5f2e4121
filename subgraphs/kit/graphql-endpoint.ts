import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { GENERIC_ERROR_MESSAGE } from './errors-format';

/** A request as the endpoint's steps see it: node's own, with the parsed JSON body. */
export type JsonRequest = IncomingMessage & { body?: unknown };

/** One step before the operation, in the shape of express middleware (express mounts the same functions). */
export type Step = (req: JsonRequest, res: ServerResponse, next: () => void) => void | Promise<void>;

/** Answers a coded GraphQL error without running anything. */
export function refuse(res: ServerResponse, status: number, message: string, code: string, headers: Record<string, string> = {}): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), ...headers }).end(body);
}

export interface GraphqlEndpointOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  maxBodyBytes: number;
  /** Run in order before the operation; a step that answers (say, no passport) does not call `next`. */
  steps: Step[];
  context: (req: JsonRequest, res: ServerResponse) => Promise<C>;
}

/**
 * `POST /graphql` on node's own HTTP server, without express: the gateway's calls are a subgraph's hot
 * path (seven per headline query), and express's router, body parser and response helpers cost more per
 * call than the parsing they do. Bodies that are not a JSON POST within the size limit get a coded error.
 */
export function graphqlEndpoint<C extends BaseContext>({ apollo, maxBodyBytes, steps, context }: GraphqlEndpointOptions<C>): RequestListener {
  const execute = async (req: JsonRequest, res: ServerResponse) => {
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body: req.body },
      context: () => context(req, res),
    });
    for (const [name, value] of answer.headers) res.setHeader(name, value);
    res.statusCode = answer.status ?? 200;
    if (answer.body.kind === 'complete') return void res.end(answer.body.string);
    for await (const chunk of answer.body.asyncIterator) res.write(chunk);
    res.end();
  };
  const run = (req: JsonRequest, res: ServerResponse, at: number): unknown =>
    at < steps.length ? steps[at](req, res, () => run(req, res, at + 1)) : execute(req, res);

  return (req, res) => {
    if (req.method !== 'POST') return refuse(res, 405, 'Subgraphs answer GraphQL over POST only.', 'METHOD_NOT_ALLOWED', { allow: 'POST' });
    if (!/^application\/(graphql-response\+)?json\b/i.test(req.headers['content-type'] ?? '')) {
      return refuse(res, 415, 'The request body must be JSON (content-type: application/json).', 'BAD_REQUEST');
    }
    readBody(req, maxBodyBytes)
      .then(
        async (text) => {
          try {
            (req as JsonRequest).body = JSON.parse(text);
          } catch {
            return refuse(res, 400, 'The request body is not valid JSON.', 'BAD_REQUEST');
          }
          await run(req, res, 0);
        },
        () => refuse(res, 413, 'The request body is too large.', 'BAD_REQUEST'),
      )
      .catch(() => {
        if (!res.headersSent) refuse(res, 500, GENERIC_ERROR_MESSAGE, 'INTERNAL_SERVER_ERROR');
        else res.destroy();
      });
  };
}

/**
 * The body as text; rejects once it passes `limit` bytes. The rest is then read and dropped, not kept, so the
 * refusal reaches a caller that is still sending and the connection stays usable.
 */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => {
      req.removeAllListeners('data');
      req.resume();
      reject(new Error('too large'));
    };
    if (Number(req.headers['content-length'] ?? 0) > limit) return tooLarge();
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return tooLarge();
      chunks.push(chunk);
    });
    req.once('end', () => resolve(Buffer.concat(chunks, size).toString('utf8')));
    req.once('error', reject);
  });
}
