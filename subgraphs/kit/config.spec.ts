import { loadGatewayConfig } from '../../gateway/config';
import { loadSubgraphConfig, subgraphUrl } from './config';

describe('configuration from the environment', () => {
  it('uses the documented defaults', () => {
    const config = loadSubgraphConfig('social-office', {});
    expect(config.port).toBe(4007);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.seed).toBe('demo');
    expect(subgraphUrl('social-office', {})).toBe('http://127.0.0.1:4007/graphql');
    expect(loadGatewayConfig({}).port).toBe(4000);
  });

  it('moves a port and picks a database per subgraph or shared', () => {
    const env = { SOCIAL_OFFICE_PORT: '5107', DATABASE_URL: 'postgres://db/shared', CLINIC_DATABASE_URL: 'postgres://db/clinic' };
    expect(loadSubgraphConfig('social-office', env)).toMatchObject({ port: 5107, databaseUrl: 'postgres://db/shared' });
    expect(loadSubgraphConfig('clinic', env).databaseUrl).toBe('postgres://db/clinic');
    expect(loadSubgraphConfig('clinic', { DATABASE_URL: 'postgresql://db/shared' }).databaseUrl).toBe('postgresql://db/shared');
  });

  it.each([
    [{ FAMILIES_PORT: '70000' }, /FAMILIES_PORT must be a whole number from 1 to 65535, got "70000"/],
    [{ FAMILIES_PORT: 'abc' }, /FAMILIES_PORT must be a whole number/],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL must be a URL/],
    [{ DATABASE_URL: 'mysql://db/x' }, /DATABASE_URL must use one of postgres: postgresql:; got mysql:/],
    [{ DATABASE_URL: 'http://db:5432/x' }, /DATABASE_URL must use one of postgres: postgresql:; got http:/],
    [{ FAMILIES_DATABASE_URL: 'https://db/families' }, /FAMILIES_DATABASE_URL must use one of postgres: postgresql:/],
    [{ RINNALLA_SEED: 'all' }, /RINNALLA_SEED must be one of demo, none/],
  ])('stops at start with a message naming the variable: %j', (env, message) => {
    expect(() => loadSubgraphConfig('families', env)).toThrow(message);
  });

  it('validates the gateway limits too', () => {
    expect(() => loadGatewayConfig({ LIMIT_MAX_DEPTH: '1' })).toThrow(/LIMIT_MAX_DEPTH must be a whole number from 2 to 100/);
    expect(loadGatewayConfig({ LIMIT_MAX_ALIASES: '5' }).limits.maxAliases).toBe(5);
  });
});
