import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { documentId, MANIFEST_FILE, trustedDocuments } from './trusted-documents';

const manifest = JSON.parse(fs.readFileSync(MANIFEST_FILE, 'utf8')) as Record<string, string>;
const README_HEADLINE = 'query CompanionAgenda { myFamilies { id displayName agenda { source title startsAt endsAt status location { name address } } } }';

describe('the trusted-documents manifest', () => {
  it('gives every operation in operations/ the id the gateway computes from its text', () => {
    const ids = Object.entries(manifest).map(([id, text]) => [id, documentId(text)]);
    expect(ids.length).toBeGreaterThanOrEqual(10);
    for (const [id, computed] of ids) expect(computed).toBe(id);
  });

  it("registers the README's headline query, whatever its whitespace and field order", () => {
    expect(manifest[documentId(README_HEADLINE)]).toContain('query CompanionAgenda');
  });
});

describe('TRUSTED_DOCUMENTS=only', () => {
  let url: string;
  let server: ReturnType<express.Express['listen']>;
  // What reached the GraphQL server behind the check.
  let passed: { query?: string; url: string } | undefined;

  beforeAll(async () => {
    const app = express();
    app.use('/graphql', express.json(), ...trustedDocuments({ TRUSTED_DOCUMENTS: 'only' }), (req, res) => {
      passed = { query: req.method === 'GET' ? (new URL(req.url, 'http://x').searchParams.get('query') ?? undefined) : req.body.query, url: req.url };
      res.json({ data: {} });
    });
    server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise((r) => server.close(r)));
  beforeEach(() => (passed = undefined));

  const post = (body: unknown) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('runs a registered document sent as text', async () => {
    const res = await post({ query: README_HEADLINE });
    expect(res.status).toBe(200);
    expect(passed?.query).toBe(README_HEADLINE);
  });

  it('runs a registered document sent only by its id, as documentId or an APQ hash, by POST and by GET', async () => {
    const [id, text] = Object.entries(manifest).find(([, t]) => t.startsWith('query CompanionAgenda'))!;
    expect((await post({ documentId: id })).status).toBe(200);
    expect(passed?.query).toBe(text);
    expect((await post({ extensions: { persistedQuery: { version: 1, sha256Hash: id.slice('sha256:'.length) } } })).status).toBe(200);
    expect(passed?.query).toBe(text);
    const get = await fetch(`${url}?documentId=${encodeURIComponent(id)}`);
    expect(get.status).toBe(200);
    expect(passed?.query).toBe(text);
    expect(passed?.url).not.toContain('documentId');
  });

  it.each([
    ['an unregistered document', { query: '{ myFamilies { id members { hetu } } }' }, 'BAD_USER_INPUT'],
    ['a registered operation with a field added', { query: README_HEADLINE.replace('displayName', 'displayName address') }, 'BAD_USER_INPUT'],
    ['text that is not GraphQL', { query: 'DROP TABLE family' }, 'BAD_USER_INPUT'],
    ['an unknown id', { documentId: `sha256:${'0'.repeat(64)}` }, 'PERSISTED_QUERY_NOT_FOUND'],
    [
      'an APQ registration of a new document',
      { query: '{ myTenancies { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: '1'.repeat(64) } } },
      'BAD_USER_INPUT',
    ],
  ])('refuses %s with a coded 400 before the GraphQL server sees it', async (_name, body, code) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe(code);
    expect(passed).toBeUndefined();
  });

  it('is off by default and refuses an unknown mode at start', () => {
    expect(trustedDocuments({})).toEqual([]);
    expect(() => trustedDocuments({ TRUSTED_DOCUMENTS: 'yes' })).toThrow(/"only" or "off"/);
  });
});
