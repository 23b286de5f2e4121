import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type DocumentNode, type ObjectTypeDefinitionNode } from 'graphql';
import { definitionOf } from '../subgraphs';
import { registry, type RegisteredSubgraph } from '../subgraphs/kit/registry';
import { buildFederatedSchema } from '../subgraphs/kit/schema';
import { assertRoutable } from '../gateway/server';

/** The families subgraph owns Family and merges every other subgraph's parts of `agenda` and `accessLog`. */
const MERGER = 'families';

const objectTypes = (doc: DocumentNode) =>
  doc.definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION);
const familyFields = (doc: DocumentNode) =>
  objectTypes(doc)
    .filter((t) => t.name.value === 'Family')
    .flatMap((t) => t.fields ?? []);
/** The fields that declare a data category: family data, whichever type carries it. */
const categorised = (doc: DocumentNode) =>
  objectTypes(doc).flatMap((t) =>
    (t.fields ?? []).filter((f) => f.directives?.some((d) => d.name.value === 'category')).map((f) => `${t.name.value}.${f.name.value}`),
  );
/** The `@requires(fields: ...)` selection of a families field. */
const requiresOf = (doc: DocumentNode, field: string) => {
  const value = familyFields(doc)
    .find((f) => f.name.value === field)
    ?.directives?.find((d) => d.name.value === 'requires')?.arguments?.[0]?.value;
  return value?.kind === Kind.STRING ? value.value : '';
};

const sdlOf = new Map<string, DocumentNode>();
beforeAll(async () => {
  for (const entry of registry().subgraphs) sdlOf.set(entry.name, parse((await buildFederatedSchema(definitionOf(entry))).sdl));
}, 120_000);

const others = registry().subgraphs.filter((s) => s.name !== MERGER);
const families = () => sdlOf.get(MERGER)!;

describe('what each registered subgraph contributes reaches the merged fields', () => {
  // A subgraph with family data whose reads never reached the guardian's log is what this prevents (issue 9).
  it.each(others.map((s) => [s.name, s] as [string, RegisteredSubgraph]))('%s: family data means it feeds Family.accessLog', (name, entry) => {
    const data = categorised(sdlOf.get(name)!);
    if (data.length === 0) return;
    expect({ name, accessLog: entry.accessLogField ?? `missing: set access_log: true for it in ${path.basename(registry().file)}` }).toEqual({
      name,
      accessLog: `${name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}AccessLog`,
    });
    expect(familyFields(sdlOf.get(name)!).map((f) => f.name.value)).toContain(entry.accessLogField);
    expect(requiresOf(families(), 'accessLog')).toContain(`${entry.accessLogField} {`);
    expect(
      familyFields(families())
        .find((f) => f.name.value === entry.accessLogField)
        ?.directives?.map((d) => d.name.value),
    ).toEqual(['external']);
  });

  it.each(others.filter((s) => s.agendaSource).map((s) => [s.name, s] as [string, RegisteredSubgraph]))(
    '%s: its agenda source joins Family.agenda and its enum value is AgendaSource',
    (name, entry) => {
      const field = entry.agendaSource!.field;
      expect(familyFields(sdlOf.get(name)!).map((f) => f.name.value)).toContain(field);
      expect(requiresOf(families(), 'agenda')).toContain(`${field} {`);
      expect(requiresOf(families(), 'unavailableAgendaSources')).toContain(`${field} {`);
      const agendaSource = families().definitions.find((d) => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'AgendaSource');
      expect(agendaSource && 'values' in agendaSource && agendaSource.values?.map((v) => v.name.value)).toContain(entry.agendaSource!.value);
    },
  );

  it('families requires no part from a subgraph the registry does not list', () => {
    const parts = [...requiresOf(families(), 'accessLog').matchAll(/(\w+AccessLog) \{/g), ...requiresOf(families(), 'agenda').matchAll(/(\w+Agenda) \{/g)].map(
      (m) => m[1],
    );
    const registered = others.flatMap((s) => [s.accessLogField, s.agendaSource?.field]).filter(Boolean);
    expect(parts.filter((p) => !registered.includes(p))).toEqual([]);
  });
});

describe('routing', () => {
  const supergraph = fs.readFileSync(path.join(__dirname, 'supergraph.graphql'), 'utf8');

  it('the committed supergraph names only the registry routing URLs, never a machine-specific one', () => {
    const urls = Object.fromEntries([...supergraph.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)].map((m) => [m[1], m[2]]));
    expect(urls).toEqual(Object.fromEntries(registry().subgraphs.map((s) => [s.name, s.routingUrl])));
  });

  it('the gateway refuses to start over a supergraph naming a subgraph the registry does not', () => {
    const subgraphUrls = Object.fromEntries(registry().subgraphs.map((s) => [s.name, s.routingUrl]));
    expect(() => assertRoutable(supergraph, { subgraphUrls })).not.toThrow();
    const { clinic: _clinic, ...withoutClinic } = subgraphUrls;
    expect(() => assertRoutable(supergraph, { subgraphUrls: withoutClinic })).toThrow(/\[REGISTRY_INVALID\].*clinic/);
  });
});
