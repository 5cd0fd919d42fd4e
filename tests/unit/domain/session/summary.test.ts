import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { markdownText } from '../../../../src/domain/session/markdown-text';
import { addOrganization } from '../../../../src/domain/session/organizations';
import { addRemark } from '../../../../src/domain/session/remarks';
import { acceptSuggestion, dismissSuggestion, suggestChange } from '../../../../src/domain/session/suggestions';
import { sessionSummaryCsv, sessionSummaryMarkdown, SUMMARY_CSV_HEADERS } from '../../../../src/domain/session/summary';
import { markValidated } from '../../../../src/domain/session/validation';
import { castCriticalVote } from '../../../../src/domain/session/votes';
import { applyCommand } from '../../../../src/domain/commands/apply-command';
import { updateOccupation } from '../../../../src/domain/commands/occupations';
import type { PathwayMap } from '../../../../src/domain/schema/map';
import { healthcare, okMap } from './session-fixture';

const AT = '2026-11-23T09:00:00Z';
const DECIDED = '2026-11-24T10:00:00Z';

/** A session: three organizations (one silent), votes, remarks, three suggestions (one per status), a validation. */
function session(): PathwayMap {
  let map = okMap(addOrganization(healthcare(), 'Holyoke Medical Center', AT));
  const vote = (organization: string, occupationId: string, author?: string) => {
    map = okMap(castCriticalVote(map, { organization, author, occupationId }, AT));
  };
  vote('Baystate Health', 'rn', 'Dana Ruiz');
  vote('Mercy Medical Center', 'rn');
  vote('Mercy Medical Center', 'emt');
  vote('Baystate Health', 'lpn');
  const remark = (kind: Parameters<typeof addRemark>[1]['kind'], targetId: string | undefined, text: string, author?: string) => {
    map = okMap(addRemark(map, { organization: 'Mercy Medical Center', author, kind, targetId, text }, AT));
  };
  remark('skill-gap', 'cna', 'Charting in Epic', 'Lee');
  remark('skill-gap', 'cna', '=HYPERLINK("http://evil.example","click")');
  remark('why-critical', 'rn', 'Half our openings are RNs');
  remark('movement', 'cna-to-lpn', 'Tuition help after a year');
  remark('comment', undefined, 'Add home health aides');
  const suggest = (suggestion: Parameters<typeof suggestChange>[1]['suggestion']) => {
    map = okMap(suggestChange(map, { organization: 'Baystate Health', suggestion }, AT));
  };
  suggest({ kind: 'add-transition', from: 'cna', to: 'rn' });
  suggest({ kind: 'set-field', targetId: 'medical-assistant', field: 'wage.amount', value: 21.5, unit: 'hour' });
  suggest({ kind: 'remove-transition', transitionId: 'cna-to-medical-assistant' });
  map = okMap(acceptSuggestion(map, 'fb-correction', DECIDED));
  map = dismissSuggestion(map, 'fb-correction-3', DECIDED);
  return okMap(markValidated(map, ['Baystate Health', 'Mercy Medical Center', 'Holyoke Medical Center'], DECIDED));
}

describe('the session summary in Markdown', () => {
  const markdown = sessionSummaryMarkdown(session(), '2026-11-25T08:00:00Z');
  const lines = markdown.split('\n');

  it('opens with the map, its region and the date it was printed', () => {
    expect(lines.slice(0, 5)).toEqual([
      '# Session summary: Healthcare careers in the Pioneer Valley',
      '',
      'Pioneer Valley, MA · Healthcare and Social Assistance',
      '',
      'Printed on 25 November 2026.',
    ]);
  });

  it('lists the organizations present, the silent one too, and the validation', () => {
    expect(markdown).toContain(
      '## Organizations present (3)\n\n- Holyoke Medical Center\n- Baystate Health\n- Mercy Medical Center\n',
    );
    expect(markdown).toContain(
      '## Validation\n\nValidated by 3 employers on 24 November 2026: Baystate Health, Mercy Medical Center and Holyoke Medical Center.\n',
    );
  });

  it('ranks the critical occupations by group, with who voted', () => {
    expect(markdown).toContain(
      [
        '### Nursing and direct care (3 votes)',
        '',
        '1. Registered Nurse (RN): 2 votes (Baystate Health and Mercy Medical Center)',
        '2. Licensed Practical Nurse (LPN): 1 vote (Baystate Health)',
        '',
        '### Emergency medical services (1 vote)',
        '',
        '1. Emergency Medical Technician (EMT): 1 vote (Mercy Medical Center)',
      ].join('\n'),
    );
  });

  it('calls out skill gaps by occupation, and gives other remarks by occupation and kind, with who said them', () => {
    expect(markdown).toContain('## Skill gaps by occupation\n\n### Nursing Assistant (CNA)\n\n- Charting in Epic (Mercy Medical Center, Lee)\n');
    expect(markdown).toContain('### Registered Nurse (RN)\n\n**Why critical**\n\n- Half our openings are RNs (Mercy Medical Center)');
    expect(markdown).toContain(
      '### Nursing Assistant (CNA) → Licensed Practical Nurse (LPN)\n\n**How people move in and out**\n\n- Tuition help after a year (Mercy Medical Center)',
    );
    expect(markdown).toContain('### The whole map\n\n**Comment**\n\n- Add home health aides (Mercy Medical Center)');
    expect(markdown.split('## Remarks by occupation')[1]).not.toContain('Charting in Epic');
  });

  it('lists every suggestion with its status and decision date', () => {
    expect(lines).toContain(
      '- Add a move from Nursing Assistant (CNA) to Registered Nurse (RN). **Accepted on 24 November 2026.** Suggested by Baystate Health on 23 November 2026.',
    );
    expect(lines).toContain('- Set the wage figure of Medical Assistant to $21.50 an hour. **Pending.** Suggested by Baystate Health on 23 November 2026.');
    expect(lines).toContain(
      '- Remove the move from Nursing Assistant (CNA) to Medical Assistant. **Dismissed on 24 November 2026.** Suggested by Baystate Health on 23 November 2026.',
    );
  });

  it('says so where nothing was recorded yet', () => {
    const empty = sessionSummaryMarkdown(healthcare(), '2026-11-25');
    for (const line of ['No organizations recorded yet.', 'Not validated yet.', 'No critical votes yet.', 'No skill gaps recorded.', 'No changes suggested.']) {
      expect(empty.split('\n')).toContain(line);
    }
  });

  it('keeps map text from breaking the document’s structure', () => {
    let map = applyCommand(healthcare(), (draft) => updateOccupation(draft, 'rn', { title: '# Nurse\n- <b>RN</b> *' })).map;
    map = okMap(castCriticalVote(map, { organization: '1. Mercy', occupationId: 'rn' }, AT));
    map = okMap(addRemark(map, { organization: 'Mercy', kind: 'skill-gap', targetId: 'rn', text: 'Line one\n\n## Not a heading\n> quote' }, AT));
    const out = sessionSummaryMarkdown(map, AT).split('\n');
    expect(out).toContain('1. \\# Nurse - \\<b\\>RN\\</b\\> \\*: 1 vote (1\\. Mercy)');
    expect(out).toContain('### \\# Nurse - \\<b\\>RN\\</b\\> \\*');
    expect(out).toContain('- Line one \\#\\# Not a heading \\> quote (Mercy)');
    expect(out.filter((line) => line.startsWith('#')).every((line) => /^#{1,3} [^#]/.test(line))).toBe(true);
  });
});

describe('Markdown text', () => {
  it('escapes what would start structure, and leaves ordinary text readable', () => {
    expect(markdownText('Registered Nurse (RN)')).toBe('Registered Nurse (RN)');
    expect(markdownText('- not a bullet')).toBe('\\- not a bullet');
    expect(markdownText('+ 2')).toBe('\\+ 2');
    expect(markdownText('2026. A year')).toBe('2026\\. A year');
    expect(markdownText('[link](javascript:alert(1))')).toBe('\\[link\\](javascript:alert(1))');
    expect(markdownText('a_b `code` ~~x~~ | y')).toBe('a\\_b \\`code\\` \\~\\~x\\~\\~ \\| y');
    expect(markdownText('&lt; & more')).toBe('\\&lt; & more');
    expect(markdownText('back\\slash')).toBe('back\\\\slash');
    expect(markdownText('a\r\n\tb\u2028c')).toBe('a b c');
    expect(markdownText('evil\u202Eright')).toBe('evil\\\\u202eright');
  });
});

describe('the session summary as CSV', () => {
  const csv = sessionSummaryCsv(session());
  const rows = Papa.parse<string[]>(csv.trimEnd(), { newline: '\r\n' }).data;
  const find = (section: string, predicate: (row: Record<string, string>) => boolean) =>
    rows
      .slice(1)
      .map((row) => Object.fromEntries(SUMMARY_CSV_HEADERS.map((header, index) => [header, row[index] ?? ''])))
      .filter((row) => row.section === section && predicate(row));

  it('is one sheet with a header row and CRLF line ends', () => {
    expect(csv.startsWith('section,group,occupation,organization,author,kind,text,change,votes,status,date,decided\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(rows.every((row) => row.length === SUMMARY_CSV_HEADERS.length)).toBe(true);
  });

  it('lists the organizations present and which validated the map', () => {
    expect(find('Organization present', () => true).map((row) => [row.organization, row.status, row.date])).toEqual([
      ['Holyoke Medical Center', 'Validated the map', '2026-11-24'],
      ['Baystate Health', 'Validated the map', '2026-11-24'],
      ['Mercy Medical Center', 'Validated the map', '2026-11-24'],
    ]);
  });

  it('gives the critical ranking with group, votes and voters', () => {
    expect(find('Critical ranking', () => true).map((row) => [row.group, row.occupation, row.votes, row.organization])).toEqual([
      ['Nursing and direct care', 'Registered Nurse (RN)', '2', 'Baystate Health; Mercy Medical Center'],
      ['Nursing and direct care', 'Licensed Practical Nurse (LPN)', '1', 'Baystate Health'],
      ['Emergency medical services', 'Emergency Medical Technician (EMT)', '1', 'Mercy Medical Center'],
    ]);
  });

  it('gives every remark with its kind, and skill gaps by occupation', () => {
    const gaps = find('Remark', (row) => row.kind === 'Skill gap');
    expect(gaps.map((row) => [row.group, row.occupation, row.organization, row.author])).toEqual([
      ['Nursing and direct care', 'Nursing Assistant (CNA)', 'Mercy Medical Center', 'Lee'],
      ['Nursing and direct care', 'Nursing Assistant (CNA)', 'Mercy Medical Center', ''],
    ]);
    expect(find('Remark', (row) => row.kind === 'How people move in and out')[0]?.occupation).toBe(
      'Nursing Assistant (CNA) → Licensed Practical Nurse (LPN)',
    );
    expect(find('Remark', (row) => row.occupation === 'The whole map')[0]?.text).toBe('Add home health aides');
  });

  it('neutralises a formula in map text, and quotes as RFC 4180 asks', () => {
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(rows.flat().some((cell) => /^[=+\-@]/.test(cell))).toBe(false);
  });

  it('gives each suggestion with what it changes, its status and decision date', () => {
    expect(find('Suggested change', () => true).map((row) => [row.change, row.status, row.decided])).toEqual([
      ['Add a move from Nursing Assistant (CNA) to Registered Nurse (RN)', 'Accepted', '2026-11-24'],
      ['Set the wage figure of Medical Assistant to $21.50 an hour', 'Pending', ''],
      ['Remove the move from Nursing Assistant (CNA) to Medical Assistant', 'Dismissed', '2026-11-24'],
    ]);
  });
});
