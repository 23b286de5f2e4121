import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import { CATEGORIES } from '../subgraphs/kit/passport';
import { composeSupergraph } from './compose';

describe('committed schema', () => {
  it('matches what the code prints; run `npm run compose` after changing a type', async () => {
    const { subgraphs, supergraph } = await composeSupergraph();
    for (const { name, sdl } of subgraphs) {
      expect(fs.readFileSync(path.join(__dirname, `${name}.graphql`), 'utf8')).toBe(sdl.trimStart());
    }
    expect(fs.readFileSync(path.join(__dirname, 'supergraph.graphql'), 'utf8')).toBe(supergraph);
  });
});

describe('privacy categories', () => {
  // Family-related types: every field but the key must say which data category it carries,
  // so that a subgraph (a partner's too) cannot add family data the passport does not govern.
  const FAMILY_TYPES = ['Family', 'Person'];
  const supergraph = parse(fs.readFileSync(path.join(__dirname, 'supergraph.graphql'), 'utf8'));
  const types = supergraph.definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && FAMILY_TYPES.includes(d.name.value));

  it.each(FAMILY_TYPES)('every field of %s declares a known @category', (typeName) => {
    const type = types.find((t) => t.name.value === typeName)!;
    const missing = type.fields!.filter((f) => {
      if (f.name.value === 'id') return false;
      const category = f.directives?.find((d) => d.name.value === 'category');
      const value = category?.arguments?.[0]?.value;
      return !(value?.kind === Kind.STRING && (CATEGORIES as readonly string[]).includes(value.value));
    });
    expect(missing.map((f) => f.name.value)).toEqual([]);
  });
});
