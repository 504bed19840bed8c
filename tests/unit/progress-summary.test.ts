import { describe, expect, it } from 'vitest';
import { completion, courseReviewOrder, exerciseCompletion, lessonStanding, lessonSteps, nextStep, reviewItemsLabel, type TrackedLesson } from '../../src/lib/progress/summary';
import { t, A, B, C, progress, quiz } from './progress-fixtures';

describe('progress summaries', () => {
  const lessons: TrackedLesson[] = [
    { id: A, section: '1.1', title: 'A', href: '/chapter-1/a/', chapter: 1, quiz: { hash: 'h1', questions: 3 }, questionIds: ['q1', 'q2', 'q3'], exerciseIds: [] },
    { id: B, section: '1.2', title: 'B', href: '/chapter-1/b/', chapter: 1, quiz: { hash: 'h1', questions: 1 }, questionIds: ['q4'], exerciseIds: [] },
    { id: C, section: '2.1', title: 'C', href: '/chapter-2/c/', chapter: 2, questionIds: [], exerciseIds: [] },
  ];

  it('counts a section complete once it is read and its quiz checked', () => {
    const state = progress({ [A]: { read: { done: true, at: t(10) }, quiz: quiz(2, t(11)) }, [B]: { read: { done: true, at: t(12) } }, [C]: { read: { done: true, at: t(9) } } });
    expect(lessonStanding(state, lessons[0]!)).toEqual({ read: true, taken: true, best: 2, total: 3, complete: true, lastActivity: Date.parse(t(11)) });
    expect(lessonStanding(state, lessons[1]!)).toMatchObject({ read: true, complete: false, total: 1 });
    expect(lessonStanding(state, lessons[2]!)).toMatchObject({ read: true, complete: true });
    expect(completion(state, lessons)).toEqual({ complete: 2, total: 3 });
  });

  it('ignores a score saved for an earlier version of the quiz', () => {
    const state = progress({ [A]: { read: { done: true, at: t(10) }, quiz: quiz(3, t(11), 'old') } });
    expect(lessonStanding(state, lessons[0]!)).toMatchObject({ complete: false });
    expect(lessonStanding(state, lessons[0]!).best).toBeUndefined();
  });

  it('suggests the first section to a newcomer', () => {
    expect(nextStep(progress(), lessons)).toEqual({ kind: 'start', lesson: lessons[0] });
  });

  it('continues the section touched last while it is incomplete', () => {
    const state = progress({ [A]: { read: { done: true, at: t(10) }, quiz: quiz(2, t(10)) }, [B]: { read: { done: true, at: t(12) } } });
    expect(nextStep(state, lessons)).toEqual({ kind: 'continue', lesson: lessons[1] });
  });

  it('moves on to the next incomplete section, wrapping round to earlier ones', () => {
    const state = progress({ [B]: { read: { done: true, at: t(12) }, quiz: quiz(1, t(12)) }, [C]: { read: { done: true, at: t(13) } } });
    expect(nextStep(state, lessons)).toEqual({ kind: 'next', lesson: lessons[0] });
  });

  it('says when the whole course is finished', () => {
    const state = progress({ [A]: { read: { done: true, at: t(1) }, quiz: quiz(3, t(1)) }, [B]: { read: { done: true, at: t(2) }, quiz: quiz(1, t(2)) }, [C]: { read: { done: true, at: t(3) } } });
    expect(nextStep(state, lessons)).toEqual({ kind: 'finished' });
  });

  it('counts a quiz taken after "Retry missed questions", with its best score, even a best of 0', () => {
    const retried = { ...quiz(0, t(11)), checked: false };
    const state = progress({ [A]: { read: { done: true, at: t(10) }, quiz: retried } });
    expect(lessonStanding(state, lessons[0]!)).toMatchObject({ taken: true, best: 0, complete: true });
    const neverChecked = progress({ [A]: { read: { done: true, at: t(10) }, quiz: { ...retried, taken: false } } });
    expect(lessonStanding(neverChecked, lessons[0]!)).toMatchObject({ taken: false, complete: false });
    expect(lessonStanding(neverChecked, lessons[0]!).best).toBeUndefined();
  });

  describe('with exercises', () => {
    const withExercises: TrackedLesson = { ...lessons[2]!, exerciseIds: ['ex1', 'ex2'] };
    const exercise = (passed: boolean, at: string) => ({ passed, attempts: 1, at });

    it('is complete only once every exercise has passed, counting only the exercises the lesson has now', () => {
      const state = progress({ [C]: { read: { done: true, at: t(9) }, exercises: { ex1: exercise(true, t(10)), ex2: exercise(false, t(12)), gone: exercise(true, t(11)) } } });
      expect(lessonStanding(state, withExercises)).toEqual({ read: true, taken: true, exercisesPassed: 1, exercisesTotal: 2, complete: false, lastActivity: Date.parse(t(12)) });
      const solved = progress({ [C]: { read: { done: true, at: t(9) }, exercises: { ex1: exercise(true, t(10)), ex2: exercise(true, t(12)) } } });
      expect(lessonStanding(solved, withExercises)).toMatchObject({ exercisesPassed: 2, complete: true });
      expect(completion(solved, [lessons[1]!, withExercises])).toEqual({ complete: 1, total: 2 });
    });

    it('counts the steps to complete a section for its bar, and exercises passed across lessons', () => {
      const state = progress({ [A]: { read: { done: true, at: t(9) } }, [C]: { exercises: { ex1: exercise(true, t(10)) } } });
      expect(lessonSteps(lessonStanding(state, lessons[0]!))).toEqual({ done: 1, total: 2 });
      expect(lessonSteps(lessonStanding(state, withExercises))).toEqual({ done: 1, total: 3 });
      expect(lessonSteps(lessonStanding(progress(), lessons[2]!))).toEqual({ done: 0, total: 1 });
      expect(exerciseCompletion(state, [lessons[0]!, withExercises])).toEqual({ passed: 1, total: 2 });
    });

    it('continues a lesson whose exercise was worked on last', () => {
      const state = progress({ [A]: { read: { done: true, at: t(10) }, quiz: quiz(2, t(10)) }, [C]: { exercises: { ex1: exercise(false, t(12)) } } });
      expect(nextStep(state, [lessons[0]!, lessons[1]!, withExercises])).toEqual({ kind: 'continue', lesson: withExercises });
    });

    it('lists exercises after each lesson\'s questions for the review queue, and names them apart', () => {
      const course = [lessons[0]!, withExercises];
      expect(courseReviewOrder(course)).toEqual(['q1', 'q2', 'q3', 'ex1', 'ex2']);
      expect(reviewItemsLabel(['q1', 'ex1', 'q2'], course)).toBe('2 questions and 1 exercise');
      expect(reviewItemsLabel(['ex1'], course)).toBe('1 exercise');
      expect(reviewItemsLabel(['q3'], course)).toBe('1 question');
    });
  });
});
