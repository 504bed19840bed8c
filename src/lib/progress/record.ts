import type { QuestionResult } from '../quiz/grading';
import { scheduleAnswer } from './schedule';
import type { LessonProgress, Progress, QuizProgress } from './types';

/** Pure updates to progress, one per thing a learner does; each returns new progress. */

function withLesson(progress: Progress, lessonId: string, change: (lesson: LessonProgress) => LessonProgress): Progress {
  return { ...progress, lessons: { ...progress.lessons, [lessonId]: change(progress.lessons[lessonId] ?? {}) } };
}

/** Marks a section read or not read, by the learner's choice. */
export function setRead(progress: Progress, lessonId: string, done: boolean, now: Date): Progress {
  return withLesson(progress, lessonId, (lesson) => ({ ...lesson, read: { done, at: now.toISOString() } }));
}

/**
 * Reaching the end of a section marks it read, unless the learner has marked it either way
 * before: someone who unmarked a section is not overruled by scrolling through it again.
 */
export function markReadOnReachingEnd(progress: Progress, lessonId: string, now: Date): Progress {
  return progress.lessons[lessonId]?.read ? progress : setRead(progress, lessonId, true, now);
}

/**
 * Saves a quiz's answers as they stand, over the latest saved progress: the answers are the
 * later ones, but the best score on the same version of the quiz never goes down (another tab
 * may have reached a better one since this page last read it).
 */
export function saveQuiz(progress: Progress, lessonId: string, quiz: Omit<QuizProgress, 'at'>, now: Date): Progress {
  const saved = progress.lessons[lessonId]?.quiz;
  const best = saved?.hash === quiz.hash ? Math.max(saved.best, quiz.best) : quiz.best;
  return withLesson(progress, lessonId, (lesson) => ({ ...lesson, quiz: { ...quiz, best, at: now.toISOString() } }));
}

/** Schedules every answered question for review: wrong ones at once, right ones later. Unanswered ones are left out. */
export function scheduleAnswers(progress: Progress, lessonId: string, results: Record<string, QuestionResult>, now: Date): Progress {
  const review = { ...progress.review };
  for (const [questionId, result] of Object.entries(results)) {
    if (result.answered) review[questionId] = scheduleAnswer(review[questionId], lessonId, result.correct, now);
  }
  return { ...progress, review };
}
