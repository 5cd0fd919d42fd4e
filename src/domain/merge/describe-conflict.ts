import type { PathwayMap } from '../schema/map';
import type { MergeConflict } from './three-way-merge';

const KINDS: Record<string, string> = {
  occupations: 'Occupation',
  transitions: 'Move',
  groups: 'Group',
  hiringEvents: 'Hiring event',
  feedback: 'Remark',
  sources: 'Source',
};

/** "wageUnit" → "wage unit": a field's name as words. */
const fieldWords = (field: string) => field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();

type Named = { id: string; title?: unknown; label?: unknown; from?: unknown; to?: unknown };

function recordIn(maps: readonly PathwayMap[], collection: string, id: string): Named | undefined {
  for (const map of maps) {
    const items = (map as Record<string, unknown>)[collection];
    const found = Array.isArray(items) ? (items as Named[]).find((item) => item.id === id) : undefined;
    if (found) return found;
  }
  return undefined;
}

function recordName(maps: readonly PathwayMap[], collection: string, id: string): string {
  const record = recordIn(maps, collection, id);
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  if (collection === 'transitions' && record) {
    const end = (value: unknown) => (typeof value === 'string' ? (text(recordIn(maps, 'occupations', value)?.title) ?? value) : '?');
    return `from “${end(record.from)}” to “${end(record.to)}”`;
  }
  return `“${text(record?.title) ?? text(record?.label) ?? id}”`;
}

/**
 * What a conflict is about, in words: "Occupation “Machinist”: title", "Move from “A” to “B”",
 * "Map: title". Records are named from the maps given (mine first, then the other tab's).
 */
export function conflictLabel(conflict: MergeConflict, maps: readonly PathwayMap[]): string {
  const { collection, id, field } = conflict;
  if (collection === undefined || id === undefined) return `Map: ${fieldWords(field ?? 'details')}`;
  const what = `${KINDS[collection] ?? collection} ${recordName(maps, collection, id)}`;
  return field === undefined ? what : `${what}: ${fieldWords(field)}`;
}

const MAX_WORDS = 120;

/** One side's value, readable: text as typed, "(deleted)" for a removal, "(empty)", else compact JSON. */
export function conflictValueWords(conflict: MergeConflict, value: unknown): string {
  if (value === undefined) return conflict.field === undefined ? '(deleted)' : '(empty)';
  const text = typeof value === 'string' ? value : conflict.field === undefined ? 'kept, with its changes' : JSON.stringify(value);
  return text.length > MAX_WORDS ? `${text.slice(0, MAX_WORDS)}…` : text;
}
