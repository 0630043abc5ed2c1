import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below `root`, at any depth. */
export function filesUnder(root: string): string[] {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
