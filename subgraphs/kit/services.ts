import { registry, type RegisteredSubgraph } from './registry';

/** Every subgraph process of the federation, from the registry (`subgraphs.yaml`), in its order. */
export const SUBGRAPHS: readonly RegisteredSubgraph[] = registry().subgraphs;

export type SubgraphName = string;

/** The gateway's default port, from the registry's `gateway.routing_url`. */
export const GATEWAY_PORT = registry().gatewayPort;

/** `social-office` → `SOCIAL_OFFICE`, the prefix of that subgraph's env variables. */
export function envPrefix(name: string): string {
  return name.toUpperCase().replace(/-/g, '_');
}

/** `social-office` → `social_office`, a valid PostgreSQL schema name. */
export function schemaName(name: string): string {
  return name.replace(/-/g, '_');
}
