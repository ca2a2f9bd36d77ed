import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  // The API emits and commits this file; the web never hand-writes response types.
  schema: '../api/src/schema.gql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
