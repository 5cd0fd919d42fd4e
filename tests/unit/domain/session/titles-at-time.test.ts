import { describe, expect, it } from 'vitest';
import type { PathwayMap, Suggestion } from '../../../../src/domain/schema/map';
import { sessionSummaryCsv } from '../../../../src/domain/session/summary-csv';
import { sessionSummaryMarkdown } from '../../../../src/domain/session/summary-markdown';
import { acceptSuggestion, describeSuggestion, suggestChange } from '../../../../src/domain/session/suggestions';
import { healthcare, LATER, NOW, okMap } from './session-fixture';

function suggest(map: PathwayMap, suggestion: Suggestion): PathwayMap {
  return okMap(suggestChange(map, { organization: 'Valley Aerospace', author: 'Dev Patel', suggestion }, NOW));
}

describe('a record keeps the titles as they were said', () => {
  it('an accepted rename keeps the old title in its own record, with the new one beside it', () => {
    let map = suggest(healthcare(), { kind: 'set-field', targetId: 'cna', field: 'title', value: 'Certified Nursing Assistant' });
    map = suggest(map, { kind: 'add-transition', from: 'cna', to: 'rn' });
    map = okMap(acceptSuggestion(map, 'fb-correction', LATER));
    const [rename, move] = map.feedback;
    expect(describeSuggestion(map, rename!.suggestion!, rename)).toBe(
      'Set the title of Nursing Assistant (CNA) (now: Certified Nursing Assistant) to "Certified Nursing Assistant"',
    );
    expect(describeSuggestion(map, move!.suggestion!, move)).toBe(
      'Add a move from Nursing Assistant (CNA) (now: Certified Nursing Assistant) to Registered Nurse (RN)',
    );
    expect(sessionSummaryMarkdown(map, LATER)).toContain('Nursing Assistant (CNA) (now: Certified Nursing Assistant)');
  });

  it('a record made before titles were kept reads as it always did', () => {
    const map = suggest(healthcare(), { kind: 'add-transition', from: 'cna', to: 'rn' });
    const [item] = map.feedback;
    expect(describeSuggestion(map, item!.suggestion!, { titlesAtTime: undefined })).toBe(
      'Add a move from Nursing Assistant (CNA) to Registered Nurse (RN)',
    );
  });

  it('the CSV names each suggestion by its kind, not "Correction" for all', () => {
    const map = suggest(healthcare(), { kind: 'add-transition', from: 'cna', to: 'rn' });
    const row = sessionSummaryCsv(map).split('\r\n').find((line) => line.startsWith('Suggested change'));
    expect(row).toContain(',Add a move,');
    expect(row).not.toContain('Correction');
  });
});
