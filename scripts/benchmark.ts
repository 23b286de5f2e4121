/**
 * `npm run --silent benchmark` against a running federation (npm start): times the headline
 * query through the gateway and the same work called directly on the subgraphs, side by side
 * in one run, and prints the ratio. It measures and reports; it never gates anything.
 */
import 'reflect-metadata';
import { devToken } from '../gateway/dev-token';
import { PassportKeyRing } from '../gateway/keys';
import { municipalGrants } from '../gateway/passport/policies';
import { demoMunicipality } from '../demo/municipality';
import { dataRoot, subgraphUrl } from '../subgraphs/kit/config';
import { AGENDA_ITEM_SELECTION } from '../subgraphs/kit/agenda';
import { PASSPORT_HEADER, signPassport, type Grant } from '../subgraphs/kit/passport';
import { GATEWAY_PORT } from '../subgraphs/kit/services';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const PROVIDERS = [['daycare', 'daycareAgenda'], ['clinic', 'clinicAgenda'], ['social-office', 'socialOfficeAgenda']] as const;
const HEADLINE = `query CompanionAgenda { myFamilies { id displayName agenda { source title startsAt endsAt status location { name address } } } }`;

async function post(url: string, headers: Record<string, string>, query: string, variables?: object) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { errors?: unknown[] };
  if (!res.ok || body.errors) throw new Error(`${url} answered ${res.status}: ${JSON.stringify(body.errors)}`);
  return body;
}

async function time(label: string, run: () => Promise<unknown>) {
  for (let i = 0; i < 10; i++) await run(); // warm-up: query plans, JIT, connections
  const ms: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    await run();
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  const p = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))];
  console.log(`${label.padEnd(34)} p50 ${p(0.5).toFixed(1).padStart(6)} ms   p95 ${p(0.95).toFixed(1).padStart(6)} ms`);
  return p(0.5);
}

async function main() {
  const root = dataRoot();
  const demo = demoMunicipality();
  const companion = demo.users.companion.id;
  const token = await devToken(root, 'companion');
  const gateway = `http://localhost:${process.env.GATEWAY_PORT ?? GATEWAY_PORT}/graphql`;

  // The direct path does what the gateway's plan does, with passports the benchmark signs itself
  // (one per subgraph, reused for 10 s as the gateway does).
  const keys = PassportKeyRing.open(root);
  const signed = new Map<string, { at: number; headers: Record<string, string> }>();
  const passport = async (audience: string) => {
    const hit = signed.get(audience);
    if (hit && Date.now() - hit.at < 10_000) return hit.headers;
    const headers = { [PASSPORT_HEADER]: await signPassport({ sub: companion, roles: ['companion'], grants }, await keys.signing(), audience) };
    signed.set(audience, { at: Date.now(), headers });
    return headers;
  };
  const familyIds = demo.assignments.filter((a) => a.companionId === companion && !a.endsOn).map((a) => a.familyId);
  const grants: Grant[] = [...municipalGrants(['companion']), ...familyIds.map((family) => ({ family, categories: ['contact', 'bookings'] as Grant['categories'], basis: 'consent' as const, ref: 'benchmark' }))];
  const reps = familyIds.map((id) => ({ __typename: 'Family', id }));
  const entities = (field: string) => `query($r: [_Any!]!) { _entities(representations: $r) { ... on Family { ${field} { ${AGENDA_ITEM_SELECTION} } } } }`;
  const direct = async () => {
    await post(subgraphUrl('families'), await passport('families'), '{ myFamilies { id displayName } }');
    const parts = await Promise.all(PROVIDERS.map(async ([name, field]) => post(subgraphUrl(name), await passport(name), entities(field), { r: reps })));
    const merged = reps.map((r, i) => Object.assign({}, r, ...parts.map((b) => (b as { data: { _entities: object[] } }).data._entities[i])));
    await post(subgraphUrl('families'), await passport('families'), `query($r: [_Any!]!) { _entities(representations: $r) { ... on Family { agenda { source startsAt } } } }`, { r: merged });
  };

  console.log(`Headline query for the demo companion (${familyIds.length} families), ${ROUNDS} sequential rounds each:`);
  const viaGateway = await time('through the gateway', () => post(gateway, { authorization: `Bearer ${token}` }, HEADLINE));
  const viaSubgraphs = await time('direct subgraph calls (same plan)', direct);
  console.log(`gateway / direct: ${(viaGateway / viaSubgraphs).toFixed(2)}x at the median`);
}

main().catch((e: Error) => {
  console.error(`Benchmark failed: ${e.message}. Is Rinnalla running (npm start)?`);
  process.exit(1);
});
