// Unit specs sit beside the code they test; integration tests in test/ run the real processes.
const transform = {
  '^.+\\.(ts|js)$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    },
  ],
};

// jose ships only ES modules; jest loads CommonJS, so it is compiled like our own code.
const transformIgnorePatterns = ['/node_modules/(?!jose/)'];

// Partners import the kit as a package; under jest it is the kit's sources, the same modules the core imports.
const moduleNameMapper = { '^@rinnalla/subgraph-kit$': '<rootDir>/subgraphs/kit/index.ts' };

module.exports = {
  // Integration tests talk to real processes over HTTP; unit tests finish far sooner.
  testTimeout: 60000,
  projects: [
    {
      displayName: 'unit',
      transform,
      transformIgnorePatterns,
      moduleNameMapper,
      testMatch: ['<rootDir>/{gateway,subgraphs,partners,demo,schema,scripts,test}/**/*.spec.ts'],
    },
    {
      displayName: 'integration',
      transform,
      transformIgnorePatterns,
      moduleNameMapper,
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
    },
  ],
};
