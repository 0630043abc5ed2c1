/** In Draft Mode, when the post's file does not compile: what to fix, above the last built version. */
export function PreviewError({ message, error }: { message: string; error: string }) {
  return (
    <div
      role="alert"
      data-preview-error
      className="mb-8 rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-semibold">{message}</p>
      {/* Text content: React escapes it. */}
      <pre className="mt-2 overflow-x-auto font-mono text-xs whitespace-pre-wrap">{error}</pre>
    </div>
  );
}
