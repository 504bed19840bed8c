import { LEGACY_QUIZ_PREFIX, PROGRESS_KEY, STORAGE_PROBE_KEY, UNREADABLE_PROGRESS_KEY } from '../storage-keys';
import { migrateFromV1 } from './migrate';
import { parseProgress } from './parse';
import { emptyProgress, type Progress } from './types';


export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** Why the store writes nothing at the moment, although storage may accept writes: writing could destroy saved progress. */
export type WriteBlock =
  /** Reading the saved progress failed (storage threw): what is there is unknown, so it must not be overwritten. */
  | 'readFailed'
  /** Saved progress could not be read, and storage refused to keep a copy of it aside. */
  | 'unreadableNotKept';

/**
 * Loads and saves progress. Never throws: storage can be missing (private mode), full, failing
 * now and then, or hold a hand-edited value. Progress that cannot be read is copied aside under
 * UNREADABLE_PROGRESS_KEY and a time (every damaged version is kept) before anything is written
 * over it; when it cannot be read at all, or not copied aside, nothing is written.
 */
export class ProgressStore {
  /** False once storage has refused a write: pages then say that progress is not being kept. */
  canSave = true;
  /** True once saved progress could not be read and a copy of it was kept aside. */
  foundUnreadable = false;
  /** Set by a load after which writing could destroy saved progress; the next successful load clears it. */
  blocked: WriteBlock | undefined;

  constructor(
    private readonly storage: ProgressStorage | undefined,
    private readonly now: () => Date = () => new Date(),
    /** Called after every successful save, so other parts of the page can show the change. */
    private readonly onSave: () => void = () => {},
  ) {
    if (!storage) this.canSave = false;
  }

  load(): Progress {
    this.blocked = undefined;
    if (!this.storage) return emptyProgress();
    let raw: string | null;
    try {
      raw = this.storage.getItem(PROGRESS_KEY);
    } catch {
      this.blocked = 'readFailed';
      return emptyProgress();
    }
    if (raw === null) {
      try {
        return this.#migrate();
      } catch {
        this.blocked = 'readFailed';
        return emptyProgress();
      }
    }
    let parsed: ReturnType<typeof parseProgress> | undefined;
    try {
      parsed = parseProgress(JSON.parse(raw));
    } catch {
      parsed = undefined;
    }
    if (parsed?.ok) return parsed.progress;
    if (this.#setAside(raw)) this.foundUnreadable = true;
    else this.blocked = 'unreadableNotKept';
    return emptyProgress();
  }

  /**
   * Applies a change to the latest saved progress (another tab may have saved since this one
   * loaded) and saves it. Writes nothing when the load could not be trusted (see `blocked`).
   */
  update(change: (progress: Progress) => Progress): Progress | undefined {
    const current = this.load();
    if (this.blocked) return undefined;
    const next = change(current);
    if (!this.#write(PROGRESS_KEY, JSON.stringify(next))) return undefined;
    this.onSave();
    return next;
  }

  /** Whether this browser lets the course save at all; checked once so pages can say so at once. */
  probe(): boolean {
    if (this.#write(STORAGE_PROBE_KEY, '1')) this.storage!.removeItem(STORAGE_PROBE_KEY);
    return this.canSave;
  }

  /** Removes all progress, including version-1 quiz entries and unreadable copies. */
  reset(): boolean {
    if (!this.storage) return false;
    try {
      for (const key of this.#keys()) {
        if (key === PROGRESS_KEY || key.startsWith(`${PROGRESS_KEY}:`) || key.startsWith(LEGACY_QUIZ_PREFIX)) this.storage.removeItem(key);
      }
      this.onSave();
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Keeps a copy of unreadable progress under its own key, unless an identical copy is already
   * kept (every page load finds the same damage until the next save replaces it).
   */
  #setAside(raw: string): boolean {
    try {
      const copies = this.#keys().filter((key) => key.startsWith(UNREADABLE_PROGRESS_KEY));
      if (copies.some((key) => this.storage!.getItem(key) === raw)) return true;
      const stamp = this.now().toISOString();
      let key = `${UNREADABLE_PROGRESS_KEY}:${stamp}`;
      for (let n = 2; copies.includes(key); n++) key = `${UNREADABLE_PROGRESS_KEY}:${stamp}:${n}`;
      return this.#write(key, raw);
    } catch {
      return false;
    }
  }

  /** First load after an upgrade from version 1: fold the per-quiz entries into one, then remove them. */
  #migrate(): Progress {
    const entries = this.#keys()
      .filter((key) => key.startsWith(LEGACY_QUIZ_PREFIX))
      .map((key): [string, string] => [key, this.storage!.getItem(key) ?? '']);
    const { progress, migratedKeys } = migrateFromV1(entries, this.now());
    if (migratedKeys.length > 0 && this.#write(PROGRESS_KEY, JSON.stringify(progress))) {
      for (const key of migratedKeys) this.storage!.removeItem(key);
    }
    return progress;
  }

  #keys(): string[] {
    return Array.from({ length: this.storage!.length }, (_, index) => this.storage!.key(index)).filter((key): key is string => key !== null);
  }

  #write(key: string, value: string): boolean {
    if (!this.storage) return false;
    try {
      this.storage.setItem(key, value);
      this.canSave = true;
      return true;
    } catch {
      this.canSave = false;
      return false;
    }
  }
}
