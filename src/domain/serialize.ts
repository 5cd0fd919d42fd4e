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

function write(value: unknown, order: KeyOrder, indent: string, out: string[]): void {
  if (value === null || typeof value !== 'object') {
    // JSON.stringify writes -0 as 0 and non-finite numbers as null, as JSON must.
    out.push(JSON.stringify(value) ?? 'null');
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return void out.push('[]');
    const item = order.kind === 'array' ? order.item : ANY;
    out.push('[');
    value.forEach((element, index) => {
      out.push(index === 0 ? `\n${inner}` : `,\n${inner}`);
      write(element, item, inner, out);
    });
    out.push(`\n${indent}]`);
    return;
  }
  const record = value as Record<string, unknown>;
  const keys = orderedKeys(record, order);
  if (keys.length === 0) return void out.push('{}');
  out.push('{');
  keys.forEach((key, index) => {
    out.push(`${index === 0 ? '' : ','}\n${inner}${JSON.stringify(key)}: `);
    const field = order.kind === 'object' ? (order.fields.get(key) ?? ANY) : ANY;
    write(record[key], field, inner, out);
  });
  out.push(`\n${indent}}`);
}

/**
 * Canonical JSON for a map: stable key order, 2-space indent, trailing newline. Equal maps give
 * byte-identical text, so exports diff cleanly in version control.
 */
export function serializeMap(map: PathwayMap): string {
  const out: string[] = [];
  write(map, MAP_ORDER, '', out);
  out.push('\n');
  return out.join('');
}
