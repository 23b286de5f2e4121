import { Kind, parse, type ConstDirectiveNode, type FieldDefinitionNode, type TypeNode } from 'graphql';
import type { Category, Grant } from '../../subgraphs/kit/passport';

/** What one subgraph's passport may carry. */
export interface Audience {
  /** The data categories its fields declare with `@category`. */
  categories: ReadonlySet<Category>;
  /** It resolves families from the viewer's links (`myFamilies`, `family(id)`), so it needs every linked family, if only by id. */
  linksFamilies: boolean;
}

const FAMILY_TYPE = 'Family';

const argument = (directive: ConstDirectiveNode, name: string) => {
  const value = directive.arguments?.find((a) => a.name.value === name)?.value;
  return value && 'value' in value ? String(value.value) : undefined;
};
const directives = (node: { directives?: readonly ConstDirectiveNode[] }, name: string) => (node.directives ?? []).filter((d) => d.name.value === name);
const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

/** The graphs that resolve a field: its own non-external `@join__field`s, or else every graph of its type. */
function resolvingGraphs(field: FieldDefinitionNode, typeGraphs: string[]): string[] {
  const joins = directives(field, 'join__field').filter((d) => argument(d, 'graph'));
  if (joins.length === 0) return typeGraphs;
  return joins.filter((d) => argument(d, 'external') !== 'true').map((d) => argument(d, 'graph')!);
}

/**
 * Derives each subgraph's audience from the composed supergraph: the categories of the fields it
 * resolves (`@category` beside `@join__field`). The schema stays the one place that says which data
 * a subgraph serves; a partner's subgraph gets only what its own fields declare.
 */
export function audiencesFromSupergraph(supergraphSdl: string): Map<string, Audience> {
  const document = parse(supergraphSdl);
  const graphNames = new Map<string, string>();
  const audiences = new Map<string, { categories: Set<Category>; linksFamilies: boolean }>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const name = directives(value, 'join__graph').map((d) => argument(d, 'name'))[0];
      if (!name) continue;
      graphNames.set(value.name.value, name);
      audiences.set(name, { categories: new Set(), linksFamilies: false });
    }
  }
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    const typeGraphs = directives(definition, 'join__type').map((d) => argument(d, 'graph')!);
    for (const field of definition.fields ?? []) {
      const graphs = resolvingGraphs(field, typeGraphs).map((g) => audiences.get(graphNames.get(g)!)!);
      const category = directives(field, 'category').map((d) => argument(d, 'name'))[0] as Category | undefined;
      if (category) for (const audience of graphs) audience.categories.add(category);
      if (definition.name.value === 'Query' && namedType(field.type) === FAMILY_TYPE) for (const audience of graphs) audience.linksFamilies = true;
    }
  }
  return audiences;
}

/** The grants a subgraph's passport carries: each trimmed to the categories it serves, and only those that still grant something there. */
export function grantsForAudience(grants: Grant[], audience: Audience): Grant[] {
  const trimmed: Grant[] = [];
  for (const grant of grants) {
    if (grant.unlinked && audience.linksFamilies) continue;
    const categories = grant.categories.filter((c) => audience.categories.has(c));
    if (categories.length > 0 || (audience.linksFamilies && grant.family !== '*')) trimmed.push({ ...grant, categories });
  }
  return liveGrants(trimmed);
}

const lifetime = (g: Grant) => (g.until ? Date.parse(g.until) : Infinity);

/**
 * Only live grants, each once: ended ones are dropped, and so is a grant another grant of the same
 * family and basis covers (all its categories, for at least as long). A long consent history thus
 * never grows the passport.
 */
export function liveGrants(grants: Grant[], now = Date.now()): Grant[] {
  const ordered = grants
    .filter((g) => lifetime(g) > now)
    .map((g) => ({ ...g, categories: [...new Set(g.categories)] }))
    .sort((a, b) => b.categories.length - a.categories.length || lifetime(b) - lifetime(a));
  const kept: Grant[] = [];
  const byFamily = new Map<string, Grant[]>();
  for (const grant of ordered) {
    const key = `${grant.family}|${grant.basis}|${grant.unlinked ? 'unlinked' : 'linked'}`;
    const same = byFamily.get(key) ?? byFamily.set(key, []).get(key)!;
    if (same.some((k) => lifetime(k) >= lifetime(grant) && grant.categories.every((c) => k.categories.includes(c)))) continue;
    same.push(grant);
    kept.push(grant);
  }
  return kept;
}
