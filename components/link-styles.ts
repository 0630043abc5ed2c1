/** Link styles shared by several components (Tailwind reads class names from this file too). */

/** A post's title as a link: plain text until pointed at. */
export const titleLinkClass = 'no-underline hover:text-accent-600 dark:hover:text-accent-400';

/** A link inside text: accent colour, underlined until pointed at. */
export const textLinkClass = 'text-accent-600 underline hover:no-underline dark:text-accent-400';
