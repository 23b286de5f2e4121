import fs from 'node:fs';
import path from 'node:path';

/** The kit is a workspace package with its own package.json; the project is the package around it. */
const isKitPackage = (dir: string) =>
  (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string }).name === '@rinnalla/subgraph-kit';

/** The repository root, whether running from the sources (tests) or from dist/ (processes). */
export function projectRoot(from = __dirname): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json')) || path.basename(dir) === 'dist' || isKitPackage(dir)) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}
