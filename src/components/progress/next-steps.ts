import { dueQuestions, nextDueDate } from '../../lib/progress/schedule';
import { courseReviewOrder, nextStep, reviewItemsLabel, type TrackedLesson } from '../../lib/progress/summary';
import type { Progress } from '../../lib/progress/types';
import { withBase } from '../../lib/urls';
import { formatDate, lessonLabel } from '../../lib/wording';

/** What the home, progress and review pages say about where to go next, filled in from saved progress. */

/** "3 questions are due for review", with when the next falls due if none is. */
export function dueSummary(progress: Progress, lessons: TrackedLesson[], now: Date): { count: number; text: string } {
  const order = courseReviewOrder(lessons);
  const due = dueQuestions(progress.review, now, order);
  const count = due.length;
  if (count > 0) return { count, text: `${reviewItemsLabel(due.map((item) => item.questionId), lessons)} ${count === 1 ? 'is' : 'are'} due for review.` };
  const next = nextDueDate(progress.review, now, order);
  return { count, text: next ? `Nothing is due for review now. The next review is on ${formatDate(next)}.` : 'Nothing to review yet: questions you answer in a section\'s quiz come back for review when they are due.' };
}

/** A link element, built safely. */
export function link(href: string, text: string): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.textContent = text;
  return anchor;
}

/**
 * Fills in "Continue where you left off" and the number of questions due, on the home and progress
 * pages; and, where the page has one, points its main button (`a[data-main-action]`) at the same step.
 */
export function showNextSteps(root: ParentNode, progress: Progress, lessons: TrackedLesson[]) {
  const step = nextStep(progress, lessons);
  const next = root.querySelector<HTMLElement>('[data-next]')!;
  const main = document.querySelector<HTMLAnchorElement>('a[data-main-action]');
  if (step.kind === 'finished') {
    next.textContent = 'You have completed every section of the course. Well done.';
    if (main) Object.assign(main, { href: withBase('/progress/'), textContent: 'See your progress' });
  } else {
    const lead = { start: 'Start with ', continue: 'Continue with ', next: 'Next up: ' }[step.kind];
    next.replaceChildren(lead, link(step.lesson.href, lessonLabel(step.lesson)), step.kind === 'continue' ? ', where you left off.' : '.');
    // A returning learner's main button continues; only a newcomer's starts at the beginning.
    if (main) Object.assign(main, { href: step.lesson.href, textContent: `${step.kind === 'start' ? 'Start' : 'Continue'} with ${lessonLabel(step.lesson)}` });
  }
  const due = dueSummary(progress, lessons, new Date());
  root.querySelector('[data-due]')!.replaceChildren(due.text, ...(due.count > 0 ? [' ', link(withBase('/review/'), 'Review them now')] : []));
}
