// GraphQL Code Generator: typed operations from the server's schema (../schema.graphql, written by
// `make generate`). Every operation in src/ written with graphql(`…`) gets its result and
// variables types in src/gql/, which is generated and committed.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/**/*.ts', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Operations as strings (TypedDocumentString): no GraphQL library in the page.
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        onlyOperationTypes: true,
        strictScalars: true,
        scalars: { Cursor: 'string', Date: 'string', Money: 'string', Time: 'string' },
      },
    },
  },
};

export default config;
