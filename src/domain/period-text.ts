import type { Period } from './schema/map';

// A projection period in words and back: "2020–2030" on screen, "2020-2030" in sheets, both read.

/** "2020–2030"; "2024" for a one-year period. */
export function periodText(period: Period): string {
  return period.from === period.to ? String(period.from) : `${period.from}–${period.to}`;
}

// "2020-2030", "2020–2030", "2020 to 2030".
const SPAN = /^(\d{4})\s*(?:[-–—]|to)\s*(\d{4})$/i;

/** The period a text names ("2024" is a one-year period), or undefined when it names none. A backwards one is returned for the schema to explain. */
export function readPeriod(text: string): Period | undefined {
  const trimmed = text.trim();
  if (/^\d{4}$/.test(trimmed)) return { from: Number(trimmed), to: Number(trimmed) };
  const [, from, to] = SPAN.exec(trimmed) ?? [];
  return from !== undefined && to !== undefined ? { from: Number(from), to: Number(to) } : undefined;
}
