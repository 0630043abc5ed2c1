import { ogImageContentType, ogImageSize, siteOgImage, siteOgImageAlt } from '@/lib/seo/og-image';

export const alt = siteOgImageAlt;
export const size = ogImageSize;
export const contentType = ogImageContentType;

export default function Image() {
  return siteOgImage();
}
