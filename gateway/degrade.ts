import { Kind, parse, type FieldNode, type SelectionSetNode } from 'graphql';

/**
 * When a subgraph cannot be reached during an `_entities` fetch, answer for it: every entity
 * with the requested fields set to null. A nullable provider field, such as `Family.clinicAgenda`,
 * then reaches `@requires` as null, and the timeline shows the other providers instead of nothing.
 */
export function unavailableEntities(query: string | undefined, variables: Record<string, unknown> | undefined): object[] | undefined {
  if (!query || !Array.isArray(variables?.representations)) return undefined;
  const operation = parse(query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const entities = operation?.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === '_entities');
  if (!entities?.selectionSet) return undefined;
  const fieldsByType = new Map<string, string[]>();
  for (const s of entities.selectionSet.selections) {
    if (s.kind !== Kind.INLINE_FRAGMENT || !s.typeCondition) continue;
    fieldsByType.set(s.typeCondition.name.value, responseNames(s.selectionSet));
  }
  return (variables.representations as Array<{ __typename: string }>).map((rep) => ({
    __typename: rep.__typename,
    ...Object.fromEntries((fieldsByType.get(rep.__typename) ?? []).filter((f) => f !== '__typename').map((f) => [f, null])),
  }));
}

function responseNames(selectionSet: SelectionSetNode): string[] {
  return selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD).map((f) => f.alias?.value ?? f.name.value);
}
