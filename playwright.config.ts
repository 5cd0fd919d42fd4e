import { defineConfig } from '@playwright/test';
import { findChromium } from './tests/e2e/chromium-path';

// E2E_PORT and E2E_OUT_DIR let several checkouts (or helpers) run the e2e tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const OUT_DIR = process.env.E2E_OUT_DIR ?? 'dist';
// E2E_CPU_THROTTLE=4 runs Chromium as on a machine four times slower (tests/e2e/support/test.ts):
// the time limits stretch with it, so what a throttled run finds is waiting on time, not slowness.
const CPU_THROTTLE = Math.max(1, Number(process.env.E2E_CPU_THROTTLE ?? 1));

export default defineConfig({
  testDir: 'tests/e2e',
  // Runs side by side (E2E_OUT_DIR) keep their traces apart: each run empties its output folder first.
  outputDir: process.env.E2E_OUT_DIR ? `test-results-${process.env.E2E_OUT_DIR}` : 'test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  // A whole flow takes up to ~25 s on a quiet 2-core machine; the budget leaves room (DECISIONS §18).
  timeout: 60_000 * CPU_THROTTLE,
  expect: { timeout: 5_000 * CPU_THROTTLE },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: findChromium(),
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  // The tests run against the production build, served the way `npm start` serves it.
  webServer: {
    command: `npx vite build --outDir ${OUT_DIR} --emptyOutDir && npx vite preview --outDir ${OUT_DIR} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
  },
});
