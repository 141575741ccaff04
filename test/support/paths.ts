/** Locations the tests read from, found relative to the project root whatever folder a test is bundled into. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

function findRoot(start: string): string {
  let folder = start;
  while (!existsSync(join(folder, 'package.json')) || !existsSync(join(folder, 'seeds'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`project root not found above ${start}`);
    folder = parent;
  }
  return folder;
}

/** The project root. */
export const PROJECT_ROOT = findRoot(__dirname);

/** A path inside the project. */
export function projectPath(...parts: string[]): string {
  return join(PROJECT_ROOT, ...parts);
}
