import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzip size of the JS the browser loads before the first page appears (entry + modulepreloads). */
export function initialJsGzipKb(distDir: string): number {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
  const bytes = scripts.reduce((total, file) => total + gzipSync(readFileSync(join(distDir, file))).length, 0);
  return Math.round(bytes / 102.4) / 10;
}
