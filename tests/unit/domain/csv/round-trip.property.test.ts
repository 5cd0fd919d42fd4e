import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OCCUPATION_COLUMNS, TRANSITION_COLUMNS } from '../../../../src/domain/csv/columns';
import { parseCsvText } from '../../../../src/domain/csv/csv-text';
import { occupationsToCsv, transitionsToCsv } from '../../../../src/domain/csv/map-to-rows';
import { formatRowIssue } from '../../../../src/domain/csv/row-issue';
import { rowsToMap } from '../../../../src/domain/csv/rows-to-map';
import type { PathwayMap } from '../../../../src/domain/schema/map';
import { csvMap } from './csv-arbitraries';

function table(text: string, sheet: 'occupations' | 'transitions') {
  const result = parseCsvText(text, sheet);
  if (!result.ok) throw new Error(result.error);
  return result.table;
}

/** What the sheets carry: groups are written by label, so compare labels, not the ids made from them. */
function carried(map: PathwayMap) {
  const labels = new Map(map.groups.map((group) => [group.id, group.label]));
  const byLabel = <T extends { groupId?: string | undefined }>({ groupId, ...card }: T) => ({ ...card, group: groupId && labels.get(groupId) });
  return {
    levels: map.levels,
    occupations: map.occupations.map(byLabel),
    steps: map.steps.map(byLabel),
    transitions: map.transitions,
  };
}

describe('CSV round trip, for generated maps', () => {
  it('map → CSV → map gives back the same levels, occupations, step cards and transitions', () => {
    fc.assert(
      fc.property(csvMap, (map) => {
        const result = rowsToMap({
          occupationRows: table(occupationsToCsv(map), 'occupations'),
          transitionRows: table(transitionsToCsv(map), 'transitions'),
        });
        if (!result.ok) throw new Error(result.rowIssues.map(formatRowIssue).join('\n'));
        expect(carried(result.map)).toEqual(carried(map));
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('rowsToMap never throws, whatever the cells hold', () => {
    const cell = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom('', 'yes', '-1', '1e400', '$5', 'a; b', 'license: x', '=1', '29-1141', 'credential', 'program', 'experience', 'Term 1; Term 2', 'entry', '@x', '[1]'));
    const headers = (keys: string[]) => fc.shuffledSubarray(keys, { minLength: 1 });
    const sheet = (keys: string[]) =>
      headers(keys).chain((names) =>
        fc
          .array(fc.array(cell, { minLength: names.length, maxLength: names.length + 1 }), { maxLength: 5 })
          .map((rows) => ({ headers: names, rows: rows.map((cells, index) => ({ row: index + 2, cells })) })),
      );
    fc.assert(
      fc.property(sheet(['title', 'kind', ...OCCUPATION_COLUMNS.map((c) => c.key)]), sheet(TRANSITION_COLUMNS.map((c) => c.key)), (occupationRows, transitionRows) => {
        expect(typeof rowsToMap({ occupationRows, transitionRows }).ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});
