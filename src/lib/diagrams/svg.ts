import { paletteClass } from './palette';

/**
 * Turns Graphviz's SVG into inline SVG for a page: no XML prolog, comments or tooltips, colours as
 * classes (palette.ts) so the page's themes apply, and an accessible name from the caption.
 */

/** What the figure around the SVG gives it. */
export interface SvgLabels {
  /** The id of the element that names the picture (its caption). */
  labelledBy: string;
  /** The id of the element that describes it in words. */
  describedBy: string;
}

/** Replaces placeholder fill and stroke colours on one tag with classes. */
function themeTag(tag: string): string {
  const classes: string[] = [];
  let result = tag.replace(/\s(fill|stroke)="(#[0-9a-fA-F]{6})"/g, (whole, property: 'fill' | 'stroke', hex: string) => {
    const name = paletteClass(property, hex);
    if (!name) return whole;
    classes.push(name);
    return '';
  });
  if (classes.length === 0) return result;
  if (/\sclass="/.test(result)) return result.replace(/\sclass="([^"]*)"/, (_, existing: string) => ` class="${existing} ${classes.join(' ')}"`);
  return result.replace(/^<([\w:]+)/, (opening) => `${opening} class="${classes.join(' ')}"`);
}

/** Graphviz SVG output, made ready to inline in a themed, accessible page. */
export function themeSvg(svg: string, { labelledBy, describedBy }: SvgLabels): string {
  const body = svg
    .slice(svg.indexOf('<svg'))
    .replace(/<!--[\s\S]*?-->/g, '')
    // Node and edge ids as tooltips ("library_book:author_id:e->library_author") say nothing to a reader.
    .replace(/<title>[^<]*<\/title>/g, '')
    .replace(/<\/?a\b[^>]*>/g, '')
    // Graphviz numbers ids from 1 in every diagram; a page with two would repeat them.
    .replace(/\sid="[^"]*"/g, '')
    .replace(/<[\w:]+\b[^>]*>/g, themeTag)
    .replace(/\n\s*\n/g, '\n')
    .trim();
  return body.replace(
    /^<svg\b/,
    `<svg role="img" aria-labelledby="${labelledBy}" aria-describedby="${describedBy}" focusable="false" class="diagram-svg"`,
  );
}

/** The width Graphviz drew the picture at, in CSS pixels (it writes points: 1pt = 4/3 px). */
export function svgWidth(svg: string): number {
  const match = /<svg\b[^>]*\swidth="([\d.]+)(pt|px)?"/.exec(svg);
  if (!match) return 0;
  return Math.round(Number(match[1]) * (match[2] === 'px' ? 1 : 4 / 3));
}
