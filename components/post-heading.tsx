import { titleLinkClass } from './link-styles';
import { SiteLink } from './site-link';

interface PostHeadingProps {
  href: string;
  title: string;
  className: string;
  /** The post's language, when it is not the page's. */
  lang?: string;
  /** A link that loads the page, for results of the live search, which are not Next.js routes. */
  documentLink?: boolean;
}

/** A post's title as the heading of a card or a search result, linking to the post. */
export function PostHeading({
  href,
  title,
  className,
  lang,
  documentLink = false,
}: PostHeadingProps) {
  const Link = documentLink ? 'a' : SiteLink;
  return (
    <h2 className={className} lang={lang}>
      <Link href={href} className={titleLinkClass}>
        {title}
      </Link>
    </h2>
  );
}
