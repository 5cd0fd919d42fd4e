import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../../src/io/download';

describe('safeFileName', () => {
  it('keeps a plain map id as it is', () => {
    expect(safeFileName('healthcare-pioneer-valley.json')).toBe('healthcare-pioneer-valley.json');
  });

  it('replaces path separators and other unsafe characters', () => {
    expect(safeFileName('../../etc/passwd.json')).toBe('etc-passwd.json');
    expect(safeFileName('a b:c?.json')).toBe('a-b-c-.json');
  });

  it('never gives an empty name', () => {
    expect(safeFileName('///')).toBe('pathway-map.json');
  });
});
