/**
 * `npm run codegen`: typed documents for the operations in operations/, against the public API schema
 * (schema/api.graphql, not the supergraph: no `join__*`/`link__*` plumbing, no `@inaccessible` fields).
 * It also writes operations/generated/persisted-documents.json, the trusted-documents manifest the gateway
 * loads with TRUSTED_DOCUMENTS=only: sha256 of each document's text → the document.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/api.graphql',
  documents: ['operations/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'operations/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256', mode: 'embedHashInDocument' } },
      config: {
        // Both are ISO-8601 strings on the wire (DateTime with the Helsinki offset, LocalDate YYYY-MM-DD).
        scalars: { DateTime: 'string', LocalDate: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
      },
    },
  },
};

export default config;
