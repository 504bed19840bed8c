/**
 * Colours in a diagram's DOT source are placeholders that Graphviz passes through unchanged;
 * themeSvg() (svg.ts) swaps each for a class whose colour comes from the site's tokens, so a
 * diagram follows the light and dark themes (and forced colours) with no script. Write
 * `color="ink"`-style names in content/diagrams/*.dot; `paletteDot()` turns them into these.
 */
export const PALETTE = {
  /** Text and outlines: --text. */
  ink: '#010101',
  /** Secondary text and arrows: --text-muted. */
  muted: '#020202',
  /** Emphasis (a highlighted box or arrow): --accent. */
  accent: '#030303',
  /** A soft fill behind a heading row or a highlighted box: --accent-soft. */
  tint: '#040404',
  /** A box's background: --bg-raised. */
  paper: '#050505',
  /** A quiet fill for grouping (clusters): --bg-soft. */
  soft: '#060606',
} as const;

export type PaletteName = keyof typeof PALETTE;

/** The class a placeholder colour becomes on a fill or a stroke, e.g. "dg-fill-ink". */
export function paletteClass(property: 'fill' | 'stroke', hex: string): string | undefined {
  const name = (Object.keys(PALETTE) as PaletteName[]).find((key) => PALETTE[key] === hex.toLowerCase());
  return name ? `dg-${property}-${name}` : undefined;
}

/** Replaces quoted palette names in DOT (`color="ink"`, `bgcolor="tint"`) with their placeholders. */
export function paletteDot(dot: string): string {
  return dot.replace(/"(ink|muted|accent|tint|paper|soft)"/g, (_, name: PaletteName) => `"${PALETTE[name]}"`);
}
