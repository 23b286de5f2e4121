/** Every process of the federation, its default port and the env variable that moves it. */
export const SUBGRAPHS = [
  { name: 'families', port: 4001 },
  { name: 'volunteers', port: 4002 },
  { name: 'housing', port: 4003 },
  { name: 'benefits', port: 4004 },
  { name: 'daycare', port: 4005 },
  { name: 'clinic', port: 4006 },
  { name: 'social-office', port: 4007 },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export const GATEWAY_PORT = 4000;

/** `social-office` → `SOCIAL_OFFICE`, the prefix of that subgraph's env variables. */
export function envPrefix(name: string): string {
  return name.toUpperCase().replace(/-/g, '_');
}

/** `social-office` → `social_office`, a valid PostgreSQL schema name. */
export function schemaName(name: string): string {
  return name.replace(/-/g, '_');
}
