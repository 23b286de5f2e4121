import 'reflect-metadata';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { subgraphDefinitions } from '../subgraphs';
import { buildFederatedSchema } from '../subgraphs/kit/schema';
import { registeredSubgraph } from '../subgraphs/kit/registry';

export interface ComposedSchema {
  /** Each subgraph's SDL and the file the registry keeps it in (`schema.file`), relative to the project root. */
  subgraphs: Array<{ name: string; sdl: string; file: string }>;
  supergraph: string;
}

/** Prints every subgraph's SDL from code and composes the supergraph; throws with composition's own messages. */
export async function composeSupergraph(): Promise<ComposedSchema> {
  const subgraphs = [];
  for (const def of subgraphDefinitions()) {
    const { sdl } = await buildFederatedSchema(def);
    subgraphs.push({ name: def.name, sdl, file: registeredSubgraph(def.name).schemaFile });
  }
  const result = composeServices(
    subgraphs.map(({ name, sdl }) => ({
      name,
      typeDefs: parse(sdl),
      // The registry's default; the gateway routes by the registry and env, whatever this says.
      url: registeredSubgraph(name).routingUrl,
    })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return { subgraphs, supergraph: result.supergraphSdl };
}
