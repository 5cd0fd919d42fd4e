import type { Draft } from 'immer';
import { slugify, uniqueId } from '../ids';
import type { PathwayMap, Source } from '../schema/map';
import { citationsOf } from '../sources/citations';
import { setFields } from './set-fields';

/** A source's own fields (Omit would lose them to the index signature that keeps unknown fields). */
type SourceFields = Pick<Source, 'label' | 'publisher' | 'url' | 'year' | 'retrieved' | 'notes'>;
export type SourcePatch = { [K in keyof SourceFields]?: SourceFields[K] | undefined };

/** One change to the map's sources, as data (like a level edit), so the inspector can send it and the store apply it. */
export type SourceEdit =
  | { op: 'add'; source: SourcePatch & { label: string } }
  /** Sets the given fields; undefined clears one. The id never changes: citations name it. */
  | { op: 'update'; id: string; patch: SourcePatch }
  | { op: 'remove'; id: string };

export type SourceResult = { ok: true; id: string } | { ok: false; reason: string };

/** Why a source can't be removed, or undefined when it can. A cited source stays: removing it would leave citations naming nothing. */
export function sourceRemovalRefusal(map: PathwayMap, id: string): string | undefined {
  const source = map.sources.find((candidate) => candidate.id === id);
  if (!source) return 'That source is no longer on the map.';
  const cited = citationsOf(map, id);
  if (cited.length === 0) return undefined;
  const places = cited.map((citation) => citation.where);
  const named = places.length > 3 ? `${places.slice(0, 3).join('; ')} and ${places.length - 3} more` : places.join('; ');
  const times = cited.length === 1 ? 'once' : `${cited.length} times`;
  return `“${source.label}” can't be removed: it is cited ${times} (${named}). Remove those citations first.`;
}

/** Adds, changes or removes one of the map's sources, or refuses with a reason to show. */
export function editSources(draft: Draft<PathwayMap>, edit: SourceEdit): SourceResult {
  if (edit.op === 'add') {
    const label = edit.source.label.trim() || 'Untitled source';
    const id = uniqueId(slugify(label).slice(0, 40) || 'source', new Set(draft.sources.map((source) => source.id)));
    const source: Source = { id, label };
    setFields(source, { ...edit.source, label }); // leaves out fields sent as undefined
    draft.sources.push(source);
    return { ok: true, id };
  }
  const source = draft.sources.find((candidate) => candidate.id === edit.id);
  if (!source) return { ok: false, reason: 'That source is no longer on the map.' };
  if (edit.op === 'update') {
    if ('label' in edit.patch && !edit.patch.label?.trim()) return { ok: false, reason: 'A source needs a title.' };
    setFields(source, edit.patch as Partial<Source>);
    return { ok: true, id: edit.id };
  }
  const reason = sourceRemovalRefusal(draft as PathwayMap, edit.id);
  if (reason !== undefined) return { ok: false, reason };
  draft.sources.splice(draft.sources.indexOf(source), 1);
  return { ok: true, id: edit.id };
}
