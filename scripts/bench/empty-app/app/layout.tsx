import type { ReactNode } from 'react';

export const metadata = {
  title: 'Page vide',
  description: 'Une page Next.js vide, pour comparer.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <body>{children}</body>
    </html>
  );
}
