import http from 'node:http';
import { loadGatewayConfig } from '../gateway/config';
import { startGateway } from '../gateway/server';
import { gql, testSubgraphEnv, tokenFor, type GraphQLResponse } from './setup/client';
import { TEST_PORT_BASE } from './setup/global-setup';

// In-process gateways and stand-ins sit just above the test federation's ports (gateway-limits uses +10 to +13).
const [NOBODY, DOWN_GATEWAY, HANGING, SLOW_GATEWAY] = [14, 15, 16, 17].map((offset) => TEST_PORT_BASE + offset);

const AGENDA = `{ myFamilies { displayName unavailableAgendaSources agenda { source } } }`;

/** A second gateway over the test subgraphs, with one provider replaced. */
async function gatewayWith(provider: string, url: string, port: number, extra: NodeJS.ProcessEnv = {}) {
  return startGateway(loadGatewayConfig({ ...process.env, ...testSubgraphEnv({ [provider]: url }), GATEWAY_PORT: String(port), ...extra }));
}

function expectTimelineWithout(res: GraphQLResponse, source: string, service: string) {
  expect(res.data!.myFamilies).toHaveLength(2);
  for (const family of res.data!.myFamilies) {
    expect(family.unavailableAgendaSources).toEqual([source]);
    expect(family.agenda.length).toBeGreaterThan(0);
    expect(family.agenda.some((i: { source: string }) => i.source === source)).toBe(false);
  }
  const unavailable = res.errors!.find((e) => e.extensions!.code === 'SUBGRAPH_UNAVAILABLE');
  expect(unavailable!.extensions!.service).toBe(service);
}

describe('a provider that is down', () => {
  it('does not blank the timeline: the other sources show and the missing one is named', async () => {
    const gateway = await gatewayWith('daycare', `http://127.0.0.1:${NOBODY}/graphql`, DOWN_GATEWAY);
    try {
      const res = await gql(AGENDA, { token: await tokenFor('companion'), url: gateway.url });
      expectTimelineWithout(res, 'DAYCARE', 'daycare');
    } finally {
      await gateway.stop();
    }
  });

  it('is cut off at the subgraph deadline instead of holding the whole answer', async () => {
    const hanging = http.createServer(() => undefined); // accepts and never answers
    await new Promise<void>((r) => hanging.listen(HANGING, r));
    const gateway = await gatewayWith('clinic', `http://127.0.0.1:${HANGING}/graphql`, SLOW_GATEWAY, { SUBGRAPH_TIMEOUT_MS: '1500' });
    try {
      const started = Date.now();
      const res = await gql(AGENDA, { token: await tokenFor('companion'), url: gateway.url });
      // Without a deadline the hanging clinic would hold the answer for good; the bound is loose for busy machines.
      expect(Date.now() - started).toBeLessThan(20_000);
      expectTimelineWithout(res, 'CLINIC', 'clinic');
    } finally {
      await gateway.stop();
      hanging.closeAllConnections();
      await new Promise((r) => hanging.close(r));
    }
  });
});
