/**
 * An in-memory Storage for tests. `failWrites` makes writes throw as a full quota does: every
 * write, or those whose key it picks (a full storage may still take a value that replaces a
 * larger one). `failReads` makes reading a key it picks throw, as a storage failing now and then does.
 */
export function memoryStorage(initial: Record<string, string> = {}, failWrites: boolean | ((key: string) => boolean) = false, failReads: (key: string) => boolean = () => false) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get length() {
      return data.size;
    },
    key: (index: number) => [...data.keys()][index] ?? null,
    getItem: (key: string) => {
      if (failReads(key)) throw new DOMException('read failed', 'UnknownError');
      return data.get(key) ?? null;
    },
    setItem: (key: string, value: string) => {
      if (failWrites === true || (failWrites && failWrites(key))) throw new DOMException('quota', 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem: (key: string) => void data.delete(key),
  };
}
