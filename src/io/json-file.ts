import { parseMap, type ParseResult } from '../domain/parse';
import { readTextFile } from './read-text-file';

/** Reads a map file the user picked, then parses it like any way in. */
export async function readMapFile(file: File): Promise<ParseResult> {
  const read = await readTextFile(file, 'a map file');
  return read.ok ? parseMap(read.text) : { ok: false, errors: [{ path: '', message: read.message }] };
}
