import { imageAttributes, remoteImageAttributes } from '@/lib/media/attributes';
import type { CoverImage as Cover } from '@/lib/media/publish-article';

/** React's names for the attributes lib/media/attributes.ts writes in HTML. */
const REACT_NAMES: Record<string, string> = { srcset: 'srcSet', fetchpriority: 'fetchPriority' };

/**
 * A post's cover (front-matter `image`), above the post and on its card, sized like the images of
 * the article. A remote cover's size is unknown (it is never fetched): it fills a box of the
 * social image's proportions instead, so that nothing moves as it loads.
 */
export function CoverImage({
  cover,
  alt,
  eager,
  className = '',
}: {
  cover: Cover;
  alt: string;
  eager: boolean;
  className?: string;
}) {
  const sized = cover.width !== undefined && cover.height !== undefined;
  const attributes =
    sized && cover.format
      ? imageAttributes(
          {
            src: cover.src,
            width: cover.width ?? 0,
            height: cover.height ?? 0,
            format: cover.format,
            animated: cover.animated ?? false,
          },
          { eager, responsive: cover.responsive ?? true },
        )
      : [['src', cover.src] as [string, string], ...remoteImageAttributes(eager)];
  const props = Object.fromEntries(
    attributes.map(([name, value]) => [REACT_NAMES[name] ?? name, value]),
  );
  return (
    // eslint-disable-next-line @next/next/no-img-element -- sized and responsive already (lib/media).
    <img
      {...props}
      alt={alt}
      className={['h-auto w-full rounded-lg', sized ? '' : 'aspect-[40/21] object-cover', className]
        .filter(Boolean)
        .join(' ')}
    />
  );
}
