/**
 * Preloaded into `next start` by the load test (NODE_OPTIONS=--require): on SIGUSR2, a full
 * garbage collection, then the process's memory written as JSON to MEMORY_PROBE_FILE. Memory read
 * after a collection is what the server holds, not the garbage it has not yet collected.
 */
const { writeFileSync } = require('node:fs');
const { setFlagsFromString } = require('node:v8');
const { runInNewContext } = require('node:vm');

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

process.on('SIGUSR2', () => {
  gc();
  const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
  writeFileSync(
    process.env.MEMORY_PROBE_FILE,
    JSON.stringify({ rss, heapUsed, external, arrayBuffers }),
  );
});
