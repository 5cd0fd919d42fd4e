import { spawn, type ChildProcess } from 'node:child_process';
import { chromium } from 'playwright-core';
import { findChromium } from '../e2e/chromium-path';
import { median } from './statistics';

const PORT = 4174;
const BASE_URL = `http://127.0.0.1:${PORT}`;
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Serves the production build (already in dist/) and measures it in real headless Chromium. */
export async function measureInBrowser(runs: number): Promise<Record<string, number>> {
  const server = await startPreviewServer();
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const openToCardsMs: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const page = await browser.newPage();
      await page.goto(`${BASE_URL}/maps/healthcare-pioneer-valley`);
      await page.waitForFunction(() => document.querySelectorAll('.react-flow__node .occupation-card').length >= 11);
      // performance.now() counts from the start of navigation: open → every card drawn.
      openToCardsMs.push(await page.evaluate(() => performance.now()));
      await page.close();
    }
    return { sampleMapOpenToCardsDrawnMs: median(openToCardsMs) };
  } finally {
    await browser.close();
    server.kill();
  }
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
