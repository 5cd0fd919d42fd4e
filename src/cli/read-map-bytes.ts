import { readFileSync, statSync } from 'node:fs';
import { MAX_FILE_BYTES } from '../domain/schema/limits';
import { sizeOverLimit } from '../domain/size-words';

/**
 * Reads a file for the validator. Refuses what isn't a regular file (a device could stream forever)
 * and anything far over the size limit, before reading it into memory.
 */
export function readMapBytes(path: string): Uint8Array {
  const stats = statSync(path);
  if (stats.isDirectory()) throw Object.assign(new Error('it is a folder, not a file'), { code: 'EISDIR' });
  if (!stats.isFile()) throw new Error("it isn't a regular file");
  // A little slack: parseMap gives the exact message for files just over the limit.
  if (stats.size > MAX_FILE_BYTES * 2) {
    const words = sizeOverLimit(stats.size, MAX_FILE_BYTES);
    throw new Error(`it is ${words.size}; a map file can be at most ${words.limit}`);
  }
  return readFileSync(path);
}
