import type { Draft } from 'immer';
import type { PathwayMap, Wage } from '../schema/map';
import { MAX_WAGE_HISTORY } from '../schema/wage';
import type { NewWage } from '../wage-sheet/plan-wage-update';
import { editSources, type SourcePatch } from './sources';

/** The source the new wages cite: one already on the map, or a new one to add. */
export type WageSource = { existingId: string } | { add: SourcePatch & { label: string } };

export type WageUpdate = { occupationId: string; wage: NewWage };

export type UpdateWagesResult = { ok: true; updated: number; sourceId: string } | { ok: false; reason: string };

/**
 * "Update wages from a sheet": gives each card its new wage, citing the chosen source, and keeps the
 * wage it replaces in the card's wageHistory with the day (replacedOn, YYYY-MM-DD). Run inside one
 * apply, it is one undo step. Refuses, changing nothing, when the chosen source isn't on the map.
 */
export function updateWages(
  draft: Draft<PathwayMap>,
  { updates, source, replacedOn }: { updates: readonly WageUpdate[]; source: WageSource; replacedOn: string },
): UpdateWagesResult {
  let sourceId: string;
  if ('existingId' in source) {
    if (!draft.sources.some((candidate) => candidate.id === source.existingId)) return { ok: false, reason: 'That source is no longer on the map.' };
    sourceId = source.existingId;
  } else {
    const added = editSources(draft, { op: 'add', source: source.add });
    if (!added.ok) return added;
    sourceId = added.id;
  }
  let updated = 0;
  for (const { occupationId, wage } of updates) {
    const occupation = draft.occupations.find((candidate) => candidate.id === occupationId);
    if (!occupation) continue;
    if (occupation.wage) {
      const earlier = [...(occupation.wageHistory ?? []), { ...(occupation.wage as Wage), replacedOn }];
      occupation.wageHistory = earlier.slice(-MAX_WAGE_HISTORY);
    }
    occupation.wage = { ...wage, sourceId };
    updated++;
  }
  return { ok: true, updated, sourceId };
}
