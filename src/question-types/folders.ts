/** How the lookups find a type's parts: by the name of the folder that holds them. */

/** The files every question type's folder holds. */
export const PART_FILES = ['definition.ts', 'grading.ts', 'dom.ts', 'Markup.astro'] as const;

/** Re-keys the modules of an `import.meta.glob('./*\/file')` by their folder: `./single/grading.ts` becomes `single`. */
export const byFolder = <Part>(modules: Record<string, Part>): Record<string, Part> =>
  Object.fromEntries(Object.entries(modules).map(([path, part]) => [path.split('/')[1]!, part]));

/**
 * What is wrong with the type folders, given the paths of their part files (`./single/dom.ts`)
 * and the registered types: a folder that is not registered, a registered type without a folder,
 * or a part file missing. Empty when every registered type has exactly its own complete folder.
 */
export function folderProblems(paths: string[], registered: readonly string[]): string[] {
  const found = new Map<string, Set<string>>();
  for (const path of paths) {
    const [, folder = '', file = ''] = path.split('/');
    found.set(folder, (found.get(folder) ?? new Set()).add(file));
  }
  const unregistered = [...found.keys()].filter((folder) => !registered.includes(folder));
  return [
    ...unregistered.map((folder) => `src/question-types/${folder}/ is not registered: add its line to src/question-types/registry.ts`),
    ...registered.flatMap((type) => {
      const files = found.get(type);
      if (!files) return [`the registered type ${type} has no folder: add src/question-types/${type}/ with ${PART_FILES.join(', ')}`];
      return PART_FILES.filter((file) => !files.has(file)).map((file) => `src/question-types/${type}/ has no ${file}: every question type needs ${PART_FILES.join(', ')}`);
    }),
  ];
}
