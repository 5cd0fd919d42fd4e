import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../src/domain/commands/apply-command';
import { removeElements } from '../../../../src/domain/commands/remove';
import { OCCUPATION_COLUMNS, TRANSITION_COLUMNS } from '../../../../src/domain/csv/columns';
import { parseCsvText } from '../../../../src/domain/csv/csv-text';
import { occupationsToCsv, transitionsToCsv } from '../../../../src/domain/csv/map-to-rows';
import { rowsToMap } from '../../../../src/domain/csv/rows-to-map';
import { parseMap } from '../../../../src/domain/parse';
import { DEFAULT_LEVELS } from '../../../../src/domain/schema/level';

const read = (path: string) => readFileSync(new URL(`../../../../${path}`, import.meta.url), 'utf8');
const occupationsTemplate = read('public/templates/occupations-template.csv');
const transitionsTemplate = read('public/templates/transitions-template.csv');

function table(text: string, sheet: 'occupations' | 'transitions') {
  const result = parseCsvText(text, sheet);
  if (!result.ok) throw new Error(result.error);
  return result.table;
}

/**
 * The sample cut down to its nursing ladder: CNA, LPN and RN, the step cards on the way (the CNA
 * certificate, the PN program, the NCLEX-PN and NCLEX-RN licenses) and the moves between them. The
 * other cards are removed as the editor removes them: a requirement that pointed at one keeps its
 * words and its type, without the card id.
 */
function sampleNursingLadder() {
  const sample = parseMap(read('fixtures/healthcare-pioneer-valley.json'));
  if (!sample.ok) throw new Error('the sample map should parse');
  const ids = new Set(['cna', 'lpn', 'rn', 'cna-certificate', 'pn-program', 'nclex-pn', 'nclex-rn']);
  const others = [...sample.map.occupations, ...sample.map.steps].flatMap((card) => (ids.has(card.id) ? [] : [card.id]));
  return applyCommand(sample.map, (draft) => removeElements(draft, others)).map;
}

describe('the CSV templates', () => {
  it('have every documented column, in order', () => {
    expect(table(occupationsTemplate, 'occupations').headers).toEqual(OCCUPATION_COLUMNS.map((column) => column.key));
    expect(table(transitionsTemplate, 'transitions').headers).toEqual(TRANSITION_COLUMNS.map((column) => column.key));
  });

  it('import as a valid map: CNA, LPN and RN, the credentials and program on the way, and the moves between them', () => {
    const result = rowsToMap({ occupationRows: table(occupationsTemplate, 'occupations'), transitionRows: table(transitionsTemplate, 'transitions') });
    if (!result.ok) throw new Error(JSON.stringify(result.rowIssues));
    expect(result.rowIssues).toEqual([]);
    expect(result.map.occupations.map((occupation) => occupation.title)).toEqual(['Nursing Assistant (CNA)', 'Licensed Practical Nurse (LPN)', 'Registered Nurse (RN)']);
    expect(result.map.steps.map((step) => [step.kind, step.title])).toEqual([
      ['credential', 'CNA certificate'],
      ['program', 'Approved practical nursing (PN) program'],
      ['credential', 'NCLEX-PN'],
      ['credential', 'NCLEX-RN'],
    ]);
    expect(result.map.levels).toEqual(DEFAULT_LEVELS);
    expect(result.map.transitions.map((move) => [move.from, move.to])).toEqual([
      ['cna', 'lpn'],
      ['lpn', 'rn'],
      ['cna-certificate', 'cna'],
      ['pn-program', 'nclex-pn'],
      ['nclex-pn', 'lpn'],
      ['nclex-rn', 'rn'],
    ]);
    expect(result.map.groups).toEqual([{ id: 'nursing-and-direct-care', label: 'Nursing and direct care', color: '#2f6fb0' }]);
  });

  it('hold only the sample map’s own figures: they are its export, byte for byte', () => {
    const ladder = sampleNursingLadder();
    expect(occupationsTemplate).toBe(occupationsToCsv(ladder));
    expect(transitionsTemplate).toBe(transitionsToCsv(ladder));
  });
});
