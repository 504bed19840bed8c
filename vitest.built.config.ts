import { defineConfig } from 'vitest/config';

/** Checks of the built site (dist/ and dist-course/), run by `npm test` after both builds. */
export default defineConfig({
  test: {
    include: ['tests/built/**/*.test.ts'],
  },
});
