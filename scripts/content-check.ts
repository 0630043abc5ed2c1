/**
 * `npm run content:check [-- --json]`: every problem of every post, in seconds, without a build
 * (lib/content/check.ts). Exits 1 when there is an error; warnings alone exit 0.
 */
import { checkContent } from '../lib/content/check';

const start = performance.now();
const problems = checkContent(process.cwd());
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ errors, warnings, problems }, null, 2));
} else {
  for (const p of problems)
    console.log(`${p.file}${p.line ? `:${p.line}` : ''}: ${p.severity}: ${p.message}`);
  const ms = Math.round(performance.now() - start);
  console.log(
    problems.length === 0
      ? `No problem in the posts (${ms} ms).`
      : `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} (${ms} ms).`,
  );
}
process.exitCode = errors > 0 ? 1 : 0;
