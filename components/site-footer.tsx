export function SiteFooter({ author, poweredBy, year }: { author: string; poweredBy: string; year: number }) {
  return (
    <footer className="mt-16 border-t border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-3xl flex-wrap justify-between gap-2 px-4 py-6 text-sm text-zinc-600 dark:text-zinc-400">
        <p>
          © {year} {author}
        </p>
        <p>{poweredBy}</p>
      </div>
    </footer>
  );
}
