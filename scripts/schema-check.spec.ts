import fs from 'node:fs';
import path from 'node:path';
import { diff } from '@graphql-inspector/core';
import { buildASTSchema, parse, print, printSchema, visit, type FieldDefinitionNode, type ObjectTypeDefinitionNode } from 'graphql';
import { apiSchemaOf } from '../schema/api';
import { classify, intendedBreaking } from './schema-check';

const api = printSchema(apiSchemaOf(fs.readFileSync(path.join(__dirname, '..', 'schema', 'supergraph.graphql'), 'utf8')));

async function check(changed: string, changelog = '') {
  return classify(await diff(buildASTSchema(parse(api)), buildASTSchema(parse(changed))), intendedBreaking(changelog));
}

/** The API with one field of `Family` removed, or one added. */
const withoutFamilyField = (name: string) =>
  print(
    visit(parse(api), {
      FieldDefinition: (node: FieldDefinitionNode, _k, _p, _path, ancestors) =>
        node.name.value === name && (ancestors.at(-1) as ObjectTypeDefinitionNode).name?.value === 'Family' ? null : undefined,
    }),
  );
const withFamilyField = (sdl: string) =>
  print(
    visit(parse(api), {
      ObjectTypeDefinition: (node) =>
        node.name.value === 'Family'
          ? { ...node, fields: [...(node.fields ?? []), ...(parse(`type X { ${sdl} }`).definitions[0] as ObjectTypeDefinitionNode).fields!] }
          : undefined,
    }),
  );

describe('schema check', () => {
  it('flags a removed field as breaking and not intended', async () => {
    const result = await check(withoutFamilyField('unavailableAgendaSources'));
    expect(result.unintended.map((c) => c.path)).toEqual(['Family.unavailableAgendaSources']);
  });

  it('accepts a breaking change the changelog marks as intended', async () => {
    const changelog = '# Schema changes\n\n## Unreleased\n- BREAKING: `Family.unavailableAgendaSources` replaced by errors\n\n## 2026-11-01\n';
    const result = await check(withoutFamilyField('unavailableAgendaSources'), changelog);
    expect(result.breaking).toHaveLength(1);
    expect(result.unintended).toEqual([]);
  });

  it('counts a new described field as safe', async () => {
    const result = await check(withFamilyField('"""Story times at the library.""" storyTimes: [String!]'));
    expect(result.breaking).toEqual([]);
    expect(new Set(result.safe.map((c) => c.path))).toEqual(new Set(['Family.storyTimes']));
  });

  it('flags a field whose type changed as breaking', async () => {
    const result = await check(withoutFamilyField('displayName').replace('type Family {', 'type Family {\n  displayName: Int'));
    expect(result.unintended.map((c) => c.path)).toContain('Family.displayName');
  });
});
