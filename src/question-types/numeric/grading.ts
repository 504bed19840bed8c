import { isRecord } from '../../primitives/guards';
import type { Grading, KeyBase } from '../contract';

export interface Key extends KeyBase<'numeric'> {
  answer: number;
  /** How far from `answer` a response may be and still be right. */
  tolerance: number;
}

export interface Response {
  /** What the reader typed, kept as text so that it is restored as typed. */
  text: string;
}

/**
 * Reads a typed number: white space and a thousands separator (1,000 or 1 000) are ignored,
 * a decimal comma is accepted when it cannot be a thousands separator. NaN when it is no number.
 */
export function parseNumber(text: string): number {
  const compact = text.trim().replace(/[\s_]/g, '');
  if (compact === '') return Number.NaN;
  const normalised = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact) ? compact.replace(/,/g, '') : compact.replace(',', '.');
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normalised) ? Number(normalised) : Number.NaN;
}

/** A number, right within the answer plus or minus the tolerance. */
export const grading: Grading<Key, Response> = {
  empty: () => ({ text: '' }),
  isAnswered: (response) => response.text.trim() !== '',
  isCorrect: (key, response) => {
    const given = parseNumber(response.text);
    // A small epsilon keeps 0.1 + 0.2 style float error from failing an exact answer.
    return Number.isFinite(given) && Math.abs(given - key.answer) <= key.tolerance + 1e-9;
  },
  parse: (_key, value) => (isRecord(value) && typeof value.text === 'string' ? { text: value.text } : undefined),
};
