import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import { projectRoot } from '../subgraphs/kit/project-root';
import { SUPERGRAPH_FILE } from './server';
import { shippedOperations, shippedPlanCache } from './warm-plans';

const sha256 = (...parts: string[]) => parts.reduce((h, p) => h.update(p), createHash('sha256')).digest('hex');

describe('query plans warmed at gateway start', () => {
  const supergraphSdl = fs.readFileSync(SUPERGRAPH_FILE, 'utf8');
  const plans = shippedPlanCache();
  let gateway: ApolloGateway;

  // As in gateway/server.ts: the gateway empties its plan cache when it loads the supergraph.
  beforeAll(async () => {
    gateway = new ApolloGateway({ supergraphSdl, queryPlannerConfig: { cache: plans.cache } });
    gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => plans.warm(coreSupergraphSdl));
    await gateway.load();
  });
  afterAll(() => gateway.stop());

  it("holds a plan for the README's headline query, after the gateway loaded, under the key the gateway looks up", async () => {
    const readme = fs.readFileSync(path.join(projectRoot(), 'README.md'), 'utf8');
    const query = /"query":"(query CompanionAgenda[^"]+)"/.exec(readme)![1];
    const plan = await plans.cache.get(sha256(query));
    expect(plan?.node).toBeDefined();
    expect(JSON.stringify(plan)).toContain('daycareAgenda');
    expect(await plans.cache.get(sha256(sha256(query), 'CompanionAgenda'))).toEqual(plan);
  });

  it('holds a plan for every shipped operation as written', async () => {
    for (const [name, text] of shippedOperations()) {
      expect([name, (await plans.cache.get(sha256(text)))?.kind]).toEqual([name, 'QueryPlan']);
    }
  });

  it('plans nothing for a text it was not given', async () => {
    expect(await plans.cache.get(sha256('{ myFamilies { id } }'))).toBeUndefined();
  });
});
