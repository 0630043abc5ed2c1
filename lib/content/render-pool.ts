/**
 * Post bodies rendered on every core: a pool of worker threads, each rendering with
 * ./render-body.ts and writing what it rendered (./rendered-bodies.ts). Contentlayer resolves a
 * document's fields on the main thread, two documents at a time; with the rendering there, it
 * used one core and held every article until the end of the build (docs/benchmarks.md, "Content
 * step").
 *
 * The worker's code is the module that created the pool (the compiled contentlayer.config.ts),
 * started again with `workerData` saying so: it calls `serveRenders()` at its top level.
 */
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { RenderRequest } from './render-body';
import { RENDERED_DIR, renderAndKeep, type KeptBody } from './rendered-bodies';

const ROLE = 'carnet-render-worker';

interface Setup {
  role: typeof ROLE;
  /** Where rendered bodies are written. */
  dir: string;
}

type Reply = { id: number; body: KeptBody } | { id: number; error: string };

interface Task {
  id: number;
  request: RenderRequest;
  resolve: (body: KeptBody) => void;
  reject: (error: Error) => void;
}

export interface RenderPool {
  render(request: RenderRequest): Promise<KeptBody>;
  /** Stops each worker once no render is left for it; renders already asked for still happen. */
  close(): void;
}

const setup = (): Setup | undefined => {
  const data: unknown = workerData;
  return !isMainThread &&
    typeof data === 'object' &&
    data !== null &&
    'role' in data &&
    data.role === ROLE &&
    'dir' in data &&
    typeof data.dir === 'string'
    ? { role: ROLE, dir: data.dir }
    : undefined;
};

/** True in a thread started by a pool: the module should call `serveRenders()` and nothing else. */
export const isRenderWorker = (): boolean => setup() !== undefined;

/**
 * The worker side: renders each request it is sent. Errors travel as their message, which
 * names the file and the line (./render-body.ts).
 */
export function serveRenders(): void {
  const port = parentPort;
  const dir = setup()?.dir;
  if (!port || dir === undefined) throw new Error('serveRenders() runs in a pool’s worker');
  port.on('message', (task: { id: number; request: RenderRequest }) => {
    renderAndKeep(task.request, dir).then(
      (body) => port.postMessage({ id: task.id, body } satisfies Reply),
      (error: unknown) =>
        port.postMessage({
          id: task.id,
          error: error instanceof Error ? error.message : String(error),
        } satisfies Reply),
    );
  });
}

/** One worker per core (CARNET_RENDER_WORKERS overrides; 0 renders on the calling thread). */
function poolSize(): number {
  const set = process.env.CARNET_RENDER_WORKERS;
  const size = set === undefined || set === '' ? availableParallelism() : Number(set);
  if (!Number.isInteger(size) || size < 0)
    throw new Error(`CARNET_RENDER_WORKERS must be a whole number, not "${set}"`);
  return size;
}

/**
 * Workers start on the first request and let the process exit whenever none is busy (a build
 * ends when Contentlayer is done; `contentlayer2 dev` keeps them for the next save).
 */
export function createRenderPool(
  workerUrl: URL,
  { size = poolSize(), dir = RENDERED_DIR }: { size?: number; dir?: string } = {},
): RenderPool {
  if (size === 0) return { render: (request) => renderAndKeep(request, dir), close: () => {} };
  const queue: Task[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Task>();
  const workers = new Set<Worker>();
  let nextId = 0;
  let closing = false;

  const spawn = (): Worker => {
    const worker = new Worker(workerUrl, { workerData: { role: ROLE, dir } satisfies Setup });
    workers.add(worker);
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const task = busy.get(worker);
      busy.delete(worker);
      if (task?.id === reply.id) {
        if ('body' in reply) task.resolve(reply.body);
        else task.reject(new Error(reply.error));
      }
      worker.unref();
      idle.push(worker);
      pump();
    });
    // A worker that dies (out of memory, a crash in a plugin) fails its post, not the others.
    worker.on('error', (error) => busy.get(worker)?.reject(error));
    worker.on('exit', () => {
      busy.get(worker)?.reject(new Error('A render worker stopped'));
      busy.delete(worker);
      workers.delete(worker);
      const at = idle.indexOf(worker);
      if (at >= 0) idle.splice(at, 1);
      pump();
    });
    return worker;
  };

  const pump = (): void => {
    for (let task = queue[0]; task; task = queue[0]) {
      const worker = idle.pop() ?? (workers.size < size ? spawn() : undefined);
      if (!worker) return;
      queue.shift();
      busy.set(worker, task);
      worker.ref();
      worker.postMessage({ id: task.id, request: task.request });
    }
    if (closing) for (const worker of idle.splice(0)) void worker.terminate();
  };

  return {
    render: (request) =>
      new Promise<KeptBody>((resolve, reject) => {
        queue.push({ id: nextId++, request, resolve, reject });
        pump();
      }),
    close: () => {
      closing = true;
      pump();
    },
  };
}

const SHARED = Symbol.for('carnet.renderPool');
const registry = globalThis as { [SHARED]?: { code: string; pool: RenderPool } };

/**
 * The pool whose workers run `moduleUrl`: one per process for the same code, since Contentlayer
 * imports its configuration more than once (each time under a new `?x=` query). When the code
 * changed (`contentlayer2 dev` after an edit of the configuration), the previous pool's workers
 * stop once they have rendered what they were asked.
 */
export function renderPoolFor(moduleUrl: string): RenderPool {
  const code = new URL(moduleUrl);
  code.search = '';
  const previous = registry[SHARED];
  if (previous?.code === code.href) return previous.pool;
  previous?.pool.close();
  const pool = createRenderPool(code);
  registry[SHARED] = { code: code.href, pool };
  return pool;
}
