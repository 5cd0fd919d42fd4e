import { describe, expect, it } from 'vitest';
import { sourceRemovalRefusal } from '../../../../src/domain/commands/sources';
import { errorsOf, parseData, sampleMap, warningsOf } from '../helpers';

describe('parseMap: sources', () => {
  it('reports a citation naming no source, with where it is', () => {
    const data: ReturnType<typeof sampleMap> = { ...sampleMap(), schemaVersion: 2 };
    data.sources = [{ id: 'oews', label: 'OEWS May 2024' }, { id: 'ooh', label: 'Occupational Outlook Handbook' }];
    delete data.transitions[0]!.requirements; // a v1 list
    data.steps = [{ id: 'cert', kind: 'credential', credentialType: 'license', title: 'License', sourceIds: ['ooh', 'gone'] }];
    data.transitions[0]!.sourceIds = ['nowhere'];
    data.transitions[1]!.requirements = {
      type: 'any',
      of: [{ type: 'other', text: 'A year on the job' }, { type: 'exam', sourceIds: ['lost'] }],
    };
    const result = parseData(data);
    expect(result.ok).toBe(true); // a dangling citation loses a detail, not the map
    expect(warningsOf(result)).toEqual([
      'steps[0].sourceIds[1]: names the source "gone", which isn\'t in sources',
      'transitions[0].sourceIds[0]: names the source "nowhere", which isn\'t in sources',
      'transitions[1].requirements.of[1].sourceIds[0]: names the source "lost", which isn\'t in sources',
    ]);
  });

  it('reports a training program citing no source, with its place, and takes one citing a listed source', () => {
    const data = sampleMap();
    data.occupations[0]!.training = [
      { name: 'CNA course', capacity: 40, completions: 31, year: 2024, sourceId: 'oews' },
      { name: 'Evening CNA course', completions: 12, year: 2024, sourceId: 'college-report' },
    ];
    const result = parseData(data);
    expect(warningsOf(result)).toEqual([
      'occupations[0].training[1].sourceId: names the source "college-report", which isn\'t in sources',
    ]);
  });

  it('reports an earlier wage citing no source, with its place; a source an earlier wage cites cannot be removed', () => {
    const data = sampleMap();
    data.occupations[0]!.wageHistory = [
      { amount: 30000, unit: 'year', statistic: 'mean', year: 2019, sourceId: 'oews', replacedOn: '2026-12-07' },
      { amount: 29000, unit: 'year', statistic: 'mean', year: 2018, sourceId: 'bls-2018', replacedOn: '2026-12-06' },
    ];
    const result = parseData(data);
    expect(warningsOf(result)).toEqual(['occupations[0].wageHistory[1].sourceId: names the source "bls-2018", which isn\'t in sources']);
    if (!result.ok) throw new Error('the map should parse');
    // The card's current wage stops citing OEWS: the earlier wage still does, so OEWS stays.
    const map = { ...result.map, occupations: result.map.occupations.map((occupation, index) => (index === 0 ? { ...occupation, wage: undefined } : occupation)) };
    expect(sourceRemovalRefusal(map, 'oews')).toContain('Earlier wage of Nursing Assistant');
  });

  it('refuses a training program year that is not a year', () => {
    const data = sampleMap();
    data.occupations[0]!.training = [{ name: 'CNA course', completions: 31, year: 24.5 }];
    expect(errorsOf(parseData(data))[0]).toMatch(/^occupations\[0\]\.training\[0\]\.year: /);
  });

  it('takes a source with publisher, date retrieved and notes, and refuses an address that is not a web page', () => {
    const data = sampleMap();
    data.sources = [
      { id: 'oews', label: 'OEWS May 2024' },
      { id: 'ooh', label: 'OOH', publisher: 'BLS', url: 'https://www.bls.gov/ooh/', retrieved: '2026-12-07', notes: 'U.S. medians' },
      { id: 'mail', label: 'Ask us', url: 'mailto:data@example.org' },
    ];
    expect(errorsOf(parseData(data))).toEqual(['sources[2].url: must be a web address starting with https:// or http://, not "mailto:data@example.org"']);
  });
});
