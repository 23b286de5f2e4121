import fs from 'node:fs';
import { parse } from 'yaml';
import { dockerCompose, DOCKER_COMPOSE_FILE } from '../scripts/docker-compose';
import { registry } from '../subgraphs/kit/registry';
import { envPrefix, GATEWAY_PORT, SUBGRAPHS } from '../subgraphs/kit/services';
import { SUBGRAPH_NODE_OPTIONS } from '../subgraphs/kit/process';

// No Docker engine runs here, so the operators' compose file is checked against the registry instead.
const committed = fs.readFileSync(DOCKER_COMPOSE_FILE, 'utf8');
const compose = parse(committed, { merge: true });

describe('docker-compose.yml', () => {
  it('is what `npm run compose:docker` writes from the registry', () => {
    expect(committed).toBe(dockerCompose(registry()));
  });

  it('runs every registered subgraph, on its registered port, with a health check', () => {
    for (const { name, port, main } of SUBGRAPHS) {
      const service = compose.services[name];
      expect(service).toBeDefined();
      expect(service.command).toBe(['node', ...SUBGRAPH_NODE_OPTIONS, `dist/${main.replace(/\.ts$/, '.js')}`].join(' '));
      expect(fs.existsSync(main)).toBe(true);
      expect(service.environment[`${envPrefix(name)}_PORT`]).toBe(String(port));
      expect(service.environment.DATABASE_URL).toMatch(/^postgres:\/\//);
      expect(service.healthcheck.test.join(' ')).toContain(`:${port}/health`);
      expect(compose.services.gateway.environment[`${envPrefix(name)}_URL`]).toBe(`http://${name}:${port}/graphql`);
    }
  });

  it('publishes only the gateway, on its port, with PostgreSQL behind it', () => {
    expect(compose.services.gateway.ports).toEqual([`${GATEWAY_PORT}:${GATEWAY_PORT}`]);
    expect(compose.services.gateway.command).toBe('node dist/gateway/main.js');
    expect(compose.services.postgres.healthcheck).toBeDefined();
    const published = Object.entries(compose.services).filter(([, s]) => (s as { ports?: unknown }).ports);
    expect(published.map(([n]) => n)).toEqual(['gateway']);
  });

  it('restarts every service that stops unexpectedly', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      expect([name, (service as { restart?: string }).restart]).toEqual([name, 'unless-stopped']);
    }
  });

  it('starts the gateway only once every subgraph answers its health check, and subgraphs only after PostgreSQL', () => {
    const gating = compose.services.gateway.depends_on;
    expect(Object.keys(gating).sort()).toEqual(SUBGRAPHS.map((s) => s.name).sort());
    for (const { name } of SUBGRAPHS) {
      expect(gating[name]).toEqual({ condition: 'service_healthy' });
      expect(compose.services[name].depends_on.postgres).toEqual({ condition: 'service_healthy' });
    }
    expect(compose.services.gateway.healthcheck.test.join(' ')).toContain(`:${GATEWAY_PORT}/health`);
  });
});
