import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../src/domain/commands/apply-command';
import { mergeHiringEvents } from '../../../../src/domain/commands/hiring-events';
import { parseCsvText, type CsvTable } from '../../../../src/domain/csv/csv-text';
import { hiringEventsToCsv, readHiringEventsSheet } from '../../../../src/domain/csv/hiring-events-sheet';
import { PathwayMap } from '../../../../src/domain/schema/map';

const map = PathwayMap.parse({
  schemaVersion: 2,
  id: 'nursing',
  title: 'Nursing',
  sources: [{ id: 'news', label: 'Springfield Republican' }],
  occupations: [
    { id: 'cna', title: 'Nursing Assistant' },
    { id: 'rn', title: 'Registered Nurse' },
  ],
  hiringEvents: [
    { id: 'mercy', date: '2025-01-05', employer: '=HYPERLINK("x")', kind: 'layoff', occupationIds: ['cna', 'rn'], sourceId: 'news', note: 'Unit closed' },
    { id: 'holyoke', date: '2026-03-01', employer: 'Holyoke Medical', kind: 'expansion', jobs: 40 },
  ],
});

function table(text: string): CsvTable {
  const parsed = parseCsvText(text, 'transitions');
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.table;
}

describe('the hiring events sheet', () => {
  it('writes the documented columns, occupations as "id; id", unknown jobs blank and formulas neutralised', () => {
    expect(hiringEventsToCsv(map).split('\r\n')).toEqual([
      'id,date,kind,employer,jobs,occupations,sourceId,note',
      `mercy,2025-01-05,layoff,"'=HYPERLINK(""x"")",,cna; rn,news,Unit closed`,
      'holyoke,2026-03-01,expansion,Holyoke Medical,40,,,',
      '',
    ]);
  });

  it('reads its own export back to the same events', () => {
    const reading = readHiringEventsSheet(table(hiringEventsToCsv(map)), map);
    expect(reading).toEqual({ ok: true, events: map.hiringEvents });
  });

  it('reads kinds in words, occupations by title, and makes an id when none is given', () => {
    const reading = readHiringEventsSheet(table('date,Kind,Employer,Jobs,Occupations\n2026-04-01,Lay-off,Baystate,"1,200",registered nurse; cna\n'), map);
    expect(reading).toEqual({
      ok: true,
      events: [{ id: 'baystate-2026-04-01', date: '2026-04-01', kind: 'layoff', employer: 'Baystate', jobs: 1200, occupationIds: ['rn', 'cna'] }],
    });
  });

  it('reports every bad cell with its row and column, and reads nothing', () => {
    const reading = readHiringEventsSheet(
      table(
        [
          'id,date,kind,employer,jobs,occupations,sourceId',
          'a,2026-01-01,expansion,Acme,-4,cna,news',
          'b,March 2026,closure,,12,Welder,nowhere',
          'a,2026-02-01,other,Acme,,,',
        ].join('\n'),
      ),
      map,
    );
    expect(reading).toEqual({
      ok: false,
      issues: [
        { row: 2, column: 'jobs', message: 'must be a whole number of jobs, or blank when not known, not "-4"' },
        { row: 3, column: 'kind', message: 'must be expansion, relocation, layoff or other, not "closure"' },
        { row: 3, column: 'occupations', message: 'names "Welder", which isn\'t an occupation\'s id or title on this map' },
        { row: 3, column: 'sourceId', message: 'names the source "nowhere", which isn\'t in the map\'s sources' },
        { row: 3, column: 'date', message: expect.stringMatching(/^must be a date like 2024-05-01/) },
        { row: 3, column: 'employer', message: expect.any(String) },
        { row: 4, column: 'id', message: '"a" is already used by an earlier row' },
      ],
    });
  });

  it('says which required column the header row lacks', () => {
    expect(readHiringEventsSheet(table('date,employer\n2026-01-01,Acme\n'), map)).toEqual({
      ok: false,
      issues: [{ row: 1, column: 'kind', message: 'is missing: the header row needs a column headed "kind"' }],
    });
  });

  it('merges read events into the map: a known id replaces its event in place, the others are added', () => {
    const incoming = [
      { id: 'holyoke', date: '2026-03-01', employer: 'Holyoke Medical', kind: 'expansion' as const, jobs: 45 },
      { id: 'new', date: '2026-05-01', employer: 'Acme', kind: 'other' as const },
    ];
    const { map: merged, result } = applyCommand(map, (draft) => mergeHiringEvents(draft, incoming));
    expect(result).toEqual({ added: 1, replaced: 1 });
    expect(merged.hiringEvents.map((event) => [event.id, event.jobs])).toEqual([['mercy', undefined], ['holyoke', 45], ['new', undefined]]);
  });
});
