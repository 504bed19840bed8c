import type { Plugin } from 'vite';

/**
 * A Vite plugin serving `id` as a module whose default export is `compute()`'s value, computed
 * when a page first imports it (so `astro dev` pays for it only when a page needs it).
 */
export function jsonModule(id: string, compute: () => unknown): Plugin {
  const resolved = `\0${id}`;
  return {
    name: `enterprise-django:${id}`,
    resolveId: (requested) => (requested === id ? resolved : undefined),
    load: (requested) => (requested === resolved ? `export default ${JSON.stringify(compute())};` : undefined),
  };
}
