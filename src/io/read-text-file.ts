import { MAX_FILE_BYTES } from '../domain/schema/limits';
import { sizeOverLimit } from '../domain/size-words';

export type TextFileResult = { ok: true; text: string } | { ok: false; message: string };

/**
 * Reads a file the user picked as text, for map (JSON) and CSV imports alike. Oversized files are
 * refused before they are read into memory; a file the browser can't read (moved, locked by another
 * program) gets a plain message, never the browser's error name.
 */
export async function readTextFile(file: File, kind: 'a map file' | 'a CSV file'): Promise<TextFileResult> {
  if (file.size > MAX_FILE_BYTES) {
    const words = sizeOverLimit(file.size, MAX_FILE_BYTES);
    return { ok: false, message: `This file is ${words.size}; ${kind} can be at most ${words.limit}.` };
  }
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, message: "The file couldn't be read. If it is open in another program or was moved, choose it again." };
  }
}
