import fs from 'node:fs';
import path from 'node:path';
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
