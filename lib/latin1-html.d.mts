/** See latin1-html.mjs: the same page, with no character above U+00FF left in its HTML. */
export declare function latin1Html(html: string): string;
