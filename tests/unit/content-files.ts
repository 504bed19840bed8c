import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The files of every chapter folder under content/ whose names match `pattern`. */
export function contentFiles(pattern: RegExp): string[] {
  return readdirSync('content', { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'fixtures')
    .flatMap((folder) => readdirSync(join('content', folder.name)).filter((name) => pattern.test(name)).map((name) => join('content', folder.name, name)));
}
