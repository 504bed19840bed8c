import type { Course } from '../course';
import type { QuizView } from '../quiz/view';
import { withBase } from '../urls';
import type { TrackedLesson } from './summary';

/** A lesson's exercises as progress needs them: lesson id -> its exercises in page order. */
export type LessonExercises = ReadonlyMap<string, readonly { id: string; title: string }[]>;

/** The course as the progress and review pages' scripts need it, from the build's course, quizzes and exercises. */
export function courseLessons(course: Course, quizzes: ReadonlyMap<string, QuizView>, exercises: LessonExercises): TrackedLesson[] {
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
      exerciseIds: exercises.get(lesson.id)?.map((exercise) => exercise.id) ?? [],
    };
  });
}

/** Data attributes that let the progress-marks script show a lesson link's status (exercise ids separated by spaces). */
export function progressAttributes(lessonId: string, quizzes: ReadonlyMap<string, QuizView>, exercises: LessonExercises) {
  const quiz = quizzes.get(lessonId);
  const exerciseIds = exercises.get(lessonId)?.map((exercise) => exercise.id) ?? [];
  return {
    'data-progress-lesson': lessonId,
    ...(quiz && { 'data-progress-quiz': `${quiz.hash}:${quiz.keys.length}` }),
    ...(exerciseIds.length && { 'data-progress-exercises': exerciseIds.join(' ') }),
  };
}
