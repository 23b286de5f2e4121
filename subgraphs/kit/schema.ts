import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type AuthChecker, type BuildSchemaOptions } from 'type-graphql';
import type { SubgraphContext } from './context';
import { forbidden } from './errors';
import type { Role } from './passport';
import { DateTimeScalar } from './date-time';
import { applyInputRules } from './input-rules';

const FEDERATION_IMPORTS = ['@key', '@shareable', '@external', '@requires', '@provides', '@inaccessible', '@composeDirective'];

/** `@category` marks the data category of every field carrying family data; it travels into the supergraph. */
export const PRIVACY_HEADER = `
extend schema
  @link(url: "https://specs.apollo.dev/federation/v2.7", import: ${JSON.stringify(FEDERATION_IMPORTS)})
  @link(url: "https://rinnalla.fi/privacy/v1.0", import: ["@category"])
  @composeDirective(name: "@category")

directive @category(name: String!) on FIELD_DEFINITION
`;

/** Roles named in `@Authorized(...)` must appear among the passport's roles; otherwise a coded FORBIDDEN. */
const authChecker: AuthChecker<SubgraphContext> = ({ context }, roles) => {
  if (roles.length === 0 || context.viewer.hasRole(...(roles as Role[]))) return true;
  throw forbidden(`This needs the role ${roles.join(' or ')}.`);
};

export interface FederatedSchemaOptions {
  resolvers: BuildSchemaOptions['resolvers'];
  orphanedTypes?: BuildSchemaOptions['orphanedTypes'];
  references?: GraphQLResolverMap<SubgraphContext>;
}

/** Builds a subgraph schema from type-graphql resolvers, with Federation 2 and the privacy directive. */
export async function buildFederatedSchema(opts: FederatedSchemaOptions): Promise<{ schema: GraphQLSchema; sdl: string }> {
  const typeGraphqlSchema = await buildSchema({
    resolvers: opts.resolvers,
    orphanedTypes: opts.orphanedTypes,
    skipCheck: true,
    authChecker,
    // Validation errors never echo the rejected value: it may be a HETU.
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
  });
  const sdl = PRIVACY_HEADER + printSchemaWithDirectives(typeGraphqlSchema);
  const resolvers = createResolversMap(typeGraphqlSchema) as GraphQLResolverMap<SubgraphContext>;
  applyInputRules(typeGraphqlSchema, resolvers);
  for (const [typeName, reference] of Object.entries(opts.references ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...(reference as object) };
  }
  const schema = buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers }]);
  return { schema, sdl };
}
