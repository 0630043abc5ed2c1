/** The `<img>` tags of some HTML, and an attribute of one, its `&amp;` decoded (as in a srcset). */
export const imgTags = (html: string): string[] => html.match(/<img\b[^>]*>/g) ?? [];

export const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1]?.replace(/&amp;|&#x26;/g, '&');
