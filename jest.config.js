// Jest runs the TypeScript sources as native ESM through ts-jest (the pattern of actions/typescript-action):
// mock toolkit modules with jest.unstable_mockModule() and then `await import()` the module under test.
//
// Two projects: `unit` (the tests beside the code: pure logic, seconds; `npm run test:unit`) and `e2e` (test/ and
// every *.e2e.test.ts: the bundles through the local runner, real tools, real local servers, repository checks).
// Before any e2e test runs, the e2e project's global setup rebuilds every bundle whose sources changed since it was
// built (scripts/bundle-stamps.mjs), so `npm test` always tests the source as it is on disk.
const transform = {
  '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: ['TS151001'] } }]
}
const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform,
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.tmp/']
}

/** @type {import('jest').Config} */
export default {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{actions,packages,cli}/**/*.test.ts'],
      testPathIgnorePatterns: [...common.testPathIgnorePatterns, '\\.e2e\\.test\\.ts$']
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/**/*.e2e.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.mjs'
    }
  ],
  // `npm run test:coverage` (CI): V8's coverage of the code the tests run in process (the bundles run in child
  // processes are not counted), written to coverage/ and printed by scripts/coverage-summary.mjs. No threshold.
  coverageProvider: 'v8',
  collectCoverageFrom: ['{actions,packages,cli}/**/*.ts', '!**/*.test.ts', '!**/*.generated.ts'],
  coverageReporters: ['json-summary', 'lcov'],
  // End-to-end tests start real processes and servers; give them room on a 2-core machine.
  testTimeout: 60000,
  maxWorkers: 2,
  // Jest's progress, then its summary followed by our closing lines (so the skip list is the run's last line).
  reporters: ['<rootDir>/scripts/jest-progress-reporter.cjs', '<rootDir>/scripts/summary-reporter.cjs']
}
