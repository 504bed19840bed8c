/**
 * Which heading the reader is in: the last one whose top has scrolled above the line `offset`
 * pixels below the top of the viewport (the first one before any has).
 */
export function currentHeadingIndex(headingTops: number[], offset: number): number {
  let current = 0;
  headingTops.forEach((top, index) => {
    if (top <= offset) current = index;
  });
  return current;
}
