import { describe, expect, it } from 'vitest';
import { formatProblems, validateCourse } from '../../src/lib/validate-course';
import { chapter, lesson } from './fixtures';

const chapters = [chapter(1), chapter(2)];

describe('validateCourse', () => {
  it('accepts a course numbered without gaps', () => {
    const lessons = [lesson('chapter-1', 'a', '1.1'), lesson('chapter-1', 'b', '1.2'), lesson('chapter-2', 'c', '2.1')];
    expect(validateCourse(chapters, lessons)).toEqual([]);
  });

  it('reports a duplicate section number, naming both files', () => {
    const lessons = [lesson('chapter-1', 'a', '1.1'), lesson('chapter-1', 'b', '1.1'), lesson('chapter-2', 'c', '2.1')];
    expect(validateCourse(chapters, lessons)).toEqual([
      {
        file: 'content/chapter-1/b.mdx',
        field: 'section',
        message: 'section "1.1" is also used by content/chapter-1/a.mdx',
        fix: 'give each lesson its own section number',
      },
    ]);
  });

  it('reports a gap in the numbering and suggests the missing number', () => {
    const lessons = [lesson('chapter-1', 'a', '1.1'), lesson('chapter-1', 'c', '1.3'), lesson('chapter-2', 'd', '2.1')];
    expect(validateCourse(chapters, lessons)).toEqual([
      {
        file: 'content/chapter-1/c.mdx',
        field: 'section',
        message: 'section "1.3" leaves a gap: there is no section "1.2"',
        fix: 'number the lessons of chapter 1 without gaps (this one should probably be "1.2")',
      },
    ]);
  });

  it('reports a chapter that does not start at section 1', () => {
    const lessons = [lesson('chapter-1', 'a', '1.1'), lesson('chapter-2', 'b', '2.2')];
    expect(validateCourse(chapters, lessons)).toEqual([expect.objectContaining({ file: 'content/chapter-2/b.mdx', message: 'section "2.2" leaves a gap: there is no section "2.1"' })]);
  });

  it('reports a lesson whose folder does not match its chapter, with both ways to fix it', () => {
    const lessons = [lesson('chapter-1', 'a', '1.1'), lesson('chapter-2', 'b', '2.1'), lesson('chapter-1', 'stray', '2.2')];
    expect(validateCourse(chapters, lessons)).toEqual([
      {
        file: 'content/chapter-1/stray.mdx',
        field: 'section',
        message: 'section "2.2" belongs to chapter 2, but the file is in content/chapter-1/, the folder of chapter 1',
        fix: 'move the file to content/chapter-2/, or change section to "1.2"',
      },
    ]);
  });

  it('reports a lesson in a folder without chapter.yaml', () => {
    const lessons = [lesson('chapter-1', 'a', '1.1'), lesson('chapter-2', 'b', '2.1'), lesson('chapter-3', 'c', '3.1')];
    expect(validateCourse(chapters, lessons)).toEqual([
      expect.objectContaining({ file: 'content/chapter-3/c.mdx', message: 'the folder content/chapter-3/ has no chapter.yaml' }),
    ]);
  });

  it('reports duplicate and missing chapter numbers', () => {
    const problems = validateCourse([chapter(1), chapter(1, 'other'), chapter(3)], [
      lesson('chapter-1', 'a', '1.1'),
      lesson('chapter-3', 'b', '3.1'),
    ]);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/other/chapter.yaml', field: 'number', message: 'chapter number 1 is also used by content/chapter-1/chapter.yaml' }));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/chapter-3/chapter.yaml', field: 'number', message: 'chapter 3 follows chapter 1, leaving a gap: chapter 2 is missing' }));
  });

  it('reports a chapter with no lessons', () => {
    expect(validateCourse(chapters, [lesson('chapter-1', 'a', '1.1')])).toEqual([
      expect.objectContaining({ file: 'content/chapter-2/chapter.yaml', message: 'chapter 2 has no lessons' }),
    ]);
  });

  it('formats problems with file, field and fix for the build log', () => {
    const text = formatProblems([{ file: 'content/chapter-1/b.mdx', field: 'section', message: 'section "1.1" is also used by content/chapter-1/a.mdx', fix: 'give each lesson its own section number' }]);
    expect(text).toBe(
      'The course content has 1 problem:\n- content/chapter-1/b.mdx (field `section`): section "1.1" is also used by content/chapter-1/a.mdx.\n  Fix: give each lesson its own section number.',
    );
  });
});
