import { existsSync } from 'node:fs';

/**
 * The Chromium the browser tests and benchmarks drive. Browser downloads are not possible
 * everywhere (CI here has none), so prefer CHROMIUM_PATH or a system Chromium; with none,
 * Playwright falls back to its own browser if one is installed.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
