/**
 * A command run under `/usr/bin/time -v`, with the memory of its whole process tree sampled
 * beside it: `time` reports the largest single process, while `next build` prerenders in worker
 * processes, so the machine needs the sum.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';

export interface TimedRun {
  code: number | null;
  output: string;
  /** Wall time, from `time`. */
  seconds: number;
  /** Largest resident set of a single process, from `time`, in bytes. */
  maxProcessRss: number;
  /** Largest sum of the resident sets of the whole tree, sampled every 100 ms, in bytes. */
  peakTreeRss: number;
}

const PAGE = 4096;

/** Resident bytes of `root` and every process below it. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    // The command name (field 2) may hold spaces: the fields after it start past the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(name);
    const ppid = Number(fields[1]);
    rss.set(pid, Number(fields[21]) * PAGE);
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    total += rss.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

function timeField(report: string, label: string): string {
  const line = report.split('\n').find((l) => l.trim().startsWith(label));
  if (!line) throw new Error(`/usr/bin/time printed no "${label}":\n${report}`);
  return line.slice(line.lastIndexOf(': ') + 2).trim();
}

/** `h:mm:ss` or `m:ss.ss` to seconds. */
function wallSeconds(text: string): number {
  return text.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

export function timedRun(
  cwd: string,
  command: string[],
  env: NodeJS.ProcessEnv,
): Promise<TimedRun> {
  return new Promise((done, fail) => {
    const report = `/tmp/bench-time-${process.pid}-${Date.now()}.txt`;
    const child = spawn('/usr/bin/time', ['-v', '-o', report, ...command], { cwd, env });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peakTreeRss = 0;
    const sampler = setInterval(() => {
      if (child.pid !== undefined) peakTreeRss = Math.max(peakTreeRss, treeRss(child.pid));
    }, 100);
    child.on('error', fail);
    child.on('close', (code) => {
      clearInterval(sampler);
      try {
        const text = readFileSync(report, 'utf8');
        rmSync(report, { force: true });
        done({
          code,
          output,
          seconds: wallSeconds(timeField(text, 'Elapsed (wall clock) time')),
          maxProcessRss: Number(timeField(text, 'Maximum resident set size')) * 1024,
          peakTreeRss,
        });
      } catch (error) {
        fail(error);
      }
    });
  });
}
