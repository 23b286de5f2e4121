import type { SubgraphDefinition } from './kit/server';
import { codeModule, registry, RegistryError, type RegisteredSubgraph } from './kit/registry';

/** The `SubgraphDefinition` a registry entry's `definition` module exports: the export whose `name` is the entry's. */
export function definitionOf(entry: RegisteredSubgraph, file = registry().file): SubgraphDefinition {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exported = require(codeModule(entry.definition)) as Record<string, unknown>;
  const found = Object.values(exported).find((v): v is SubgraphDefinition => !!v && typeof v === 'object' && (v as SubgraphDefinition).name === entry.name);
  if (!found) throw new RegistryError(file, `subgraph "${entry.name}"`, `${entry.definition} exports no SubgraphDefinition named "${entry.name}"`);
  return found;
}

/** Every registered subgraph's definition, for composition and tooling; each still runs in its own process. */
export function subgraphDefinitions(): SubgraphDefinition[] {
  return registry().subgraphs.map((entry) => definitionOf(entry));
}
