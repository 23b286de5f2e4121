import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { fieldsWithoutCategory, printApiSchema } from './api';
import { composeSupergraph } from './compose';

describe('committed schema', () => {
  it('matches what the code prints; run `npm run compose` after changing a type', async () => {
    const { subgraphs, supergraph } = await composeSupergraph();
    for (const { file, sdl } of subgraphs) {
      expect(fs.readFileSync(path.join(__dirname, '..', file), 'utf8')).toBe(sdl.trimStart());
    }
    expect(fs.readFileSync(path.join(__dirname, 'supergraph.graphql'), 'utf8')).toBe(supergraph);
    expect(fs.readFileSync(path.join(__dirname, 'api.graphql'), 'utf8')).toBe(printApiSchema(supergraph));
  });
});

describe('privacy categories', () => {
  // A subgraph (a partner's too) cannot add family data the passport does not govern.
  it('every field of Family and Person declares a known @category', () => {
    expect(fieldsWithoutCategory(parse(fs.readFileSync(path.join(__dirname, 'supergraph.graphql'), 'utf8')))).toEqual([]);
  });
});
