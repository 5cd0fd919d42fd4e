import { describe, expect, it } from 'vitest';
import { readMapFile } from '../../../src/io/json-file';

/** A file the browser refuses to read (moved, or locked by another program). */
const unreadable = { name: 'map.json', size: 120, text: () => Promise.reject(new DOMException('The file could not be read', 'NotReadableError')) } as unknown as File;

describe('readMapFile', () => {
  it('parses a map file the user picked', async () => {
    const file = new File([JSON.stringify({ schemaVersion: 1, title: 'Tiny', occupations: [{ id: 'a', title: 'A' }] })], 'tiny.json');
    expect(await readMapFile(file)).toMatchObject({ ok: true, map: { title: 'Tiny' } });
  });

  it('says in plain words when the file cannot be read, without the browser’s error name', async () => {
    const result = await readMapFile(unreadable);
    expect(result).toEqual({
      ok: false,
      errors: [{ path: '', message: "The file couldn't be read. If it is open in another program or was moved, choose it again." }],
    });
  });

  it('refuses a file over the size limit before reading it', async () => {
    const huge = { name: 'huge.json', size: 25_000_000, text: () => Promise.reject(new Error('should not be read')) } as unknown as File;
    expect(await readMapFile(huge)).toEqual({ ok: false, errors: [{ path: '', message: 'This file is 25 MB; a map file can be at most 20 MB.' }] });
  });
});
