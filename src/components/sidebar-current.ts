/**
 * Scrolls the course navigation pane (not the page) so that the current page's link is in view:
 * reading a late lesson, the link would otherwise sit below the pane's fold. Nothing happens when
 * the pane does not scroll (phones, where it is a menu or sits below the lesson).
 */
export function revealCurrentLink(pane: HTMLElement) {
  const current = pane.querySelector<HTMLElement>('[aria-current="page"]');
  if (!current || pane.scrollHeight <= pane.clientHeight) return;
  const top = current.getBoundingClientRect().top - pane.getBoundingClientRect().top;
  if (top >= 0 && top + current.offsetHeight <= pane.clientHeight) return;
  pane.scrollTop += top - pane.clientHeight / 3;
}
