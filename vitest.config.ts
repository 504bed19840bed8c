import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // A runnable sample runs real Django in Pyodide: well under a second alone, several on a busy machine.
    testTimeout: 30_000,
  },
});
