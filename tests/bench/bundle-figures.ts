import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipKb = (path: string) => Math.round(gzipSync(readFileSync(path)).length / 102.4) / 10;

/** Gzip size of the JS the browser loads before the first page appears (entry + modulepreloads). */
export function initialJsGzipKb(distDir: string): number {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
  return Math.round(scripts.reduce((total, file) => total + gzipKb(join(distDir, file)), 0) * 10) / 10;
}

/** Gzip size of the elk worker chunk, loaded only when a layout is first asked for. */
export function layoutChunkGzipKb(distDir: string): number {
  const worker = readdirSync(join(distDir, 'assets')).find((file) => file.startsWith('elk.worker') && file.endsWith('.js'));
  if (!worker) throw new Error('the build has no elk worker chunk');
  return gzipKb(join(distDir, 'assets', worker));
}
