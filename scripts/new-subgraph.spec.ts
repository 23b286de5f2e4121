import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../subgraphs/kit/project-root';
import { newSubgraph } from './new-subgraph';

// Acceptance of `npm run new-subgraph`: what it writes composes into the graph and feeds Family.agenda and
// Family.accessLog, with no edit to gateway/, the kit or families. test/new-subgraph.test.ts starts one.
const NAME = 'story-time';
const DIR = `partners/.new-subgraph-spec-${process.pid}`;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'new-subgraph-'));
const registryCopy = path.join(tmp, 'subgraphs.yaml');

beforeAll(() => {
  fs.copyFileSync(path.join(projectRoot(), 'subgraphs.yaml'), registryCopy);
  newSubgraph({ name: NAME, owner: 'Rinnala city library', dir: DIR, registry: registryCopy }, 1795470000000);
  // Every module that reads the registry below reads this copy.
  process.env.RINNALLA_REGISTRY = registryCopy;
});

afterAll(() => {
  delete process.env.RINNALLA_REGISTRY;
  fs.rmSync(path.join(projectRoot(), DIR), { recursive: true, force: true });
});

describe('npm run new-subgraph', () => {
  it('registers the subgraph on the next free port, with its agenda source and its part of the access log', async () => {
    const { readRegistry } = await import('../subgraphs/kit/registry');
    const entry = readRegistry(registryCopy).subgraphs.find((s: { name: string }) => s.name === NAME);
    expect(entry).toMatchObject({
      port: 4009,
      main: `${DIR}/main.ts`,
      agendaSource: { value: 'STORY_TIME', field: 'storyTimeAgenda' },
      accessLogField: 'storyTimeAccessLog',
    });
  });

  it('writes a subgraph that composes: families requires its agenda and access-log parts, AgendaSource has its value', async () => {
    const { composeSupergraph } = await import('../schema/compose');
    const { supergraph } = await composeSupergraph();
    expect(supergraph).toMatch(/agenda: \[AgendaItem!\]! @join__field\(graph: FAMILIES, requires: "[^"]*storyTimeAgenda \{/);
    expect(supergraph).toMatch(/accessLog: \[AccessLogEntry!\]! @join__field\(graph: FAMILIES, requires: "[^"]*storyTimeAccessLog \{/);
    expect(supergraph).toMatch(/STORY_TIME @join__enumValue/);
    const { fieldsWithoutCategory } = await import('../schema/api');
    expect(fieldsWithoutCategory((await import('graphql')).parse(supergraph))).toEqual([]);
  }, 120_000);
});
