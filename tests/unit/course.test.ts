import { describe, expect, it } from 'vitest';
import { buildCourse, chapterOf, lessonNeighbours } from '../../src/lib/course';
import { compareSections } from '../../src/lib/sections';
import { chapter, lesson } from './fixtures';

// Deliberately out of order, and with a two-digit section, to prove the ordering is numeric.
const course = buildCourse(
  [chapter(2), chapter(1)],
  [
    lesson('chapter-2', 'models', '2.1'),
    lesson('chapter-1', 'ten', '1.10'),
    lesson('chapter-1', 'two', '1.2'),
    lesson('chapter-1', 'one', '1.1'),
    ...Array.from({ length: 7 }, (_, i) => lesson('chapter-1', `filler-${i + 3}`, `1.${i + 3}`)),
  ],
);

describe('buildCourse', () => {
  it('orders chapters by number and sections numerically', () => {
    expect(course.chapters.map((c) => c.number)).toEqual([1, 2]);
    expect(course.chapters[0]!.lessons.map((l) => l.section)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10']);
  });

  it('lists every lesson in reading order across chapters', () => {
    expect(course.lessons.at(-2)!.section).toBe('1.10');
    expect(course.lessons.at(-1)!.section).toBe('2.1');
  });

  it('derives paths from the folder and file name', () => {
    expect(course.chapters[0]!.path).toBe('/chapter-1/');
    expect(course.lessons[0]!.path).toBe('/chapter-1/one/');
    expect(course.lessons[0]!.id).toBe('chapter-1/one');
  });
});

describe('lessonNeighbours', () => {
  it('has no previous lesson for the first lesson', () => {
    expect(lessonNeighbours(course, 'chapter-1/one')).toEqual({ next: expect.objectContaining({ section: '1.2' }) });
  });

  it('crosses from the end of one chapter to the start of the next', () => {
    const { previous, next } = lessonNeighbours(course, 'chapter-1/ten');
    expect(previous?.section).toBe('1.9');
    expect(next?.section).toBe('2.1');
    expect(lessonNeighbours(course, 'chapter-2/models').previous?.section).toBe('1.10');
  });

  it('has no next lesson for the last lesson', () => {
    expect(lessonNeighbours(course, 'chapter-2/models').next).toBeUndefined();
  });

  it('refuses an unknown lesson id', () => {
    expect(() => lessonNeighbours(course, 'chapter-9/nope')).toThrow('No lesson with id "chapter-9/nope"');
  });
});

describe('chapterOf', () => {
  it('finds the chapter of a lesson', () => {
    expect(chapterOf(course, course.lessons.at(-1)!).title).toBe('Chapter 2 title');
  });
});

describe('compareSections', () => {
  it('compares chapter first, then section, as numbers', () => {
    expect(['2.1', '1.10', '1.9'].sort(compareSections)).toEqual(['1.9', '1.10', '2.1']);
  });
});
