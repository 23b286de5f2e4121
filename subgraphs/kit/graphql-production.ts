/**
 * graphql-js picks its `instanceOf` once, when it is loaded: unless NODE_ENV is `production`, every type
 * check that fails also compares class names, to warn about two copies of graphql (about 1.5 % of a
 * subgraph's CPU). One copy is installed, so the warning cannot fire. Imported first by each process's
 * entry point: it loads that module in production mode and leaves NODE_ENV as it was for everything else.
 */
const mode = process.env.NODE_ENV;
process.env.NODE_ENV = 'production';
try {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('graphql/jsutils/instanceOf');
} finally {
  if (mode === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = mode;
}

export {};
