import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../src/domain/commands/apply-command';
import { editSources, type SourceEdit } from '../../../../src/domain/commands/sources';
import { PathwayMap } from '../../../../src/domain/schema/map';
import { citationsOf } from '../../../../src/domain/sources/citations';

const OOH = { id: 'ooh', label: 'Occupational Outlook Handbook', publisher: 'U.S. Bureau of Labor Statistics', url: 'https://www.bls.gov/ooh/' };
const nursing = () =>
  PathwayMap.parse({
    schemaVersion: 2,
    id: 'nursing',
    title: 'Nursing',
    sources: [OOH, { id: 'regs', label: 'Massachusetts regulations' }],
    occupations: [
      { id: 'cna', title: 'Nursing Assistant', wage: { amount: 38000, unit: 'year', sourceId: 'ooh' } },
      { id: 'rn', title: 'Registered Nurse', labor: { employment: 100, sourceId: 'ooh' } },
    ],
    steps: [{ id: 'nclex', kind: 'credential', credentialType: 'license', title: 'NCLEX-RN', sourceIds: ['regs'] }],
    transitions: [
      {
        id: 'cna-rn',
        from: 'cna',
        to: 'rn',
        requirements: { type: 'all', of: [{ type: 'license', text: 'Pass the NCLEX-RN', sourceIds: ['ooh'] }] },
      },
    ],
  });

const edit = (map: PathwayMap, change: SourceEdit) => applyCommand(map, (draft) => editSources(draft, change));

describe("the map's sources", () => {
  it('adds a source with a readable id and only the fields given', () => {
    const { map, result } = edit(nursing(), {
      op: 'add',
      source: { label: 'OEWS May 2024', publisher: 'BLS', url: 'https://www.bls.gov/oes/', retrieved: '2026-12-07', notes: undefined },
    });
    expect(result).toEqual({ ok: true, id: 'oews-may-2024' });
    expect(map.sources.at(-1)).toEqual({ id: 'oews-may-2024', label: 'OEWS May 2024', publisher: 'BLS', url: 'https://www.bls.gov/oes/', retrieved: '2026-12-07' });
    expect(PathwayMap.safeParse(map).success).toBe(true);
  });

  it('edits fields and clears one, keeping the id its citations name', () => {
    let { map } = edit(nursing(), { op: 'update', id: 'ooh', patch: { label: 'OOH 2024', notes: 'U.S. medians' } });
    map = edit(map, { op: 'update', id: 'ooh', patch: { publisher: undefined } }).map;
    expect(map.sources[0]).toEqual({ id: 'ooh', label: 'OOH 2024', url: 'https://www.bls.gov/ooh/', notes: 'U.S. medians' });
    expect(map.occupations[0]?.wage?.sourceId).toBe('ooh');
  });

  it('refuses an empty title', () => {
    const before = nursing();
    const { map, result } = edit(before, { op: 'update', id: 'ooh', patch: { label: '  ' } });
    expect(result).toEqual({ ok: false, reason: 'A source needs a title.' });
    expect(map).toBe(before);
  });

  it('tells where a source is cited: wages, labor figures, cards, and requirement items', () => {
    expect(citationsOf(nursing(), 'ooh')).toEqual([
      { sourceId: 'ooh', path: 'occupations[0].wage.sourceId', where: 'Wage of Nursing Assistant' },
      { sourceId: 'ooh', path: 'occupations[1].labor.sourceId', where: 'Labor figures of Registered Nurse' },
      {
        sourceId: 'ooh',
        path: 'transitions[0].requirements.of[0].sourceIds[0]',
        where: 'Requirement of Move Nursing Assistant → Registered Nurse: Pass the NCLEX-RN',
      },
    ]);
    expect(citationsOf(nursing(), 'regs')).toEqual([{ sourceId: 'regs', path: 'steps[0].sourceIds[0]', where: 'NCLEX-RN' }]);
  });

  it('refuses to remove a cited source, saying where it is cited, and removes it once uncited', () => {
    const before = nursing();
    const refused = edit(before, { op: 'remove', id: 'regs' });
    expect(refused.result).toEqual({
      ok: false,
      reason: '“Massachusetts regulations” can\'t be removed: it is cited once (NCLEX-RN). Remove those citations first.',
    });
    expect(refused.map).toBe(before);
    const uncited = applyCommand(before, (draft) => {
      delete draft.steps[0]!.sourceIds;
    }).map;
    const removed = edit(uncited, { op: 'remove', id: 'regs' }).map;
    expect(removed.sources.map((source) => source.id)).toEqual(['ooh']);
  });
});
