import { loadGatewayConfig } from '../gateway/config';
import { startGateway } from '../gateway/server';
import { envPrefix, SUBGRAPHS } from '../subgraphs/kit/services';
import { dataDir, gql, subgraphUrl, tokenFor } from './setup/client';

describe('a provider that is down', () => {
  it('does not blank the timeline: the other sources show and the missing one is named', async () => {
    // A second gateway over the same subgraphs, except that daycare points at a port nobody listens on.
    const env: NodeJS.ProcessEnv = { ...process.env, RINNALLA_DATA_DIR: dataDir(), GATEWAY_PORT: '5499', DAYCARE_URL: 'http://127.0.0.1:5498/graphql' };
    for (const s of SUBGRAPHS) if (s.name !== 'daycare') env[`${envPrefix(s.name)}_URL`] = subgraphUrl(s.name);
    const gateway = await startGateway(loadGatewayConfig(env));
    try {
      const res = await gql(`{ myFamilies { displayName unavailableAgendaSources agenda { source } } }`, { token: await tokenFor('companion'), url: 'http://127.0.0.1:5499/graphql' });
      expect(res.data!.myFamilies).toHaveLength(2);
      for (const family of res.data!.myFamilies) {
        expect(family.unavailableAgendaSources).toEqual(['DAYCARE']);
        expect(new Set(family.agenda.map((i: { source: string }) => i.source))).toEqual(new Set(['CLINIC', 'SOCIAL_OFFICE']));
      }
      expect(res.errors!.map((e) => e.extensions!.code)).toContain('SUBGRAPH_UNAVAILABLE');
      expect(res.errors!.find((e) => e.extensions!.code === 'SUBGRAPH_UNAVAILABLE')!.extensions!.service).toBe('daycare');
    } finally {
      await gateway.stop();
    }
  });
});
