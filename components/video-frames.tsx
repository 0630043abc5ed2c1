'use client';

import { useEffect } from 'react';
import { VIDEO_FRAME_ORIGINS } from '@/unbundled/security-headers.mjs';

const ALLOWED = new Set<string>(Object.values(VIDEO_FRAME_ORIGINS));

/**
 * Turns a post's video link (lib/content/embeds.ts) into its player when the reader clicks it,
 * and not before: until then no request leaves for the video's site. One listener for the page;
 * a frame from any other origin than the privacy-enhanced players is never made.
 */
export function VideoFrames() {
  useEffect(() => {
    function onClick(event: MouseEvent) {
      // A click that opens a new tab or window keeps its meaning: the video's page.
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
        return;
      const figure =
        event.target instanceof Element ? event.target.closest('figure[data-video-frame]') : null;
      if (!(figure instanceof HTMLElement)) return;
      const src = figure.dataset.videoFrame ?? '';
      let origin: string;
      try {
        origin = new URL(src).origin;
      } catch {
        return;
      }
      if (!ALLOWED.has(origin)) return;
      event.preventDefault();
      const frame = document.createElement('iframe');
      frame.src = src;
      frame.title = figure.dataset.videoTitle ?? '';
      frame.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
      frame.allowFullscreen = true;
      frame.referrerPolicy = 'strict-origin-when-cross-origin';
      frame.className = 'video-embed-frame';
      figure.replaceChildren(frame);
      frame.focus();
    }
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
  return null;
}
