import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner, type QueryPlan } from '@apollo/query-planner';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { parse, type OperationDefinitionNode } from 'graphql';
import { projectRoot } from '../subgraphs/kit/project-root';

/** The operations the project ships (its README, tests and benchmark send these texts). */
export const OPERATIONS_DIR = path.join(projectRoot(), 'operations');

/** Each shipped operation's text, by file name without `.graphql`. */
export function shippedOperations(dir = OPERATIONS_DIR): Map<string, string> {
  return new Map(
    fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.graphql'))
      .map((f) => [f.slice(0, -'.graphql'.length), fs.readFileSync(path.join(dir, f), 'utf8').trim()]),
  );
}

const sha256 = (...parts: string[]) => parts.reduce((h, p) => h.update(p), createHash('sha256')).digest('hex');

/**
 * A query-plan cache for the gateway (`queryPlannerConfig.cache`) that holds the plans of the shipped
 * operations from the start, so the first requests do not pay for planning. The gateway empties its
 * cache whenever it loads a supergraph, so `warm` runs on each load (`gateway.onSchemaLoadOrUpdate`).
 * Keys are the gateway's own: the SHA-256 of the exact query text, and with an operation name the
 * SHA-256 of that hash and the name. A text is warmed as written and folded onto one line, the two
 * ways the project sends it.
 */
export function shippedPlanCache(operations = shippedOperations()) {
  const cache = new InMemoryLRUCache<QueryPlan>({ maxSize: 30 * 2 ** 20, sizeCalculation: (plan) => JSON.stringify(plan).length });
  const warm = (supergraphSdl: string) => {
    const supergraph = Supergraph.build(supergraphSdl);
    const planner = new QueryPlanner(supergraph);
    for (const text of operations.values()) {
      const document = parse(text);
      const name = (document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode | undefined)?.name?.value;
      const plan = planner.buildQueryPlan(operationFromDocument(supergraph.apiSchema(), document, { operationName: name }));
      for (const form of new Set([text, text.replace(/\s+/g, ' ')])) {
        const queryHash = sha256(form);
        void cache.set(queryHash, plan);
        if (name) void cache.set(sha256(queryHash, name), plan);
      }
    }
  };
  return { cache, warm };
}
