/** A heading as Astro reports it after rendering a lesson. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** An entry of the "On this page" list, with its subheadings. */
export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

/**
 * Nests a lesson's h2 and h3 headings for the "On this page" list. An h3 before any h2 is
 * listed at the top level rather than dropped, so no heading goes missing.
 */
export function tableOfContents(headings: Heading[]): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.depth < 2 || heading.depth > 3) continue;
    const entry: TocEntry = { slug: heading.slug, text: heading.text, children: [] };
    const parent = entries.at(-1);
    if (heading.depth === 3 && parent) parent.children.push(entry);
    else entries.push(entry);
  }
  return entries;
}
