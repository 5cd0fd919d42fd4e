import { describe, expect, it } from 'vitest';
import { parseMap } from '../../../src/domain/parse';
import { serializeMap } from '../../../src/domain/serialize';
import { parseData, sampleMap } from './helpers';

/** A v2 file as the app wrote it before the wage figure's key was named `amount`. */
function oldV2File() {
  return {
    schemaVersion: 2,
    id: 'old',
    title: 'Old v2 file',
    occupations: [
      { id: 'cook', title: 'Cook', wage: { statistic: 'mean', median: 32400, unit: 'year', year: 2024 } },
      { id: 'chef', title: 'Chef', wage: { min: 40000, max: 60000, unit: 'year' } },
    ],
    feedback: [
      {
        id: 'f1',
        organization: 'Diner',
        kind: 'correction',
        createdAt: '2026-01-05',
        status: 'open',
        suggestion: { kind: 'set-field', targetId: 'cook', field: 'wage.median', value: 33000 },
      },
    ],
  };
}

describe('the wage figure under its old key, `median`', () => {
  it('opens an old v2 file with the figure as `amount`', () => {
    const result = parseMap(JSON.stringify(oldV2File()));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.map.occupations[0]?.wage).toEqual({ statistic: 'mean', amount: 32400, unit: 'year', year: 2024 });
    expect(result.map.occupations[1]?.wage).toEqual({ min: 40000, max: 60000, unit: 'year' });
    // A session suggestion saved with the old field name still sets the figure.
    expect(result.map.feedback[0]?.suggestion?.field).toBe('wage.amount');
  });

  it('exports `amount` and never `median` as a key', () => {
    const result = parseMap(JSON.stringify(oldV2File()));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const json = serializeMap(result.map);
    expect(json).toContain('"amount": 32400');
    expect(json).not.toContain('"median"');
    expect(json).not.toContain('wage.median');
  });

  it('reads a v1 wage’s `median` as the v2 `amount`', () => {
    const result = parseData(sampleMap());
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.map.schemaVersion).toBe(2);
    expect(result.map.occupations[0]?.wage).toEqual({ min: 17, amount: 19, max: 22, unit: 'hour', sourceId: 'oews' });
  });

  it('keeps `amount` when a file has it, and still checks the figure where it is', () => {
    const file = oldV2File();
    file.occupations[0] = { id: 'cook', title: 'Cook', wage: { statistic: 'mean', median: -5, unit: 'year', year: 2024 } };
    const result = parseMap(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.path).toBe('occupations[0].wage.amount');
  });
});
