/**
 * Videos and posts of other sites as a post shows them (Hugo's `youtube`, `vimeo`, `gist`, `x`,
 * `instagram`): nothing from those sites loads with the page. A video is a link to it that
 * components/video-frames.tsx turns, on a click, into a frame from the provider's privacy-enhanced
 * player, the only frames the CSP allows (unbundled/security-headers.mjs); the others are link
 * cards. The link is what readers without JavaScript and feed readers get.
 */
import type { Dictionary } from '../config/i18n';
import { escapeHtml } from '../format/html';
import { VIDEO_FRAME_ORIGINS } from '../../unbundled/security-headers.mjs';

export type VideoProvider = 'youtube' | 'vimeo';

interface Provider {
  name: string;
  id: RegExp;
  /** The video's page, from `seconds` in (0: the start). */
  page: (id: string, seconds: number) => string;
  /** Its privacy-enhanced player, playing at once: the reader has just asked for it. */
  frame: (id: string, seconds: number) => string;
}

const PROVIDERS: Record<VideoProvider, Provider> = {
  youtube: {
    name: 'YouTube',
    id: /^[\w-]{6,20}$/,
    page: (id, s) => `https://www.youtube.com/watch?v=${id}${s ? `&t=${s}` : ''}`,
    frame: (id, s) =>
      `${VIDEO_FRAME_ORIGINS.youtube}/embed/${id}?autoplay=1${s ? `&start=${s}` : ''}`,
  },
  vimeo: {
    name: 'Vimeo',
    id: /^\d{1,15}$/,
    page: (id, s) => `https://vimeo.com/${id}${s ? `#t=${s}s` : ''}`,
    // dnt: Vimeo's player then sets no cookie and records no session.
    frame: (id, s) =>
      `${VIDEO_FRAME_ORIGINS.vimeo}/video/${id}?dnt=1&autoplay=1${s ? `#t=${s}s` : ''}`,
  },
};

/** A card linking to `href`, named `label`, with the site it leads to. */
export function linkCard(href: string, label: string): string {
  const host = new URL(href).host.replace(/^www\./, '');
  return `<p class="link-card"><a href="${escapeHtml(href)}">${escapeHtml(label)}</a> <span class="link-card-host">${escapeHtml(host)}</span></p>`;
}

/**
 * The video `id` of `provider`, played from `start` seconds, labelled in `t`'s language: a link to its page, which loads the
 * player on a click. An id that is none of the provider's becomes a card to a search for it.
 */
export function videoEmbed(
  provider: VideoProvider,
  id: string,
  t: Dictionary,
  { title, start }: { title?: string; start?: string } = {},
): string {
  const { name, id: idPattern, page, frame } = PROVIDERS[provider];
  const label = title?.trim() || t.video.untitled(name);
  if (!idPattern.test(id)) return linkCard(page(encodeURIComponent(id), 0), label);
  const seconds = start && /^\d+$/.test(start) ? Number(start) : 0;
  return [
    `<figure class="video-embed" data-video-frame="${escapeHtml(frame(id, seconds))}" data-video-title="${escapeHtml(label)}">`,
    `<a href="${escapeHtml(page(id, seconds))}" class="video-embed-play">`,
    `<span class="video-embed-title">${escapeHtml(label)}</span>`,
    `<span class="video-embed-hint">${escapeHtml(t.video.play(name))}</span>`,
    `</a></figure>`,
  ].join('');
}
