/**
 * `npm run schema:check`: composes the graph from the code and compares its API with the base
 * branch's (SCHEMA_BASE_REF, default `main`), as rover and Hive do for subgraph checks.
 * Fails on a breaking change not listed under "Unreleased" in schema/CHANGELOG.md, on a
 * Family or Person field without `@category`, and on an API element without a description.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { parse } from 'graphql';
import { apiSchemaOf, fieldsWithoutCategory, undescribed } from '../schema/api';
import { composeSupergraph } from '../schema/compose';
import { projectRoot } from '../subgraphs/kit/project-root';

const ROOT = projectRoot();

/** The base branch's supergraph; the committed file when git cannot tell (e.g. a source tarball). */
function baseSupergraph(ref: string): { sdl: string; from: string } {
  try {
    const sdl = execFileSync('git', ['show', `${ref}:schema/supergraph.graphql`], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return { sdl, from: ref };
  } catch {
    return { sdl: fs.readFileSync(path.join(ROOT, 'schema', 'supergraph.graphql'), 'utf8'), from: 'the committed schema/supergraph.graphql' };
  }
}

/** Paths the changelog's "Unreleased" section names as intended breaking changes. */
export function intendedBreaking(changelog: string): Set<string> {
  const unreleased = changelog.split(/^## /m).find((s) => s.startsWith('Unreleased')) ?? '';
  return new Set([...unreleased.matchAll(/BREAKING[^`\n]*`([^`]+)`/g)].map((m) => m[1]));
}

export function classify(changes: Change[], intended: Set<string>) {
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  return {
    breaking,
    unintended: breaking.filter((c) => !c.path || !intended.has(c.path)),
    dangerous: changes.filter((c) => c.criticality.level === CriticalityLevel.Dangerous),
    safe: changes.filter((c) => c.criticality.level === CriticalityLevel.NonBreaking),
  };
}

async function main() {
  const ref = process.env.SCHEMA_BASE_REF || 'main';
  const { supergraph } = await composeSupergraph();
  const base = baseSupergraph(ref);
  const changes = await diff(apiSchemaOf(base.sdl), apiSchemaOf(supergraph));
  const changelogFile = path.join(ROOT, 'schema', 'CHANGELOG.md');
  const { breaking, unintended, dangerous, safe } = classify(
    changes,
    intendedBreaking(fs.existsSync(changelogFile) ? fs.readFileSync(changelogFile, 'utf8') : ''),
  );
  const line = (c: Change) => `  - ${c.message}${c.path ? ` (${c.path})` : ''}`;

  console.log(`Schema check against ${base.from}: ${changes.length} change(s).`);
  if (breaking.length)
    console.log(`Breaking:\n${breaking.map((c) => line(c) + (unintended.includes(c) ? '  <- not marked as intended' : '  (intended)')).join('\n')}`);
  if (dangerous.length) console.log(`Dangerous (safe for the schema, may surprise clients):\n${dangerous.map(line).join('\n')}`);
  if (safe.length) console.log(`Safe:\n${safe.map(line).join('\n')}`);

  const problems: string[] = [];
  if (unintended.length)
    problems.push(
      `${unintended.length} breaking change(s) not marked as intended: list each path under "## Unreleased" in schema/CHANGELOG.md as "BREAKING: \`Type.field\` <why>".`,
    );
  const uncategorised = fieldsWithoutCategory(parse(supergraph));
  if (uncategorised.length) problems.push(`Family/Person fields without @category: ${uncategorised.join(', ')}.`);
  const bare = undescribed(apiSchemaOf(supergraph));
  if (bare.length) problems.push(`${bare.length} API element(s) without a description: ${bare.slice(0, 20).join(', ')}${bare.length > 20 ? ', ...' : ''}.`);
  if (problems.length) {
    console.error(`\nSchema check failed:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log('Schema check passed.');
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
