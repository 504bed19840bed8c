/** SQL statements that differ only in their values, run `count` times; `sql` is the first of them. */
export interface QueryGroup {
  sql: string;
  count: number;
  /** Whether the statements in the group had different values (the N+1 pattern) or were identical. */
  differentValues: boolean;
}

/** A statement with its literal values (strings and numbers, not quoted names) replaced by `?`. */
export const queryShape = (sql: string) => sql.replace(/'(?:[^']|'')*'/g, '?').replace(/(?<![\w".])-?\d+(?:\.\d+)?(?![\w"])/g, '?');

/**
 * Groups the SQL a run sent: statements of the same shape once each, in the order they first ran,
 * with how many times. Ten `SELECT ... WHERE "id" = 1`, `= 2`... become one group of ten, which is
 * how a reader spots a query run once per row.
 */
export function groupQueries(queries: readonly string[]): QueryGroup[] {
  const groups = new Map<string, QueryGroup>();
  for (const sql of queries) {
    const shape = queryShape(sql);
    const group = groups.get(shape);
    if (!group) groups.set(shape, { sql, count: 1, differentValues: false });
    else {
      group.count += 1;
      group.differentValues ||= sql !== group.sql;
    }
  }
  return [...groups.values()];
}

/** "1 SQL query", "11 SQL queries". */
export const queryCount = (count: number) => `${count} SQL ${count === 1 ? 'query' : 'queries'}`;

/** "11 SQL queries, 2 distinct": the count, and how many shapes when some repeat. */
export function sqlSummary(queries: readonly string[], groups: readonly QueryGroup[]): string {
  return groups.length < queries.length ? `${queryCount(queries.length)}, ${groups.length} distinct` : queryCount(queries.length);
}

/** What a repeated group says above its statement; nothing for a statement run once. */
export function repeatNote(group: QueryGroup): string | undefined {
  if (group.count === 1) return undefined;
  return `×${group.count}: ran ${group.count} times${group.differentValues ? ', each with its own values (the first is shown)' : ', identical each time'}`;
}
