import { PROGRESS_KEY, ProgressStore } from '../../lib/progress/progress-store';

/** Fired on window after this page saves progress, so every view of it can update. */
const CHANGE_EVENT = 'course-progress-change';

/** localStorage, or undefined where merely touching it throws (some privacy settings). */
function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** What a page says when saved progress failed its checks on load (ProgressStore.foundUnreadable). */
export const UNREADABLE_PROGRESS_NOTE = 'Your saved progress could not be read, so it starts afresh. The unreadable copy was kept aside in this browser.';

/** The learner's progress in this browser's storage. */
export const openProgressStore = () => new ProgressStore(safeLocalStorage(), () => new Date(), () => window.dispatchEvent(new Event(CHANGE_EVENT)));

/** Calls `update` whenever progress changes, in this page or in another tab. */
export function onProgressChange(update: () => void) {
  window.addEventListener(CHANGE_EVENT, update);
  window.addEventListener('storage', (event) => {
    if (event.key === PROGRESS_KEY || event.key === null) update();
  });
}
