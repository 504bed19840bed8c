/**
 * Prefixes a site-relative path with the base path the site is served under, so every link
 * works on a sub-path such as /course/.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}
