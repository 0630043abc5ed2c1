/**
 * The framework's own cost per prerendered page: `CONTROL_PAGES` pages with one line each, built
 * at the size of the blog they are compared with (scripts/bench/builds.ts). None by default.
 */
type Props = { params: Promise<{ id: string }> };

export function generateStaticParams(): { id: string }[] {
  const count = Number(process.env.CONTROL_PAGES ?? 0);
  return Array.from({ length: count }, (_, i) => ({ id: String(i + 1) }));
}

export default async function NumberedPage({ params }: Props) {
  const { id } = await params;
  return (
    <main>
      <p>Page {id}</p>
    </main>
  );
}
