/**
 * Rendered articles and texts wait for the store's writer beside Contentlayer's cache, named by a
 * hash of their bytes. A document holds that name only: Contentlayer keeps, caches and writes
 * every document until the build ends, and the bodies were most of its memory at 10,000 posts
 * (docs/benchmarks.md, "Content step"). In `.contentlayer/.cache/`, a restored cache
 * folder brings them along with the documents that name them.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash } from '../media/files';
import type { BodyAnalysis } from './analyze';
import { renderBody, type RenderRequest } from './render-body';
import type { BodyPart } from './store-layout';
import { writeAtomically } from './write-atomically';

export const RENDERED_DIR = join(process.cwd(), '.contentlayer', '.cache', 'carnet-bodies');

/** What a document keeps of its body: the name of its files, and the analysis but its text. */
export interface KeptBody {
  key: string;
  analysis: Omit<BodyAnalysis, 'text'>;
}

const renderedFile = (dir: string, key: string, part: BodyPart) => join(dir, `${key}.${part}`);

/** Renders a body and writes its HTML and text under their hash (by the worker that rendered it). */
export async function renderAndKeep(
  request: RenderRequest,
  dir: string = RENDERED_DIR,
): Promise<KeptBody> {
  const { html, analysis } = await renderBody(request);
  const { text, ...kept } = analysis;
  // Named as the posts' published files are (lib/media/files.ts).
  const key = contentHash(Buffer.from(`${html}\0${text}`));
  mkdirSync(dir, { recursive: true });
  writeAtomically(renderedFile(dir, key, 'html'), html);
  writeAtomically(renderedFile(dir, key, 'txt'), text);
  return { key, analysis: kept };
}

export function readRendered(key: string, part: BodyPart, dir: string = RENDERED_DIR): string {
  try {
    return readFileSync(renderedFile(dir, key, part), 'utf8');
  } catch {
    throw new Error(
      `${renderedFile(dir, key, part)} is missing: Contentlayer's cache names a rendered body that is not there. Run \`contentlayer2 build --clearCache\`.`,
    );
  }
}

/** Deletes the rendered bodies no document names any more. */
export function pruneRendered(keys: ReadonlySet<string>, dir: string = RENDERED_DIR): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    // Also a temporary file a killed build left.
    if (!keys.has(name.slice(0, name.indexOf('.'))) || name.endsWith('.tmp'))
      rmSync(join(dir, name), { force: true });
  }
}
