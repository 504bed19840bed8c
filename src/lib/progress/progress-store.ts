import { LEGACY_QUIZ_PREFIX, PROGRESS_KEY, STORAGE_PROBE_KEY, UNREADABLE_PROGRESS_KEY } from '../storage-keys';
import { migrateFromV1 } from './migrate';
import { parseProgress } from './parse';
import { emptyProgress, type Progress } from './types';


export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/**
 * Loads and saves progress. Never throws: storage can be missing (private mode), full, or hold a
 * hand-edited value. Progress that cannot be read is moved to UNREADABLE_PROGRESS_KEY
 * rather than destroyed, and the course starts afresh.
 */
export class ProgressStore {
  /** False once storage has refused a write: pages then say that progress is not being kept. */
  canSave = true;
  /** True when saved progress could not be read and was moved aside. */
  foundUnreadable = false;

  constructor(
    private readonly storage: ProgressStorage | undefined,
    private readonly now: () => Date = () => new Date(),
    /** Called after every successful save, so other parts of the page can show the change. */
    private readonly onSave: () => void = () => {},
  ) {
    if (!storage) this.canSave = false;
  }

  load(): Progress {
    if (!this.storage) return emptyProgress();
    let raw: string | null;
    try {
      raw = this.storage.getItem(PROGRESS_KEY);
    } catch {
      this.canSave = false;
      return emptyProgress();
    }
    if (raw === null) return this.#migrate();
    let parsed: ReturnType<typeof parseProgress> | undefined;
    try {
      parsed = parseProgress(JSON.parse(raw));
    } catch {
      parsed = undefined;
    }
    if (parsed?.ok) return parsed.progress;
    this.foundUnreadable = true;
    this.#write(UNREADABLE_PROGRESS_KEY, raw);
    return emptyProgress();
  }

  /** Applies a change to the latest saved progress (another tab may have saved since this one loaded). */
  update(change: (progress: Progress) => Progress): Progress | undefined {
    const next = change(this.load());
    return this.save(next) ? next : undefined;
  }

  save(progress: Progress): boolean {
    const saved = this.#write(PROGRESS_KEY, JSON.stringify(progress));
    if (saved) this.onSave();
    return saved;
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
