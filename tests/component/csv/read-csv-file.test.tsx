import { describe, expect, it, vi } from 'vitest';
import { readCsvFile } from '../../../src/io/csv-file';

// In the component project because File and Blob.text() are the browser's (jsdom's here).
describe('readCsvFile', () => {
  it('reads a picked file into headers and rows, without its byte-order mark', async () => {
    const file = new File(['\uFEFFtitle,soc\nNurse,29-1141\n'], 'sheet.csv', { type: 'text/csv' });
    expect(await readCsvFile(file, 'occupations')).toEqual({ headers: ['title', 'soc'], rows: [{ row: 2, cells: ['Nurse', '29-1141'] }] });
  });

  it('refuses a file over 20 MB without reading it', async () => {
    const text = vi.fn();
    const file = { name: 'huge.csv', size: 25_000_000, text } as unknown as File;
    expect(await readCsvFile(file, 'occupations')).toEqual({ error: 'This file is 25 MB; a CSV file can be at most 20 MB.' });
    expect(text).not.toHaveBeenCalled();
  });

  it('says what to do when the file can’t be read', async () => {
    const file = { name: 'gone.csv', size: 10, text: () => Promise.reject(new Error('NotReadableError')) } as unknown as File;
    expect(await readCsvFile(file, 'transitions')).toEqual({ error: "The file couldn't be read. If it is open in another program or was moved, choose it again." });
  });

  it('passes on the reason a text isn’t a sheet', async () => {
    const file = new File(['title\n' + 'x\n'.repeat(5_001)], 'long.csv');
    expect(await readCsvFile(file, 'occupations')).toEqual({ error: 'The occupations sheet has 5,001 rows; a map can have at most 5,000 occupations.' });
  });
});
