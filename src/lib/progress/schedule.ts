import type { Progress, ReviewItem } from './types';

/**
 * Leitner boxes. A wrong answer puts a question in box 1, due at once; a right answer moves it up
 * a box and it is due again after that box's interval. Box 5 is the top: right answers there keep
 * it at the longest interval. Exercises are scheduled the same way: a failed check is a wrong
 * answer, a pass a right one. Learners never see the boxes: pages say what they mean (reviewStanding, dueIn).
 */
export const BOX_COUNT = 5;
/** Days until a question is due again after a right answer moves it into box 2, 3, 4 or 5. */
export const BOX_INTERVAL_DAYS: Readonly<Record<number, number>> = { 1: 0, 2: 2, 3: 5, 4: 12, 5: 30 };

const DAY_MS = 24 * 60 * 60 * 1000;

export const isDue = (item: ReviewItem, now: Date) => Date.parse(item.due) <= now.getTime();

/**
 * The schedule after a question is answered. A right answer to a question that is not yet due
 * leaves the schedule alone, so rechecking a quiz cannot promote a question twice in a day; a
 * wrong answer always sends it back to box 1.
 */
export function scheduleAnswer(item: ReviewItem | undefined, lesson: string, correct: boolean, now: Date): ReviewItem {
  const at = now.toISOString();
  if (!correct) return { lesson, box: 1, due: at, at };
  if (item && !isDue(item, now)) return item;
  const box = Math.min((item?.box ?? 1) + 1, BOX_COUNT);
  return { lesson, box, due: new Date(now.getTime() + BOX_INTERVAL_DAYS[box]! * DAY_MS).toISOString(), at };
}

/** A question waiting in the review queue. */
export interface DueQuestion {
  questionId: string;
  item: ReviewItem;
}

/**
 * The questions due now, oldest due first, then in course order. Only questions the course still
 * has count (`courseOrder` lists every question id in reading order).
 */
export function dueQuestions(review: Progress['review'], now: Date, courseOrder: readonly string[]): DueQuestion[] {
  const position = new Map(courseOrder.map((id, index) => [id, index]));
  return Object.entries(review)
    .filter(([id, item]) => position.has(id) && isDue(item, now))
    .map(([questionId, item]) => ({ questionId, item }))
    .sort((a, b) => Date.parse(a.item.due) - Date.parse(b.item.due) || position.get(a.questionId)! - position.get(b.questionId)!);
}

/** When the next question not yet due becomes due, if any. */
export function nextDueDate(review: Progress['review'], now: Date, courseOrder: readonly string[]): Date | undefined {
  const known = new Set(courseOrder);
  const upcoming = Object.entries(review)
    .filter(([id, item]) => known.has(id) && !isDue(item, now))
    .map(([, item]) => Date.parse(item.due));
  return upcoming.length ? new Date(Math.min(...upcoming)) : undefined;
}

/**
 * Where an item stands, in the learner's words rather than the boxes': box 1 holds what was just
 * missed, and each right answer since moved it up one box.
 */
export function reviewStanding(item: ReviewItem): string {
  if (item.box === 1) return 'you missed it last time';
  const streak = item.box - 1;
  return `you have answered it right ${streak === 1 ? 'once' : `${streak} times in a row`}`;
}

/** Whole days from `now` until an item is due: "today", "tomorrow", "in 5 days". */
export function dueIn(item: ReviewItem, now: Date): string {
  const days = Math.max(0, Math.round((Date.parse(item.due) - now.getTime()) / DAY_MS));
  return days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
}
