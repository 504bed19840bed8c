/** A parsed "chapter.section" number such as "1.2". */
export interface SectionNumber {
  chapter: number;
  section: number;
}

/** Parses "1.2" into its parts; the schema has already checked the shape. */
export function parseSection(value: string): SectionNumber {
  const [chapter, section] = value.split('.').map(Number);
  return { chapter: chapter ?? 0, section: section ?? 0 };
}

/** Orders section numbers numerically, so "1.10" comes after "1.9". */
export function compareSections(a: string, b: string): number {
  const left = parseSection(a);
  const right = parseSection(b);
  return left.chapter - right.chapter || left.section - right.section;
}
