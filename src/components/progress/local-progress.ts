import { ProgressStore } from '../../lib/progress/progress-store';
import { PROGRESS_KEY } from '../../lib/storage-keys';
import { storageNotices } from '../../lib/wording';

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

/** The learner's progress in this browser's storage. */
export const openProgressStore = () => new ProgressStore(safeLocalStorage(), () => new Date(), () => window.dispatchEvent(new Event(CHANGE_EVENT)));

/**
 * Calls `update` whenever progress may have changed: saved by this page, saved in another tab
 * (a `storage` event), or while this page sat in the back/forward cache (restored pages get no
 * `storage` events for that time).
 */
export function onProgressChange(update: () => void) {
  window.addEventListener(CHANGE_EVENT, update);
  window.addEventListener('storage', (event) => {
    if (event.key === PROGRESS_KEY || event.key === null) update();
  });
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) update();
  });
}

/**
 * What a page tells the learner about the store after a load or a refused save: damage found,
 * and why nothing is being saved. `refused` is the page's own words for storage refusing writes.
 */
export function storageNotes(store: ProgressStore, refused: string): string[] {
  return [
    ...(store.foundUnreadable ? [storageNotices.unreadableProgress] : []),
    ...(store.blocked ? [storageNotices[store.blocked]] : store.canSave ? [] : [refused]),
  ];
}
