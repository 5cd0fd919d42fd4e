import { parseMap, type ParseIssue } from '../domain/parse';
import { DAMAGED_MESSAGE, GONE_MESSAGE, type StorageFailure } from './storage-errors';
import { utf8ByteLength } from '../domain/input/text-checks';
import { MAX_FILE_BYTES } from '../domain/schema/limits';
import type { PathwayMap } from '../domain/schema/map';
import { compactJson } from './compact-json';

/** What one row of the "maps" object store holds. */
export type MapRecord = { id: string; json: string; revision: number; savedAt: string; savedByTab: string };

/** `savedByTab`: the tab that wrote it, when the row says (rows of older versions may not). */
export type StoredMap = { map: PathwayMap; revision: number; savedAt: string; warnings: ParseIssue[]; savedByTab?: string };
/** A stored row that can't be read. It stays in storage untouched; `rawJson` lets the user download it. */
export type UnreadableMap = { id: string; savedAt?: string; rawJson?: string; errors: ParseIssue[] };

export type StoredConflict = { ok: false; reason: 'conflict'; storedRevision: number; storedSavedAt: string };
export type WriteDecision = { ok: true; revision: number } | StoredConflict | StorageFailure;

type RecordLike = Partial<Record<keyof MapRecord, unknown>>;

const isRecordLike = (value: unknown): value is RecordLike => typeof value === 'object' && value !== null && !Array.isArray(value);
const isRevision = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 1;

function damageOf(value: unknown): string | null {
  if (!isRecordLike(value)) return 'The stored entry is not a saved map.';
  if (typeof value.json !== 'string') return 'The stored entry has no map text.';
  if (!isRevision(value.revision)) return 'The stored entry has a damaged save counter (revision).';
  if (typeof value.savedAt !== 'string') return 'The stored entry has no save time.';
  return null;
}

/**
 * One stored value (untrusted) → a map, through parseMap (which also migrates older versions),
 * or the reasons it can't be read. Reading never changes what is stored.
 */
export function readRecord(value: unknown): StoredMap | UnreadableMap {
  const record: RecordLike = isRecordLike(value) ? value : {};
  const id = typeof record.id === 'string' ? record.id : String(record.id ?? '');
  const savedAt = typeof record.savedAt === 'string' ? record.savedAt : undefined;
  const rawJson = typeof record.json === 'string' ? readableJson(record.json) : undefined;
  const unreadable = (errors: ParseIssue[]): UnreadableMap => ({ id, savedAt, rawJson, errors });

  const damage = damageOf(value);
  if (damage !== null) return unreadable([{ path: '', message: damage }]);
  const parsed = parseMap(rawJson as string); // damageOf checked it is text
  if (!parsed.ok) return unreadable(parsed.errors);
  if (parsed.map.id !== id) {
    return unreadable([{ path: 'id', message: `is "${parsed.map.id}", but the map was stored as "${id}"` }]);
  }
  const savedByTab = typeof record.savedByTab === 'string' ? { savedByTab: record.savedByTab } : {};
  return { map: parsed.map, revision: record.revision as number, savedAt: savedAt ?? '', warnings: parsed.warnings, ...savedByTab };
}

/**
 * Earlier versions stored maps indented, which can take a map accepted at 11 MB past the 20 MB
 * limit. The same JSON without whitespace is what is read (and what "Download the saved data" gives).
 */
function readableJson(json: string): string {
  return utf8ByteLength(json, MAX_FILE_BYTES) > MAX_FILE_BYTES ? compactJson(json) : json;
}

function conflictWith(stored: unknown): StoredConflict {
  const record: RecordLike = isRecordLike(stored) ? stored : {};
  return {
    ok: false,
    reason: 'conflict',
    storedRevision: isRevision(record.revision) ? record.revision : 0,
    storedSavedAt: typeof record.savedAt === 'string' ? record.savedAt : '',
  };
}

const damaged: StorageFailure = { ok: false, reason: 'storage', message: DAMAGED_MESSAGE };

/**
 * Whether a save expecting `expectedRevision` may replace `stored` (undefined when nothing is stored),
 * and the revision to write. A row that can't be read is never replaced, even by force: the user
 * removes it on purpose, after downloading it if they want.
 */
export function decideWrite(stored: unknown, expectedRevision: number, force: boolean): WriteDecision {
  // A nonsense expectation is treated as "not stored yet", which can never replace a stored row unasked.
  const expected = isRevision(expectedRevision) ? expectedRevision : 0;
  if (stored === undefined) {
    // Nothing stored although we expected a revision. Another tab that deletes a map says so (tab
    // sync resets our expectation), so this is the site's data cleared or the database deleted: not
    // "another tab", which would send the user looking for a tab that doesn't exist.
    if (expected !== 0 && !force) return { ok: false, reason: 'storage', message: GONE_MESSAGE, storeAsNew: true };
    return { ok: true, revision: expected + 1 };
  }
  if (damageOf(stored) !== null) return damaged;
  const storedRevision = (stored as MapRecord).revision;
  if (force) return 'errors' in readRecord(stored) ? damaged : { ok: true, revision: Math.max(storedRevision, expected) + 1 };
  if (storedRevision === expected) return { ok: true, revision: storedRevision + 1 };
  // Read only on a mismatch (rare), to name a copy that can't be read as damaged, not as another tab's work.
  return 'errors' in readRecord(stored) ? damaged : conflictWith(stored);
}
