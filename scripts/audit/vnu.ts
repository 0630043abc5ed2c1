/** Gate 2: the Nu HTML Checker (vnu-jar) reports no error on the HTML `next start` serves. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditPage } from './pages';

/** The path of vnu.jar: the package's main export. */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));
const JAVA = process.env.JAVA ?? 'java';

export interface VnuMessage {
  line?: number;
  message: string;
  extract?: string;
}

export interface VnuResult {
  page: AuditPage;
  errors: VnuMessage[];
}

interface VnuJson {
  messages: { type: string; url?: string; lastLine?: number; message: string; extract?: string }[];
}

function isVnuJson(value: unknown): value is VnuJson {
  return (
    typeof value === 'object' &&
    value !== null &&
    'messages' in value &&
    Array.isArray(value.messages)
  );
}

function runVnu(files: string[]): Promise<VnuJson> {
  return new Promise((done, fail) => {
    const args = [
      '-jar',
      VNU_JAR,
      '--format',
      'json',
      '--errors-only',
      '--exit-zero-always',
      ...files,
    ];
    execFile(JAVA, args, { maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error) {
        const hint =
          'code' in error && error.code === 'ENOENT'
            ? ` (no "${JAVA}": install a Java runtime, e.g. apt-get install default-jre-headless, or set JAVA)`
            : '';
        return fail(
          new Error(`The Nu HTML Checker did not run${hint}: ${error.message}\n${stderr}`),
        );
      }
      // vnu writes its JSON report on stderr.
      let parsed: unknown;
      try {
        parsed = JSON.parse(stderr);
      } catch {
        return fail(new Error(`The Nu HTML Checker wrote no JSON report:\n${stderr}`));
      }
      if (!isVnuJson(parsed))
        return fail(new Error(`The Nu HTML Checker's report has no messages:\n${stderr}`));
      done(parsed);
    });
  });
}

export async function runVnuGate(
  baseUrl: string,
  pages: readonly AuditPage[],
): Promise<VnuResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'carnet-audit-vnu-'));
  try {
    const files: string[] = [];
    for (const [index, page] of pages.entries()) {
      const response = await fetch(baseUrl + page.path);
      if (response.status !== page.status)
        throw new Error(
          `${page.path} answered ${response.status}, expected ${page.status}: check the page list in scripts/audit/pages.ts`,
        );
      const file = join(dir, `${index}.html`);
      writeFileSync(file, await response.text());
      files.push(file);
    }
    const report = await runVnu(files);
    // "non-document-error": the checker could not read a file at all, which fails the gate too.
    const errors = report.messages.filter(
      (m) => m.type === 'error' || m.type === 'non-document-error',
    );
    // vnu names files `file:/tmp/…`: compare paths, not URLs.
    const fileOf = (url: string | undefined) => (url ? new URL(url).pathname : undefined);
    const stray = errors.filter((m) => !files.includes(fileOf(m.url) ?? ''));
    if (stray.length > 0)
      throw new Error(`The Nu HTML Checker failed: ${stray.map((m) => m.message).join('; ')}`);
    return pages.map((page, index) => ({
      page,
      errors: errors
        .filter((m) => fileOf(m.url) === files[index])
        .map((m) => ({ line: m.lastLine, message: m.message, extract: m.extract })),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
