// Browser journeys against the built product. ESM mode like the API specs (stack-notes.md, pitfall 1).
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  testMatch: ['**/*.e2e.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      {
        useESM: true,
        tsconfig: { module: 'esnext', moduleResolution: 'bundler', isolatedModules: true },
      },
    ],
  },
  // One product server and one Chromium at a time: the machine has two cores.
  maxWorkers: 1,
  testTimeout: 90_000,
};
