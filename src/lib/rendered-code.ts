const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text of HTML with its tags removed and its character references decoded. */
function textOf(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (reference, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? reference;
  });
}

/** The code of the first highlighted block in `language` in rendered HTML, as a reader would copy it; undefined if there is none. */
export function renderedCode(html: string, language: string): string | undefined {
  const figure = html.indexOf(`data-language="${language}"`);
  if (figure === -1) return undefined;
  const code = html.slice(figure).match(/<code[^>]*>([\s\S]*?)<\/code>/);
  return code ? textOf(code[1]!) : undefined;
}
