import { describe, expect, it } from 'vitest';
import { completion, lessonStanding, nextStep, type TrackedLesson } from '../../src/lib/progress/summary';
import { t, A, B, C, progress, quiz } from './progress-fixtures';

describe('progress summaries', () => {
  const lessons: TrackedLesson[] = [
    { id: A, section: '1.1', title: 'A', href: '/chapter-1/a/', chapter: 1, quiz: { hash: 'h1', questions: 3 }, questionIds: ['q1', 'q2', 'q3'] },
    { id: B, section: '1.2', title: 'B', href: '/chapter-1/b/', chapter: 1, quiz: { hash: 'h1', questions: 1 }, questionIds: ['q4'] },
    { id: C, section: '2.1', title: 'C', href: '/chapter-2/c/', chapter: 2, questionIds: [] },
  ];

  it('counts a section complete once it is read and its quiz checked', () => {
    const state = progress({ [A]: { read: { done: true, at: t(10) }, quiz: quiz(2, t(11)) }, [B]: { read: { done: true, at: t(12) } }, [C]: { read: { done: true, at: t(9) } } });
    expect(lessonStanding(state, lessons[0]!)).toEqual({ read: true, best: 2, total: 3, complete: true, lastActivity: Date.parse(t(11)) });
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
});
