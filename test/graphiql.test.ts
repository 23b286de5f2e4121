import type { AddressInfo } from 'node:net';
import express from 'express';
import { graphiql } from '../gateway/graphiql';
import { dataDir, gatewayUrl } from './setup/client';

const origin = () => new URL(gatewayUrl()).origin;
const settingsOf = (html: string) =>
  JSON.parse(html.match(/<script id="settings" type="application\/json">([^<]*)<\/script>/)![1]) as { endpoint: string; query: string; headers: string };

describe('GraphiQL in development', () => {
  it('serves the page and every asset it loads from this gateway alone, under a CSP that allows nothing else', async () => {
    const res = await fetch(`${origin()}/graphiql?role=companion`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const html = await res.text();
    // Nothing from a CDN: every script and stylesheet is a path on this host.
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThanOrEqual(5);
    expect(urls.filter((u) => !u.startsWith('/'))).toEqual([]);
    for (const url of urls) {
      const asset = await fetch(`${origin()}${url}`);
      expect([url, asset.status]).toEqual([url, 200]);
      expect(asset.headers.get('content-type')).toMatch(url.endsWith('.css') ? /text\/css/ : /javascript/);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(url.endsWith('start.js') ? 100 : 5000);
    }
  });

  it("pre-fills the companion's dev token and the headline query, and that request runs as sent from the page", async () => {
    const settings = settingsOf(await (await fetch(`${origin()}/graphiql?role=companion`)).text());
    expect(settings.query).toContain('query CompanionAgenda');
    const headers = JSON.parse(settings.headers) as Record<string, string>;
    expect(headers.authorization).toMatch(/^Bearer ey/);
    // What GraphiQL's fetcher sends: a JSON POST to the endpoint with the header editor's headers.
    const res = await fetch(new URL(settings.endpoint, origin()), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify({ query: settings.query, operationName: 'CompanionAgenda' }),
    });
    const body = (await res.json()) as { data?: { myFamilies: Array<{ agenda: unknown[] }> }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data!.myFamilies.length).toBeGreaterThan(0);
    expect(body.data!.myFamilies[0].agenda.length).toBeGreaterThan(0);
  });

  it('gives a browser opening /graphql the IDE, and a GraphQL client the API', async () => {
    const browser = await fetch(gatewayUrl(), { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(browser.status).toBe(200);
    expect(await browser.text()).toContain('graphiql.js');
    const client = await fetch(`${gatewayUrl()}?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json' } });
    expect(client.headers.get('content-type')).toMatch(/json/);
  });

  it('refuses an unknown role with 400 and names the demo roles', async () => {
    const res = await fetch(`${origin()}/graphiql?role=root`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/companion/);
  });

  it('keeps CSRF prevention on for POSTs: a form-encoded POST from another site is refused', async () => {
    const res = await fetch(gatewayUrl(), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B__typename%7D' });
    expect(res.status).toBe(400);
  });
});

describe('GraphiQL in production', () => {
  it('does not exist: the page, the endpoint from a browser and the assets answer 404', async () => {
    const app = express();
    app.use(graphiql({ production: true, dataRoot: dataDir() }));
    const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      for (const path of ['/graphiql', '/graphiql?role=companion', '/graphiql/assets/graphiql.js']) expect((await fetch(`${base}${path}`)).status).toBe(404);
      expect((await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } })).status).toBe(404);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
