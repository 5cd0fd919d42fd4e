import { keyOrderOf, type KeyOrder } from './schema/key-order';
import { PathwayMap } from './schema/map';

const MAP_ORDER = keyOrderOf(PathwayMap);
const ANY: KeyOrder = { kind: 'any' };

// Known fields in the order the schema declares them, then unknown fields sorted by code unit.
// Written by hand rather than JSON.stringify, which would move integer-like keys ("2024") first.
const isWritten = (value: unknown) => value !== undefined && typeof value !== 'function';

function orderedKeys(value: Record<string, unknown>, order: KeyOrder): string[] {
  const all = Object.keys(value);
  if (order.kind !== 'object') return all.filter((key) => isWritten(value[key])).sort();
  const known = order.keys.filter((key) => Object.hasOwn(value, key) && isWritten(value[key]));
  const unknown = all.filter((key) => !order.fields.has(key) && isWritten(value[key])).sort();
  return known.length === 0 ? unknown : unknown.length === 0 ? known : [...known, ...unknown];
}

/** Whitespace between tokens: indented for files people read, none for what the app stores. */
type Spacing = { step: string; newline: string; colon: string };
const PRETTY: Spacing = { step: '  ', newline: '\n', colon: ': ' };
const COMPACT: Spacing = { step: '', newline: '', colon: ':' };

function write(value: unknown, order: KeyOrder, indent: string, out: string[], spacing: Spacing): void {
  if (value === null || typeof value !== 'object') {
    // JSON.stringify writes -0 as 0 and non-finite numbers as null, as JSON must.
    out.push(JSON.stringify(value) ?? 'null');
    return;
  }
  const inner = `${indent}${spacing.step}`;
  const { newline, colon } = spacing;
  if (Array.isArray(value)) {
    if (value.length === 0) return void out.push('[]');
    const item = order.kind === 'array' ? order.item : ANY;
    out.push('[');
    value.forEach((element, index) => {
      out.push(index === 0 ? `${newline}${inner}` : `,${newline}${inner}`);
      write(element, item, inner, out, spacing);
    });
    out.push(`${newline}${indent}]`);
    return;
  }
  const record = value as Record<string, unknown>;
  const keys = orderedKeys(record, order);
  if (keys.length === 0) return void out.push('{}');
  out.push('{');
  keys.forEach((key, index) => {
    out.push(`${index === 0 ? '' : ','}${newline}${inner}${JSON.stringify(key)}${colon}`);
    const field = order.kind === 'object' ? (order.fields.get(key) ?? ANY) : ANY;
    write(record[key], field, inner, out, spacing);
  });
  out.push(`${newline}${indent}}`);
}

/**
 * Canonical JSON for a map: stable key order, 2-space indent, trailing newline. Equal maps give
 * byte-identical text, so exports diff cleanly in version control.
 */
export function serializeMap(map: PathwayMap): string {
  const out: string[] = [];
  write(map, MAP_ORDER, '', out, PRETTY);
  out.push('\n');
  return out.join('');
}

/**
 * The same canonical JSON without whitespace: what the app stores. Indentation grows with nesting
 * (a 4.5 MB map nested deep in an unknown field indents to 65 MB), so the stored form is compact and
 * the size limit means the same thing on the way in and on the way back.
 */
export function serializeMapCompact(map: PathwayMap): string {
  const out: string[] = [];
  write(map, MAP_ORDER, '', out, COMPACT);
  return out.join('');
}
