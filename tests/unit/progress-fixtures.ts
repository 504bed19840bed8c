import type { Progress } from '../../src/lib/progress/types';

/** Shared test data for the progress modules' tests: dates, lesson ids and progress builders. */
export const t = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`;
export const A = 'chapter-1/a';
export const B = 'chapter-1/b';
export const C = 'chapter-2/c';

export const progress = (lessons: Progress['lessons'] = {}, review: Progress['review'] = {}): Progress => ({ version: 2, lessons, review });
export const quiz = (best: number, at: string, hash = 'h1', responses = {}) => ({ hash, responses, checked: true, best, at });
