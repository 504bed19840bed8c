import { isRecord } from '../../primitives/guards';
import { parseProgress, type ParsedProgress } from './parse';
import type { Progress } from './types';

/** Marks a file as ours, so an unrelated JSON file is refused by name rather than by a missing field. */
export const EXPORT_FORMAT = 'enterprise-django-progress';
/** Far above any real progress (a full course is about 60 KB), far below what would hang the page. */
export const MAX_IMPORT_BYTES = 2_000_000;

/** The exported file: the progress itself, marked with its format and when it was exported. */
export function exportText(progress: Progress, now: Date): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, exportedAt: now.toISOString(), ...progress }, null, 2)}\n`;
}

export const exportFileName = (now: Date) => `enterprise-django-progress-${now.toISOString().slice(0, 10)}.json`;

/** Checks an imported file's text; the reason for a refusal is a sentence for the reader. */
export function parseImport(text: string): ParsedProgress {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, reason: 'The file is too large to be exported course progress.' };
  if (text.trim() === '') return { ok: false, reason: 'The file is empty.' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'The file is not valid JSON, so it cannot be exported course progress.' };
  }
  if (!isRecord(value) || value.format !== EXPORT_FORMAT) {
    return { ok: false, reason: `The file is not an Enterprise Django progress export (it lacks "format": "${EXPORT_FORMAT}").` };
  }
  const { format: _format, exportedAt: _exportedAt, ...progress } = value;
  const parsed = parseProgress(progress);
  return parsed.ok ? parsed : { ok: false, reason: `The file's ${parsed.reason}` };
}
