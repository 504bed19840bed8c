import type { Course } from '../course';
import type { QuizView } from '../quiz/view';
import { withBase } from '../urls';
import type { TrackedLesson } from './summary';

/** The course as the progress and review pages' scripts need it, from the build's course and quizzes. */
export function courseLessons(course: Course, quizzes: ReadonlyMap<string, QuizView>): TrackedLesson[] {
  return course.lessons.map((lesson) => {
    const quiz = quizzes.get(lesson.id);
    return {
      id: lesson.id,
      section: lesson.section,
      title: lesson.title,
      href: withBase(lesson.path),
      chapter: lesson.chapterNumber,
      ...(quiz && { quiz: { hash: quiz.hash, questions: quiz.keys.length } }),
      questionIds: quiz?.keys.map((key) => key.id) ?? [],
    };
  });
}

/** Data attributes that let the progress-marks script show a lesson link's status. */
export function progressAttributes(lessonId: string, quizzes: ReadonlyMap<string, QuizView>) {
  const quiz = quizzes.get(lessonId);
  return { 'data-progress-lesson': lessonId, ...(quiz && { 'data-progress-quiz': `${quiz.hash}:${quiz.keys.length}` }) };
}
