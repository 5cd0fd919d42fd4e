// Turns untrusted values into short, safe fragments for messages. Messages reach terminals and
// screen readers, so control and bidi-override characters are shown as escapes, never raw.

const MAX_SHOWN_CHARS = 60;
// C0/C1 controls, bidi marks/embeddings/overrides/isolates, line/paragraph separators.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 });

/** 6000 → "6,000": numbers in messages are read by people. */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** Shows control and bidi characters as `\u202e` so they can't rearrange or hide a message. */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Quotes text for a message, shortened, with invisible characters made visible. */
export function quote(text: string): string {
  const shown = text.length > MAX_SHOWN_CHARS ? `${text.slice(0, MAX_SHOWN_CHARS)}…` : text;
  return `"${showInvisible(shown.replace(/["\\]/g, '\\$&'))}"`;
}

/** What a value is, in words: `"$35,000"`, `42`, `a list`, `an object`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

/** "1 problem" / "3 problems". */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${formatNumber(count)} ${count === 1 ? noun : nouns}`;
}
