/**
 * A file replaced in one step: written under a name of its own, then renamed, so that a reader
 * (the server, `next dev` beside `contentlayer2 dev`) never finds half of it. The temporary name
 * holds the process and the thread: the build's render workers share one process.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';

export function writeAtomically(file: string, data: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}.${threadId}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}
