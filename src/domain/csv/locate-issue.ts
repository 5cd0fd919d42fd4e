import type { ParseIssue } from '../issues';
import type { RowIssue } from './row-issue';
import { COLUMNS, SHEET_OF_LIST, type ListName, type SheetName } from './columns';

/** Where a parseMap issue points: which list and item, which column, and the item within a list cell. */
export type IssuePlace = { sheet: SheetName; list: ListName | 'groups' | 'levels' | null; index: number; column: string; message: string };

const ITEM = /^(occupations|steps|transitions|groups)\[(\d+)\](.*)$/s;
const LEVELS = /^levels(?:\[(\d+)\](\S*))?$/s;
const SEGMENT = /\.([^.[\]]+)|\[(\d+)\]/g;

function segments(rest: string): Array<string | number> {
  return [...rest.matchAll(SEGMENT)].map(([, key, index]) => (key !== undefined ? key : Number(index)));
}

const startsWith = (path: readonly unknown[], prefix: readonly string[]) => prefix.every((key, i) => path[i] === key);

/** The documented column a path inside an item belongs to, and the list position it names, if any. */
function columnOf(sheet: SheetName, path: ReadonlyArray<string | number>): { column: string; item?: number } {
  let best: { key: string; length: number } | null = null;
  for (const def of COLUMNS[sheet]) {
    if (startsWith(path, def.path) && def.path.length > (best?.length ?? 0)) best = { key: def.key, length: def.path.length };
  }
  if (!best) return { column: path.filter((key) => typeof key === 'string').join('.') }; // "wage": no one column
  const next = path[best.length];
  return typeof next === 'number' ? { column: best.key, item: next } : { column: best.key };
}

/**
 * Places an issue from parseMap (`occupations[3].wage.min`) on a sheet's column (wageMin). Group
 * issues belong to the occupations sheet's group column. `list` is null for issues about the map.
 */
export function placeIssue(issue: ParseIssue): IssuePlace {
  // The map's levels are one cell, the levels column's: "level 2 id: …" says which part of it.
  const levels = LEVELS.exec(issue.path);
  if (levels) {
    const [, index, rest = ''] = levels;
    const part = index === undefined ? '' : `level ${Number(index) + 1}${rest === '' ? '' : ` ${rest.replace(/^\./, '')}`}: `;
    const message = issue.message.replace(/\blevels\[(\d+)\]/g, (_, other: string) => `level ${Number(other) + 1}`);
    return { sheet: 'occupations', list: 'levels', index: 0, column: 'levels', message: `${part}${message}` };
  }
  const match = ITEM.exec(issue.path);
  if (!match) return { sheet: issue.path.startsWith('transitions') ? 'transitions' : 'occupations', list: null, index: -1, column: '', message: issue.message };
  const [, list = 'occupations', index = '0', rest = ''] = match;
  if (list === 'groups') return { sheet: 'occupations', list: 'groups', index: Number(index), column: 'group', message: issue.message };
  const sheet = SHEET_OF_LIST[list as ListName];
  const { column, item } = columnOf(sheet, segments(rest));
  const message = item === undefined ? issue.message : `item ${item + 1}: ${issue.message}`;
  return { sheet, list: list as ListName, index: Number(index), column, message };
}

/** Rewrites "transitions[0]" in a message as something a reader can find ("row 2 of the transitions sheet"). */
export function mentionItems(message: string, describe: (list: ListName, index: number) => string): string {
  return message.replace(/\b(occupations|steps|transitions)\[(\d+)\]/g, (_, list: ListName, index: string) => describe(list, Number(index)));
}

/**
 * Puts parseMap's issues on rows, given the row each list item came from, and says how many it left
 * out of its list.
 */
export function issuesOnRows(issues: readonly ParseIssue[], rowOf: (list: ListName | 'groups' | 'levels', index: number) => number) {
  const placed: RowIssue[] = [];
  let hidden = 0;
  for (const issue of issues) {
    // parseMap ends a long list with "…and 12 more problems": a count, not a place.
    if (issue.more !== undefined) {
      hidden += issue.more;
      continue;
    }
    const place = placeIssue(issue);
    const row = place.list === null ? 0 : rowOf(place.list, place.index);
    const message = mentionItems(place.message, (list, index) => `row ${rowOf(list, index)} of the ${SHEET_OF_LIST[list]} sheet`);
    placed.push({ sheet: place.sheet, row, column: place.column, message });
  }
  return { placed, hidden };
}
