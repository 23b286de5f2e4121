import 'reflect-metadata';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { SUBGRAPH_DEFINITIONS } from '../subgraphs';
import { buildFederatedSchema } from '../subgraphs/kit/schema';
import { SUBGRAPHS } from '../subgraphs/kit/services';

export interface ComposedSchema {
  subgraphs: Array<{ name: string; sdl: string }>;
  supergraph: string;
}

/** Prints every subgraph's SDL from code and composes the supergraph; throws with composition's own messages. */
export async function composeSupergraph(): Promise<ComposedSchema> {
  const subgraphs = [];
  for (const def of SUBGRAPH_DEFINITIONS) {
    const { sdl } = await buildFederatedSchema(def);
    subgraphs.push({ name: def.name, sdl });
  }
  const result = composeServices(
    subgraphs.map(({ name, sdl }) => ({
      name,
      typeDefs: parse(sdl),
      url: `http://127.0.0.1:${SUBGRAPHS.find((s) => s.name === name)!.port}/graphql`,
    })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return { subgraphs, supergraph: result.supergraphSdl };
}
