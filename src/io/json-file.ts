import { parseMap, type ParseResult } from '../domain/parse';
import { MAX_FILE_BYTES } from '../domain/schema/limits';

/** Reads a map file the user picked. Oversized files are refused before they are read into memory. */
export async function readMapFile(file: File): Promise<ParseResult> {
  if (file.size > MAX_FILE_BYTES) {
    const megabytes = (file.size / 1_000_000).toFixed(1);
    return {
      ok: false,
      errors: [{ path: '', message: `This file is ${megabytes} MB; a map file can be at most ${MAX_FILE_BYTES / 1_000_000} MB.` }],
    };
  }
  return parseMap(await file.text());
}
