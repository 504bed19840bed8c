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

/** Calendar days from `now` to `date` in the reader's time zone: a question due at 09:00 tomorrow is due "tomorrow", however few hours away. */
export function daysUntil(date: Date, now: Date): number {
  // Rounded: a day across a daylight-saving change is 23 or 25 hours long.
  const day = (time: Date) => Math.round(new Date(time.getFullYear(), time.getMonth(), time.getDate()).getTime() / DAY_MS);
  return day(date) - day(now);
}

/** When an item is due, in words: "today", "tomorrow", "in 5 days". */
export function dueIn(item: ReviewItem, now: Date): string {
  const days = Math.max(0, daysUntil(new Date(item.due), now));
  return days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
}

/** Items falling due on one day, for "Coming up". */
export interface UpcomingDay {
  /** Calendar days from now (0 is later today, 1 tomorrow). */
  days: number;
  /** The earliest due time that day. */
  date: Date;
  ids: string[];
}

/**
 * What falls due after now, grouped by the calendar day it falls due (daysUntil), soonest first,
 * at most `limit` days. Only ids in `courseOrder` count, as for the queue.
 */
export function upcomingDays(review: Progress['review'], now: Date, courseOrder: readonly string[], limit = 5): UpcomingDay[] {
  const known = new Set(courseOrder);
  const days = new Map<number, UpcomingDay>();
  for (const [id, item] of Object.entries(review)) {
    if (!known.has(id) || isDue(item, now)) continue;
    const due = Date.parse(item.due);
    const count = daysUntil(new Date(due), now);
    const day = days.get(count) ?? { days: count, date: new Date(due), ids: [] };
    if (due < day.date.getTime()) day.date = new Date(due);
    day.ids.push(id);
    days.set(count, day);
  }
  return [...days.values()].sort((a, b) => a.days - b.days).slice(0, limit);
}
