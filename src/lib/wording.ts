/**
 * Words and formats the course uses in more than one place, so that every page says a thing the
 * same way.
 */

/** "1 question", "3 questions". */
export const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** A date as readers write it in their own locale, e.g. "2 December 2026". */
export const formatDate = (date: Date) => date.toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });

/** A lesson named in running text: "2.6 Performance". */
export const lessonLabel = (lesson: { section: string; title: string }) => `${lesson.section} ${lesson.title}`;

/** Why a browser may refuse to store anything. */
const STORAGE_REFUSED = 'private browsing, or storage is full or blocked';

/** What pages say about saved data that could not be stored or read. */
export const storageNotices = {
  /** Saved progress failed its checks on load (ProgressStore.foundUnreadable) and a copy was kept aside. */
  unreadableProgress: 'Your saved progress could not be read, so it starts afresh. The unreadable copy was kept aside in this browser.',
  /** Saved progress failed its checks and storage refused the copy (ProgressStore.blocked). */
  unreadableNotKept:
    'Your saved progress could not be read, and this browser has no room to keep a copy of it aside. So that it is not lost, nothing you do is being saved until there is room; it stays as it was.',
  /** Reading storage failed just now (ProgressStore.blocked): saving could have overwritten progress that is fine. */
  readFailed: 'This browser did not let the course read your saved progress just now, so nothing was saved, to keep what is there safe. Try again, or reload the page.',
  /** On the progress page. */
  cannotSaveProgress: `This browser is not letting the course save progress (${STORAGE_REFUSED}).`,
  /** In a section quiz. */
  cannotSaveAnswers: `This browser is not letting the course save your answers (${STORAGE_REFUSED}). The quiz still works; your answers will be gone when you leave the page.`,
  /** In a review session. */
  cannotSaveSchedule: 'This browser is not letting the course save progress, so answers here will not reschedule anything.',
  /** At the read mark. */
  cannotSaveReadMark: 'This browser is not letting the course save your progress.',
};

/** A download size for people: "15.4 MB". */
export const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
