import { describe, expect, it } from 'vitest';
import { readTextFile } from '../../../src/io/read-text-file';

/** A file the browser refuses to read (moved, or locked by another program). */
const unreadable = { name: 'map.json', size: 120, text: () => Promise.reject(new DOMException('The file could not be read', 'NotReadableError')) } as unknown as File;

describe('readTextFile', () => {
  it('reads a file the user picked', async () => {
    const file = new File(['{"title":"Tiny"}'], 'tiny.json');
    expect(await readTextFile(file, 'a map file')).toEqual({ ok: true, text: '{"title":"Tiny"}' });
  });

  it('says in plain words when the file cannot be read, without the browser’s error name', async () => {
    expect(await readTextFile(unreadable, 'a map file')).toEqual({
      ok: false,
      message: "The file couldn't be read. If it is open in another program or was moved, choose it again.",
    });
  });

  it('refuses a file over the size limit before reading it', async () => {
    const huge = { name: 'huge.json', size: 25_000_000, text: () => Promise.reject(new Error('should not be read')) } as unknown as File;
    expect(await readTextFile(huge, 'a map file')).toEqual({ ok: false, message: 'This file is 25 MB; a map file can be at most 20 MB.' });
  });
});
