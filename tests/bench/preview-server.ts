import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import { findChromium } from '../e2e/chromium-path';

export const PORT = 4174;
export const BASE_URL = `http://127.0.0.1:${PORT}`;
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Serves dist/ like `npm start` and opens Debian's Chromium; close() stops both. */
export async function startBrowserBench(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const server = await startPreviewServer();
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  return {
    browser,
    close: async () => {
      await browser.close();
      server.kill();
    },
  };
}

async function startPreviewServer(): Promise<ChildProcess> {
  // Started as node itself (not through npx) so that kill() stops the server and not just a wrapper.
  const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1',
    '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(BASE_URL)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`vite preview did not start on ${BASE_URL}`);
}
