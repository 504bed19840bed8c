/** Small type guards for data read from storage, files or the page, shared by every feature. */

/** A plain object (not null, not an array), whose fields can be checked one by one. */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An integer index into a list of `length` items. */
export const isIndex = (value: unknown, length: number): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) < length;
