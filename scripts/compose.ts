/** `npm run compose`: writes schema/<subgraph>.graphql, schema/supergraph.graphql and the client-facing schema/api.graphql from the code. */
import fs from 'node:fs';
import path from 'node:path';
import { printApiSchema } from '../schema/api';
import { composeSupergraph } from '../schema/compose';
import { projectRoot } from '../subgraphs/kit/project-root';

const SCHEMA_DIR = path.join(projectRoot(), 'schema');

composeSupergraph().then(
  ({ subgraphs, supergraph }) => {
    for (const { file, sdl } of subgraphs) fs.writeFileSync(path.join(projectRoot(), file), sdl.trimStart());
    fs.writeFileSync(path.join(SCHEMA_DIR, 'supergraph.graphql'), supergraph);
    fs.writeFileSync(path.join(SCHEMA_DIR, 'api.graphql'), printApiSchema(supergraph));
    console.log(`composed ${subgraphs.length} subgraphs into schema/supergraph.graphql`);
  },
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
