import { toCsvText } from '../csv/csv-text';
import { escapeFormula } from '../csv/formula';
import type { PathwayMap } from '../schema/map';
import { utcDay } from './dates';
import { describeSuggestion } from './describe-suggestion';
import { organizationsPresent } from './organizations';
import { organizationKey } from './records';
import { REMARK_LABELS } from './remarks';
import { remarkSections, STATUS_LABELS, targetOf } from './summary-remarks';
import { criticalRanking } from './tallies';
import { SUGGESTION_KIND_LABELS } from './titles-at-time';
import { latestValidation } from './validation';

export const SUMMARY_CSV_HEADERS = [
  'section',
  'group',
  'occupation',
  'organization',
  'author',
  'kind',
  'text',
  'change',
  'votes',
  'status',
  'date',
  'decided',
] as const;

type Column = (typeof SUMMARY_CSV_HEADERS)[number];
type Row = Partial<Record<Column, string | number>>;

/** Cells in header order; text is quote-prefixed where a spreadsheet would run it as a formula. */
function cells(row: Row): string[] {
  return SUMMARY_CSV_HEADERS.map((column) => {
    const value = row[column];
    return typeof value === 'number' ? String(value) : escapeFormula(value ?? '');
  });
}

function organizationRows(map: PathwayMap): Row[] {
  const validation = latestValidation(map);
  const validated = new Set(validation?.organizations.map(organizationKey));
  return organizationsPresent(map).map((organization) =>
    validation && validated.has(organizationKey(organization))
      ? { section: 'Organization present', organization, status: 'Validated the map', date: utcDay(validation.date) }
      : { section: 'Organization present', organization },
  );
}

function rankingRows(map: PathwayMap): Row[] {
  return criticalRanking(map).flatMap((group) =>
    group.occupations.map((occupation) => ({
      section: 'Critical ranking',
      group: group.label,
      occupation: occupation.title,
      organization: occupation.organizations.join('; '),
      votes: occupation.votes,
    })),
  );
}

function remarkRows(map: PathwayMap): Row[] {
  return remarkSections(map).flatMap((section) =>
    section.kinds.flatMap(({ kind, remarks }) =>
      remarks.map((item) => ({
        section: 'Remark',
        group: section.group,
        occupation: section.name,
        organization: item.organization,
        author: item.author ?? '',
        kind: REMARK_LABELS[kind],
        text: item.text ?? '',
        date: utcDay(item.createdAt),
      })),
    ),
  );
}

function suggestionRows(map: PathwayMap): Row[] {
  return map.feedback.flatMap((item) => {
    if (item.suggestion === undefined) return [];
    const target = targetOf(map, item.targetId);
    return [
      {
        section: 'Suggested change',
        group: target.group,
        occupation: target.name,
        organization: item.organization,
        author: item.author ?? '',
        // The suggestion's own kind ("Add a move"), not "Correction" for every one.
        kind: SUGGESTION_KIND_LABELS[item.suggestion.kind],
        text: item.text ?? '',
        change: describeSuggestion(map, item.suggestion, item),
        status: STATUS_LABELS[item.status],
        date: utcDay(item.createdAt),
        decided: item.status !== 'open' && item.decidedAt ? utcDay(item.decidedAt) : '',
      },
    ];
  });
}

/**
 * The session as one CSV sheet (RFC 4180, CRLF): organizations present, the critical ranking,
 * every remark (skill gaps among them, kind "Skill gap") and the suggested changes with their status.
 */
export function sessionSummaryCsv(map: PathwayMap): string {
  const rows = [...organizationRows(map), ...rankingRows(map), ...remarkRows(map), ...suggestionRows(map)];
  return toCsvText([[...SUMMARY_CSV_HEADERS], ...rows.map(cells)]);
}
