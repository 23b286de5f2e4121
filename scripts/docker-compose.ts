/** `npm run compose:docker`: writes docker-compose.yml from the registry (subgraphs.yaml); a test fails when they differ. */
import fs from 'node:fs';
import path from 'node:path';
import { SUBGRAPH_NODE_OPTIONS } from '../subgraphs/kit/process';
import { projectRoot } from '../subgraphs/kit/project-root';
import { registry, type Registry } from '../subgraphs/kit/registry';
import { envPrefix } from '../subgraphs/kit/services';

export const DOCKER_COMPOSE_FILE = path.join(projectRoot(), 'docker-compose.yml');

const compiled = (module: string) => `dist/${module.replace(/\.ts$/, '.js')}`;
const health = (port: number) => `['CMD', 'wget', '-qO-', 'http://localhost:${port}/health']`;

/** The operators' compose file for the registered subgraphs: each its own container, on its registered port. */
export function dockerCompose({ subgraphs, gatewayPort }: Registry): string {
  const services = subgraphs.map(
    (s) => `  ${s.name}:
    <<: *subgraph
    command: node ${[...SUBGRAPH_NODE_OPTIONS, compiled(s.main)].join(' ')}
    environment: { <<: *subgraph-env, ${envPrefix(s.name)}_PORT: '${s.port}' }
    healthcheck: { test: ${health(s.port)}, interval: 10s, timeout: 5s, retries: 3, start_period: 120s }
`,
  );
  return `# Generated from subgraphs.yaml by \`npm run compose:docker\`; do not edit by hand (a test compares them).
# For operators: PostgreSQL, the registered subgraphs and the gateway, each its own container.
# Every subgraph gets its own schema in the one database. Subgraph ports stay internal:
# only the gateway is published. Provide the OIDC settings and the passport keys yourself.
# Every service restarts when it stops unexpectedly; the gateway starts once every subgraph is healthy.
x-subgraph: &subgraph
  build: .
  restart: unless-stopped
  environment: &subgraph-env
    DATABASE_URL: postgres://rinnalla:\${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}@postgres:5432/rinnalla
    PASSPORT_JWKS_URL: http://gateway:${gatewayPort}/.well-known/passport-jwks.json
    NODE_ENV: production
    RINNALLA_SEED: none
  depends_on:
    postgres:
      condition: service_healthy

services:
  postgres:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_USER: rinnalla
      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}
      POSTGRES_DB: rinnalla
    volumes: [pgdata:/var/lib/postgresql/data]
    healthcheck:
      test: ['CMD-SHELL', 'pg_isready -U rinnalla']
      interval: 5s
      retries: 10

${services.join('\n')}
  gateway:
    build: .
    restart: unless-stopped
    command: node dist/gateway/main.js
    ports: ['${gatewayPort}:${gatewayPort}']
    environment:
      NODE_ENV: production
      GATEWAY_PORT: '${gatewayPort}'
      AUTH_ISSUER: \${AUTH_ISSUER:?set AUTH_ISSUER}
      AUTH_AUDIENCE: \${AUTH_AUDIENCE:?set AUTH_AUDIENCE}
      AUTH_JWKS_URL: \${AUTH_JWKS_URL:?set AUTH_JWKS_URL}
      RINNALLA_DATA_DIR: /run/rinnalla
${subgraphs.map((s) => `      ${envPrefix(s.name)}_URL: http://${s.name}:${s.port}/graphql\n`).join('')}    volumes: ['./keys:/run/rinnalla/keys:ro']
    healthcheck: { test: ${health(gatewayPort)}, interval: 10s }
    depends_on:
${subgraphs.map((s) => `      ${s.name}: { condition: service_healthy }\n`).join('')}
volumes:
  pgdata:
`;
}

if (require.main === module) {
  fs.writeFileSync(DOCKER_COMPOSE_FILE, dockerCompose(registry()));
  console.log(`wrote ${path.relative(process.cwd(), DOCKER_COMPOSE_FILE)} for ${registry().subgraphs.length} subgraphs`);
}
