import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';

/** A path into parsed YAML data, as zod reports it: keys and list indices. */
export type DataPath = readonly PropertyKey[];

/** The YAML of a file and the line it starts on: all of a .yaml file, the frontmatter of an .mdx file. */
function yamlOf(file: string, text: string): { yaml: string; firstLine: number } | undefined {
  if (!file.endsWith('.mdx')) return { yaml: text, firstLine: 1 };
  const frontmatter = text.match(/^---\r?\n([\s\S]*?)\r?\n---/);
  return frontmatter ? { yaml: frontmatter[1]!, firstLine: 2 } : undefined;
}

/**
 * The 1-based line of `path` in a content file's YAML, or of the nearest part of the path that is
 * there (a missing field is reported at its question, or at the top of the data). Undefined when
 * the text cannot be read as YAML.
 */
export function lineOf(file: string, text: string, path: DataPath): number | undefined {
  const source = yamlOf(file, text);
  if (!source) return undefined;
  const lines = new LineCounter();
  const document = parseDocument(source.yaml, { lineCounter: lines });
  if (document.errors.length > 0) return undefined;
  let node: unknown = document.contents;
  let found: unknown = node;
  for (const key of path) {
    if (isMap(node)) {
      // A field's line is its key's: where a wrong value is, or where an empty one would be.
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (!pair) break;
      found = pair.key;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      found = node = node.items[key];
    } else break;
  }
  const range = (found as { range?: [number, number, number] } | null)?.range;
  return range ? lines.linePos(range[0]).line + source.firstLine - 1 : undefined;
}
