import { isRecord } from '../../primitives/guards';
import { fitToCourse, type FittedProgress } from './fit';
import { parseProgress } from './parse';
import type { TrackedLesson } from './summary';
import type { Progress } from './types';

/** Marks a file as ours, so an unrelated JSON file is refused by name rather than by a missing field. */
export const EXPORT_FORMAT = 'enterprise-django-progress';
/**
 * Far above any real progress (the whole course answered and scheduled is under 100 KB; each
 * exercise adds at most a MAX_DRAFT_CHARS draft, so dozens of full drafts still fit), far below
 * what would hang the page.
 */
export const MAX_IMPORT_BYTES = 1_000_000;

/** The exported file: the progress itself, marked with its format and when it was exported. */
export function exportText(progress: Progress, now: Date): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, exportedAt: now.toISOString(), ...progress }, null, 2)}\n`;
}

export const exportFileName = (now: Date) => `enterprise-django-progress-${now.toISOString().slice(0, 10)}.json`;

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** Why a file of this size is not even read, if it is too large to be progress. */
export function importSizeProblem(bytes: number): string | undefined {
  if (bytes <= MAX_IMPORT_BYTES) return undefined;
  return `The file is ${megabytes(bytes)}, and an export of this course's progress is never more than ${megabytes(MAX_IMPORT_BYTES)}, so it was not read.`;
}

/**
 * Checks an imported file's text, then fits it to the course as it is now (`fit.ts`); the reason
 * for a refusal is a sentence for the reader.
 */
export function parseImport(text: string, course: readonly TrackedLesson[], now: Date): FittedProgress {
  const tooLarge = importSizeProblem(new TextEncoder().encode(text).length);
  if (tooLarge) return { ok: false, reason: tooLarge };
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
  if (!parsed.ok) return { ok: false, reason: `The file's ${parsed.reason}` };
  const fitted = fitToCourse(parsed.progress, course, now);
  return fitted.ok ? fitted : { ok: false, reason: `The file's ${fitted.reason}` };
}
