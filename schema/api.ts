import { Supergraph } from '@apollo/federation-internals';
import { Kind, printSchema, type DocumentNode, type GraphQLSchema, type ObjectTypeDefinitionNode } from 'graphql';
import { CATEGORIES } from '../subgraphs/kit/passport';

/** The schema clients see: the supergraph without `join__*`/`link__*` plumbing and `@inaccessible` fields. */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

export const printApiSchema = (supergraphSdl: string) => printSchema(apiSchemaOf(supergraphSdl));

/** Family-related types: every field but the key says which data category it carries. */
export const FAMILY_TYPES = ['Family', 'Person'];

/** Fields of Family and Person, in any subgraph, that declare no known `@category`: a partner may not add those. */
export function fieldsWithoutCategory(supergraph: DocumentNode): string[] {
  return supergraph.definitions
    .filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && FAMILY_TYPES.includes(d.name.value))
    .flatMap((type) =>
      (type.fields ?? [])
        .filter((f) => {
          if (f.name.value === 'id') return false;
          const value = f.directives?.find((d) => d.name.value === 'category')?.arguments?.[0]?.value;
          return !(value?.kind === Kind.STRING && (CATEGORIES as readonly string[]).includes(value.value));
        })
        .map((f) => `${type.name.value}.${f.name.value}`),
    );
}

/** Types, fields, arguments and enum values of the API that a frontend developer would find undescribed. */
export function undescribed(api: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(api.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (!type.description && !['Query', 'Mutation', 'String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) missing.push(type.name);
    if ('getFields' in type) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    if ('getValues' in type) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
  }
  return missing;
}
