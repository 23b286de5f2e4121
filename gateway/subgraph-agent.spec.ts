import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { subgraphFetcher } from './subgraph-agent';

describe('the gateway’s subgraph client', () => {
  // A subgraph that closes every kept-alive socket as idle, all at once, just as the gateway reuses them.
  let closeIdle = false;
  const served = new WeakSet<Socket>();
  const server = http.createServer((req, res) => {
    if (closeIdle && served.has(req.socket)) return req.socket.resetAndDestroy();
    served.add(req.socket);
    res.end(JSON.stringify({ data: { ok: true } }));
  });
  let url = '';

  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  it('sends a call again on a fresh socket when every kept-alive one was closed under it', async () => {
    const fetch = subgraphFetcher(5000);
    const calls = await Promise.all([1, 2, 3, 4].map(() => fetch(url, { body: '{}' })));
    expect(calls.map((c) => c.status)).toEqual([200, 200, 200, 200]); // four sockets kept alive
    closeIdle = true;
    const again = await fetch(url, { body: '{}' });
    expect(await again.json()).toEqual({ data: { ok: true } });
  });
});
