/** The blog as readers get it: `npm run build` in the working tree, served afterwards by `next start` (index.ts). */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Runs `npm run build`; its output is shown only when it fails. */
export function build(dir: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn('npm', ['run', 'build'], {
      cwd: dir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0 ? done() : fail(new Error(`npm run build exited with ${code}:\n${output}`)),
    );
  });
}

export function hasBuild(dir: string): boolean {
  return existsSync(join(dir, '.next', 'BUILD_ID'));
}
