import { slugify, uniqueId } from '../ids';
import { Level } from '../schema/level';
import { z } from '../schema/zod';

// The levels column holds the map's own levels, in order, in one cell of the first row:
//   Term 1; Term 2; Term 3                                (ids made from the labels)
//   Entry level <entry>; Middle level <middle>            (an id the label wouldn't give, in <…>)
// What that can't say exactly (a label with ";" or "<…>" in it) is written as the list's JSON, a cell
// starting with "[". Either way the cell reads back to the same levels.

export type LevelsCellResult = { ok: true; levels: Level[] } | { ok: false; message: string };

const LABELLED = /^(.*\S)\s*<([^<>]*)>$/s;
const LevelList = z.array(Level);

/** The id a level without one written gets: made from its label, unused by the levels before it. */
export function levelIdFor(label: string, taken: ReadonlySet<string>): string {
  return uniqueId(slugify(label) || 'level', taken);
}

function readNotation(cell: string): Level[] {
  const levels: Level[] = [];
  const taken = new Set<string>();
  for (const part of cell.split(';').map((text) => text.trim())) {
    if (part === '') continue;
    const [, label, id] = LABELLED.exec(part) ?? [];
    const level = label !== undefined && id !== undefined && id.trim() !== '' ? { id: id.trim(), label } : { id: levelIdFor(part, taken), label: part };
    taken.add(level.id);
    levels.push(level);
  }
  return levels;
}

/** Reads a levels cell; blank gives no levels. Whether the levels are valid (1–12, unique ids) parseMap says. */
export function readLevelsCell(cell: string): LevelsCellResult {
  const source = cell.trim();
  if (!source.startsWith('[')) return { ok: true, levels: readNotation(source) };
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch {
    return { ok: false, message: 'starts with "[" but is not valid JSON' };
  }
  const parsed = LevelList.safeParse(json);
  return parsed.success ? { ok: true, levels: parsed.data.map(({ id, label }) => ({ id, label })) } : { ok: false, message: 'is JSON but not a list of levels, each with an id and a label' };
}

const same = (a: readonly Level[], b: readonly Level[]) =>
  a.length === b.length && a.every((level, index) => level.id === b[index]?.id && level.label === b[index]?.label);

/** The cell text for a map's levels: the notation when it reads back the same, else their JSON. */
export function writeLevelsCell(levels: readonly Level[]): string {
  const taken = new Set<string>();
  const notation = levels
    .map((level) => {
      const part = level.id === levelIdFor(level.label, taken) ? level.label : `${level.label} <${level.id}>`;
      taken.add(level.id);
      return part;
    })
    .join('; ');
  const back = readLevelsCell(notation);
  return back.ok && same(back.levels, levels) ? notation : JSON.stringify(levels.map(({ id, label }) => ({ id, label })));
}
