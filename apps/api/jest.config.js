// Servers in China keep Beijing time: the specs do too, so a date read in the server's own zone shows.
process.env.TZ = 'Asia/Shanghai';

// Nest 12 ships ESM only, so jest runs in ESM mode (stack-notes.md, pitfall 1).
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      {
        useESM: true,
        isolatedModules: true,
        tsconfig: {
          module: 'esnext',
          moduleResolution: 'bundler',
          experimentalDecorators: true,
          emitDecoratorMetadata: true,
          useDefineForClassFields: false,
          isolatedModules: true,
        },
      },
    ],
  },
  setupFiles: ['<rootDir>/test/support/dialect-env.ts'],
  testTimeout: 30000,
};
