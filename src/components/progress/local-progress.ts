import { ProgressStore } from '../../lib/progress/progress-store';
import { PROGRESS_KEY } from '../../lib/storage-keys';

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

/** Calls `update` whenever progress changes, in this page or in another tab. */
export function onProgressChange(update: () => void) {
  window.addEventListener(CHANGE_EVENT, update);
  window.addEventListener('storage', (event) => {
    if (event.key === PROGRESS_KEY || event.key === null) update();
  });
}
