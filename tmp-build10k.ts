// @ts-nocheck
import { timedRun } from './scripts/bench/timed-run';
import { NEXT, childEnv } from './test/support/site';
const dir = process.argv[2];
const env = childEnv(dir, { PRERENDER_POSTS: '500' });
const r = await timedRun(dir, [process.execPath, NEXT, 'build'], env);
console.log(r.output.split('\n').filter(l => /Generating|error|Error|Compiled|✓/.test(l)).slice(-15).join('\n'));
console.log(JSON.stringify({ code: r.code, seconds: r.seconds, maxProcessGB: (r.maxProcessRss / 1e9).toFixed(2), peakTreeGB: (r.peakTreeRss / 1e9).toFixed(2) }));
