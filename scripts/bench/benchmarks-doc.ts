/**
 * docs/benchmarks.md holds one section per benchmark, between `<!-- bench:NAME:start -->` and
 * `<!-- bench:NAME:end -->`. Each script rewrites its own section only, so the benchmarks can be
 * run separately and in any order.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const BENCHMARKS_DOC = join(process.cwd(), 'docs/benchmarks.md');

const HEADER =
  '# Benchmarks\n\nFigures measured by the scripts in `scripts/bench/`; each section is rewritten by the command it names.\n';

export function writeSection(name: string, body: string, file: string = BENCHMARKS_DOC): void {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const section = `${start}\n${body.trim()}\n${end}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : HEADER;
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  let next: string;
  if (from === -1 && to === -1) {
    next = `${current.trimEnd()}\n\n${section}\n`;
  } else if (from !== -1 && to > from) {
    next = current.slice(0, from) + section + current.slice(to + end.length);
  } else {
    throw new Error(
      `${file}: the markers ${start} and ${end} are unpaired or out of order; fix them by hand, then rerun.`,
    );
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, next);
}
