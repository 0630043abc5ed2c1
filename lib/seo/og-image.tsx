/**
 * Social images (Open Graph, and Twitter through Next.js's fallback to them): one card per
 * post, one for the whole site. Rendered by `next/og` at build time for prerendered routes.
 */
import 'server-only';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { ImageResponse } from 'next/og';
import sharp from 'sharp';
import { formatDate } from '../format/dates';
import type { Post } from '../posts/post';
import { site } from '../config/site';
import { MEDIA_DIRS } from '../content/store-layout';
import type { CoverImage } from '../media/publish-article';
import { publishedFileIdOf, readPublished } from '../media/published';

export const ogImageSize = { width: 1200, height: 630 };
export const ogImageContentType = 'image/png';

// The site's palette (app/globals.css): accent-600 is oklch(0.5 0.15 250), in sRGB because
// Satori does not read oklch; the greys are Tailwind's zinc.
const colors = {
  accent: '#0065b4',
  text: '#18181b',
  muted: '#52525b',
  background: '#ffffff',
  tagBackground: '#eef4fb',
};

/**
 * Inter from the installed @fontsource package: nothing is downloaded at build or run time.
 * Satori reads woff but not woff2. Resolved like Node resolves a package, from the project's
 * folder up, since node_modules may live in a parent folder (a monorepo, the e2e fixture copies).
 */
async function readFont(file: string): Promise<Buffer> {
  const specifier = `@fontsource/inter/files/${file}`;
  try {
    return await readFile(createRequire(`${process.cwd()}/package.json`).resolve(specifier));
  } catch (error) {
    throw new Error(
      `lib/seo/og-image.tsx: cannot read the font ${specifier} for the social images; run npm install.`,
      { cause: error },
    );
  }
}

type ImageResponseFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };

// Read on the first image, once: a read at import would crash the server if the font were missing.
let fonts: Promise<ImageResponseFont[]> | undefined;

function loadFonts(): Promise<ImageResponseFont[]> {
  fonts ??= Promise.all([
    readFont('inter-latin-400-normal.woff'),
    readFont('inter-latin-700-normal.woff'),
  ]).then(([regular, bold]) => [
    { name: 'Inter', data: regular, weight: 400, style: 'normal' },
    { name: 'Inter', data: bold, weight: 700, style: 'normal' },
  ]);
  return fonts;
}

/** Code points the Inter "latin" subset draws: French, Western European languages, typographic punctuation. */
function drawable(char: string): boolean {
  const c = char.codePointAt(0) ?? 0;
  return (
    (c >= 0x20 && c <= 0x7e) ||
    (c >= 0xa0 && c <= 0xff) ||
    c === 0x131 ||
    c === 0x152 ||
    c === 0x153 ||
    (c >= 0x2010 && c <= 0x2027) ||
    c === 0x2030 ||
    c === 0x2039 ||
    c === 0x203a ||
    c === 0x20ac ||
    c === 0x2122 ||
    c === 0x2212
  );
}

/**
 * Text the font can draw. For any other glyph (an emoji, a CJK title), next/og would fetch an
 * image or a font from a CDN, which fails on a machine without network and breaks the build:
 * letters lose the accents the font lacks ("ğ" → "g"), anything else is dropped.
 */
function drawableText(text: string): string {
  // The thin and narrow spaces of French typography become the no-break space the font has.
  return Array.from(text.replace(/[\u2000-\u200a\u202f\u205f]/g, '\u00a0'))
    .map((char) =>
      drawable(char) ? char : Array.from(char.normalize('NFD')).filter(drawable).join(''),
    )
    .join('')
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
}

/** Long titles get a smaller size, so that up to ~120 characters fit in four lines. */
function titleSize(title: string): number {
  if (title.length <= 40) return 76;
  if (title.length <= 70) return 64;
  return 52;
}

interface CardProps {
  /** Above the title: the blog's name on a post's card. */
  eyebrow?: string;
  title: string;
  /** Under the title: the date, or the tagline. */
  subtitle: string;
  tags: string[];
}

function Card({ eyebrow, title, subtitle, tags }: CardProps) {
  return (
    <div
      style={{
        display: 'flex',
        width: '100%',
        height: '100%',
        background: colors.background,
        fontFamily: 'Inter',
        color: colors.text,
      }}
    >
      <div style={{ display: 'flex', width: 24, height: '100%', background: colors.accent }} />
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          flex: 1,
          padding: '64px 80px 56px 72px',
        }}
      >
        {eyebrow && (
          <div style={{ display: 'flex', fontSize: 30, fontWeight: 700, color: colors.accent }}>
            {eyebrow}
          </div>
        )}
        <div
          style={{ display: 'flex', flexDirection: 'column', justifyContent: 'center', flex: 1 }}
        >
          <div
            style={{ fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.15, lineClamp: 4 }}
          >
            {title}
          </div>
          <div style={{ display: 'flex', marginTop: 28, fontSize: 32, color: colors.muted }}>
            {subtitle}
          </div>
        </div>
        {tags.length > 0 && (
          <div
            style={{
              display: 'flex',
              flexWrap: 'wrap',
              gap: 14,
              maxHeight: 56,
              overflow: 'hidden',
            }}
          >
            {tags.map((tag, i) => (
              <div
                key={i}
                style={{
                  display: 'flex',
                  padding: '6px 18px',
                  borderRadius: 999,
                  background: colors.tagBackground,
                  color: colors.accent,
                  fontSize: 26,
                }}
              >
                {tag}
              </div>
            ))}
          </div>
        )}
      </div>
    </div>
  );
}

async function render(card: CardProps): Promise<ImageResponse> {
  return new ImageResponse(<Card {...card} />, { ...ogImageSize, fonts: await loadFonts() });
}

/** A post's card: title, date in French, tags, and the blog's name. */
export function postOgImage(post: Pick<Post, 'title' | 'date' | 'tags'>): Promise<ImageResponse> {
  return render({
    eyebrow: drawableText(site.title),
    title: drawableText(post.title),
    subtitle: formatDate(post.date),
    tags: post.tags.map((t) => drawableText(t.name)).filter((name) => name !== ''),
  });
}

/** The card of every page but the posts (lib/seo/metadata.ts names it): the blog's name and tagline. */
/**
 * A post's cover (front-matter `image`) as its social card: cropped to 1200×630 around what
 * draws the eye (sharp's attention strategy). Undefined when the cover is not a published file
 * (a remote one is never fetched): the post then gets its drawn card.
 */
export async function coverOgImage(cover: CoverImage): Promise<Response | undefined> {
  const id = publishedFileIdOf(cover.src);
  const bytes = id && (await readPublished([MEDIA_DIRS.published], id));
  if (!bytes) return undefined;
  const { width, height } = ogImageSize;
  // A vector image is drawn at the size of the card, not at its own and then enlarged.
  const scale = Math.max(width / (cover.width ?? width), height / (cover.height ?? height), 1);
  const input = cover.format === 'svg' ? sharp(bytes, { density: 72 * scale }) : sharp(bytes);
  const png = await input
    .resize(width, height, { fit: 'cover', position: 'attention' })
    .png()
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': ogImageContentType } });
}

export function siteOgImage(): Promise<ImageResponse> {
  return render({
    title: drawableText(site.title),
    subtitle: drawableText(site.tagline),
    tags: [],
  });
}

/**
 * For a draft, a scheduled post or an unknown slug. Kept by no cache, not even a CDN's
 * (a static route's answer is otherwise public for a year): a scheduled post's image must
 * appear the moment the post does. Not stored by Next.js either (unbundled/cache-handler.mjs).
 */
export function ogImageNotFound(): Response {
  return new Response('Not Found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
}

/** The alt text of the site-wide card. */
export const siteOgImageAlt = `${site.title} — ${site.tagline}`;
