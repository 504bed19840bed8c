import type { Progress } from '../../src/lib/progress/types';
import type { TrackedLesson } from '../../src/lib/progress/summary';

/** Shared test data for the progress modules' tests: dates, lesson ids and progress builders. */
export const t = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`;
export const A = 'chapter-1/a';
export const B = 'chapter-1/b';
export const C = 'chapter-2/c';

export const progress = (lessons: Progress['lessons'] = {}, review: Progress['review'] = {}): Progress => ({ version: 2, lessons, review });
export const quiz = (best: number, at: string, hash = 'h1', responses = {}) => ({ hash, responses, checked: true, taken: true, best, at });

/** The course these fixtures belong to: A (quiz version 'h1', q1 to q8; exercises ex-a1 and ex-a2) and B (quiz 'h1', q9 and q10) have quizzes, C has none. */
export const course: TrackedLesson[] = [
  { id: A, section: '1.1', title: 'A', href: '/chapter-1/a/', chapter: 1, quiz: { hash: 'h1', questions: 8 }, questionIds: ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8'], exerciseIds: ['ex-a1', 'ex-a2'] },
  { id: B, section: '1.2', title: 'B', href: '/chapter-1/b/', chapter: 1, quiz: { hash: 'h1', questions: 2 }, questionIds: ['q9', 'q10'], exerciseIds: [] },
  { id: C, section: '2.1', title: 'C', href: '/chapter-2/c/', chapter: 2, questionIds: [], exerciseIds: [] },
];
