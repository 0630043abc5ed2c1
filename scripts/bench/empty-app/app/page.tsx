/**
 * The control for the benchmarks and the audit: an App Router page with nothing of ours, built by
 * the same Next.js from the same node_modules. What it scores, downloads and serves on this machine
 * is the framework's floor.
 */
export default function EmptyPage() {
  return (
    <main>
      <h1>Page vide</h1>
      <p>Rien que le cadre : Next.js, React et une page statique.</p>
    </main>
  );
}
