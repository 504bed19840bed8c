import { describe, expect, it } from 'vitest';
import { formatProblems, validateCourse } from '../../src/lib/validate-course';
import { chapter, lesson } from './fixtures';

const chapters = [chapter(1), chapter(2)];

describe('validateCourse', () => {
  it('accepts a course numbered without gaps', () => {
    const lessons = [lesson('chapter-1', 'a', '1.1'), lesson('chapter-1', 'b', '1.2'), lesson('chapter-2', 'c', '2.1')];
    expect(validateCourse(chapters, lessons)).toEqual([]);
  });

  it('reports a duplicate section number once, naming both files, with a fix that holds whichever is new', () => {
    const lessons = [lesson('chapter-1', 'a', '1.1'), lesson('chapter-1', 'b', '1.1'), lesson('chapter-2', 'c', '2.1')];
    expect(validateCourse(chapters, lessons)).toEqual([
      {
        file: 'content/chapter-1/a.mdx',
        also: [{ file: 'content/chapter-1/b.mdx' }],
        field: 'section',
        message: 'both lessons are section "1.1"',
        fix: 'decide which of the two comes first and number them "1.1" and "1.2" in that order',
      },
    ]);
  });

  // Issue 15: a lesson inserted as "1.3" into 1.1-1.6 blamed whichever file sorted second and gave no renumbering.
  it('for a lesson inserted with a number in use, gives the renumbering that follows, or the end', () => {
    const slugs = ['one', 'two', 'three', 'four', 'five', 'six'];
    const lessons = [...slugs.map((slug, index) => lesson('chapter-1', slug, `1.${index + 1}`)), lesson('chapter-1', 'new', '1.3'), lesson('chapter-2', 'c', '2.1')];
    expect(validateCourse(chapters, lessons)).toEqual([
      {
        file: 'content/chapter-1/new.mdx',
        also: [{ file: 'content/chapter-1/three.mdx' }],
        field: 'section',
        message: 'both lessons are section "1.3"',
        fix:
          'decide which of the two comes first and number them "1.3" and "1.4" in that order, then renumber the lessons after them: ' +
          'four.mdx "1.4" → "1.5", five.mdx "1.5" → "1.6", six.mdx "1.6" → "1.7"; or, if one of them is new and belongs at the end, give it "1.7" instead',
      },
    ]);
  });

  // Issue 15: 1.1, 1.2, 1.2, 1.4 (one number mistyped) advised renumbering 1.4 to 1.3, which left the duplicate.
  it('does not report the gap that a duplicate explains', () => {
    const lessons = [lesson('chapter-1', 'a', '1.1'), lesson('chapter-1', 'b', '1.2'), lesson('chapter-1', 'c', '1.2'), lesson('chapter-1', 'd', '1.4'), lesson('chapter-2', 'e', '2.1')];
    expect(validateCourse(chapters, lessons)).toEqual([
      expect.objectContaining({ file: 'content/chapter-1/b.mdx', message: 'both lessons are section "1.2"', fix: 'decide which of the two comes first and number them "1.2" and "1.3" in that order' }),
    ]);
  });

  it('reports a gap in the numbering once, with the whole renumbering', () => {
    const lessons = [lesson('chapter-1', 'a', '1.1'), lesson('chapter-1', 'c', '1.3'), lesson('chapter-1', 'd', '1.4'), lesson('chapter-2', 'e', '2.1')];
    expect(validateCourse(chapters, lessons)).toEqual([
      {
        file: 'content/chapter-1/c.mdx',
        field: 'section',
        message: 'section "1.3" leaves a gap: there is no section "1.2"',
        fix: 'number the lessons of chapter 1 without gaps: c.mdx "1.3" → "1.2", d.mdx "1.4" → "1.3"',
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
    const text = formatProblems([{ file: 'content/chapter-1/b.mdx', field: 'section', message: 'section "1.3" leaves a gap: there is no section "1.2"', fix: 'renumber it' }]);
    expect(text).toBe('The course content has 1 problem:\n- content/chapter-1/b.mdx (field `section`): section "1.3" leaves a gap: there is no section "1.2".\n  Fix: renumber it.');
  });

  it('formats every file at fault with its line, and the question with the field', () => {
    const text = formatProblems([
      { file: 'content/chapter-1/a.mdx', line: 3, also: [{ file: 'content/chapter-1/b.mdx', line: 4 }], field: 'section', message: 'both lessons are section "1.1"', fix: 'renumber one' },
      { file: 'content/chapter-1/a.quiz.yaml', line: 12, question: 'q-1', field: 'answer', message: '`answer` is missing', fix: 'add it' },
    ]);
    expect(text).toBe(
      'The course content has 2 problems:\n' +
        '- content/chapter-1/a.mdx:3 and content/chapter-1/b.mdx:4 (field `section`): both lessons are section "1.1".\n  Fix: renumber one.\n' +
        '- content/chapter-1/a.quiz.yaml:12 (question `q-1`, field `answer`): `answer` is missing.\n  Fix: add it.',
    );
  });
});
