// Unit specs sit beside the code they test; integration tests in test/ run the real processes.
const transform = {
  '^.+\\.ts$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
    },
  ],
};

module.exports = {
  projects: [
    {
      displayName: 'unit',
      transform,
      testMatch: ['<rootDir>/{gateway,subgraphs,demo,scripts}/**/*.spec.ts'],
    },
    {
      displayName: 'integration',
      transform,
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
      testTimeout: 60000,
    },
  ],
};
