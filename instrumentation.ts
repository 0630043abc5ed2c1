/** Runs once when the server starts (Next.js's instrumentation hook). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { printErrorsOnce } = await import('@/lib/http/log-once');
  printErrorsOnce(console);
}
