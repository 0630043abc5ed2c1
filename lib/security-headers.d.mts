/** See security-headers.mjs: the headers every response carries. */
export declare function securityHeaders(options: {
  https: boolean;
  development: boolean;
}): { key: string; value: string }[];
