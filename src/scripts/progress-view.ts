import { dueQuestions, nextDueDate } from '../lib/progress/schedule';
import { courseQuestionOrder, nextStep, type CourseLesson } from '../lib/progress/summary';
import { withBase } from '../lib/urls';
import type { Progress } from '../lib/progress/types';
import type { AnswerKey } from '../question-types/registry';

/** Shared by the progress, review and home pages: the course data built into the page, and phrases about it. */

/** What CourseData.astro builds into the review page; other pages have the lessons only. */
export interface ReviewData {
  lessons: CourseLesson[];
  keys: Record<string, AnswerKey>;
}

export const readCourseData = (id: string): ReviewData => JSON.parse(document.getElementById(id)!.textContent ?? '{}');

export const readCourseLessons = (id: string): CourseLesson[] => readCourseData(id).lessons;

export const lessonLabel = (lesson: CourseLesson) => `${lesson.section} ${lesson.title}`;

export const formatDate = (date: Date) => date.toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });

export const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** "3 questions are due for review", with when the next falls due if none is. */
export function dueSummary(progress: Progress, lessons: CourseLesson[], now: Date): { count: number; text: string } {
  const order = courseQuestionOrder(lessons);
  const count = dueQuestions(progress.review, now, order).length;
  if (count > 0) return { count, text: `${plural(count, 'question')} ${count === 1 ? 'is' : 'are'} due for review.` };
  const next = nextDueDate(progress.review, now, order);
  return { count, text: next ? `No questions are due for review. The next one is due on ${formatDate(next)}.` : 'No questions are in your review schedule yet: they join it when you check a section quiz.' };
}

/** A link element, built safely. */
export function link(href: string, text: string): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.textContent = text;
  return anchor;
}

/** Fills in "Continue where you left off" and the number of questions due, on the home and progress pages. */
export function showNextSteps(root: ParentNode, progress: Progress, lessons: CourseLesson[]) {
  const step = nextStep(progress, lessons);
  const next = root.querySelector<HTMLElement>('[data-next]')!;
  if (step.kind === 'finished') next.textContent = 'You have completed every section of the course. Well done.';
  else {
    const lead = { start: 'Start with ', continue: 'Continue with ', next: 'Next up: ' }[step.kind];
    next.replaceChildren(lead, link(step.lesson.href, lessonLabel(step.lesson)), step.kind === 'continue' ? ', where you left off.' : '.');
  }
  const due = dueSummary(progress, lessons, new Date());
  root.querySelector('[data-due]')!.replaceChildren(due.text, ...(due.count > 0 ? [' ', link(withBase('/review/'), 'Review them now')] : []));
}
