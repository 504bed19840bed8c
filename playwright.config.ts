import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { chromiumPath } from './tests/chromium.ts';


/** E2E_PORT (default 4400) and the two ports after it; set it to run two suites side by side. */
const SITE_PORT = Number(process.env.E2E_PORT ?? 4400);
const SUBPATH_PORT = SITE_PORT + 1;
const NGINX_PORT = SITE_PORT + 2;
/** The real-nginx tests run where nginx is installed (.ci/run installs it). */
const nginxInstalled = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'].some((path) => existsSync(path));
if (!nginxInstalled) console.warn('nginx is not installed: skipping the tests that serve the site with nginx (Debian: apt-get install nginx).');
const preview = (port: number) => `node node_modules/astro/bin/astro.mjs preview --ignore-lock --host 127.0.0.1 --port ${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  timeout: 60_000,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    launchOptions: { ...(chromiumPath && { executablePath: chromiumPath }), args: ['--disable-gpu'] },
    trace: 'retain-on-failure',
    // The service worker's offline copy costs each test's fresh browser about 70 downloads, and
    // with it Playwright's 'networkidle' now and then never comes. The specs about offline use,
    // the security policy and clearing stored data allow it (test.use).
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'site', testIgnore: /(subpath|nginx)\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${SITE_PORT}/` } },
    { name: 'subpath', testMatch: /subpath\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${SUBPATH_PORT}/course/` } },
    ...(nginxInstalled ? [{ name: 'nginx', testMatch: /(nginx|csp)\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${NGINX_PORT}/course/` } }] : []),
  ],
  webServer: [
    {
      command: preview(SITE_PORT),
      url: `http://127.0.0.1:${SITE_PORT}/`,
      env: { ASTRO_TELEMETRY_DISABLED: '1' },
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      command: preview(SUBPATH_PORT),
      url: `http://127.0.0.1:${SUBPATH_PORT}/course/`,
      env: { ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: '/course/', OUT_DIR: 'dist-course' },
      reuseExistingServer: false,
      timeout: 180_000,
    },
    ...(nginxInstalled ? [{ command: `bash tests/nginx/serve.sh ${NGINX_PORT}`, url: `http://127.0.0.1:${NGINX_PORT}/course/`, reuseExistingServer: false, timeout: 180_000 }] : []),
  ],
});
