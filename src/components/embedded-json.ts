/** Reads the data that EmbeddedJson.astro wrote as a direct child of `element`. */
export function readEmbeddedJson<T>(element: Element): T {
  const block = element.querySelector(':scope > script[type="application/json"]');
  if (!block) throw new Error(`<${element.localName}> has no embedded JSON data.`);
  return JSON.parse(block.textContent ?? 'null') as T;
}
