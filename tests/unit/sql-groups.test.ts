import { describe, expect, it } from 'vitest';
import { groupQueries, queryShape } from '../../src/lib/sql-groups';

describe('groupQueries', () => {
  const author = (id: number) => `SELECT "library_author"."id", "library_author"."name"\nFROM "library_author"\nWHERE "library_author"."id" = ${id}\nLIMIT 21`;

  it('groups statements that differ only in their values, in the order they first ran', () => {
    const books = 'SELECT "library_book"."id", "library_book"."title"\nFROM "library_book"';
    expect(groupQueries([books, author(1), author(2), author(1)])).toEqual([
      { sql: books, count: 1, differentValues: false },
      { sql: author(1), count: 3, differentValues: true },
    ]);
  });

  it('says when the repeats were identical', () => {
    expect(groupQueries([author(1), author(1)])).toEqual([{ sql: author(1), count: 2, differentValues: false }]);
  });

  it('replaces strings and numbers but not quoted names or names with digits', () => {
    expect(queryShape(`SELECT "t2"."a1" FROM "t2" WHERE "name" = 'O''Brien' AND "price" > 12.5 AND "n" = -3 LIMIT 21`)).toBe(
      `SELECT "t2"."a1" FROM "t2" WHERE "name" = ? AND "price" > ? AND "n" = ? LIMIT ?`,
    );
  });
});
