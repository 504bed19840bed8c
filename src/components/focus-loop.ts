const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** Elements a keyboard user can reach inside a container, in document order. */
export function focusableIn(container: Element): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => element.offsetParent !== null || element === document.activeElement);
}

/**
 * Where Tab (or Shift+Tab) should go to keep focus inside `loop`: the first element after the
 * last one (and back), or the loop's start when focus has escaped it. Null lets the browser
 * move focus normally, because the next element is still inside the loop.
 */
export function nextFocusInLoop<T>(loop: T[], active: unknown, backwards: boolean): T | null {
  if (loop.length === 0) return null;
  const index = loop.indexOf(active as T);
  if (index === -1) return loop[0]!;
  if (backwards && index === 0) return loop.at(-1)!;
  if (!backwards && index === loop.length - 1) return loop[0]!;
  return null;
}
