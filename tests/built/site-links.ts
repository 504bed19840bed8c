/** A link or asset reference found in a built page. */
export interface PageReference {
  /** The page it was found in, relative to the output folder, e.g. "chapter-1/x/index.html". */
  page: string;
  /** The address as written, e.g. "/course/chapter-1/#intro". */
  href: string;
}

/** Every id, href and src in a page's HTML. Regular expressions suffice for Astro's own output. */
export function scanPage(html: string): { ids: Set<string>; references: string[] } {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
  const references = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((match) => match[1]!.replace(/&amp;/g, '&'));
  return { ids, references };
}

/**
 * The file and anchor an internal address points at, relative to the output folder; null for
 * addresses elsewhere (other origins, data: URIs, mailto:). Throws for an internal address
 * outside the base path, since that cannot work when the site is served under it.
 */
export function resolveReference(fromPage: string, href: string, base: string): { file: string; anchor: string } | null {
  if (/^(?:[a-z]+:|\/\/)/i.test(href)) return null;
  const [withoutHash, anchor = ''] = href.split('#') as [string, string?];
  const path = withoutHash.split('?')[0]!;
  let target: string;
  if (path === '') target = fromPage;
  else if (path.startsWith('/')) {
    if (!path.startsWith(base)) throw new Error(`${fromPage}: "${href}" is outside the base path ${base}`);
    target = path.slice(base.length);
  } else {
    const folder = fromPage.split('/').slice(0, -1);
    for (const part of path.split('/')) {
      if (part === '..') folder.pop();
      else if (part !== '.') folder.push(part);
    }
    target = folder.join('/');
  }
  if (target === '' || target.endsWith('/')) target += 'index.html';
  return { file: target, anchor: decodeURIComponent(anchor) };
}
