import { formatNumber, quote } from '../describe';
import { formatPath, type ParseIssue } from '../issues';
import { MAX_STRING_LENGTH } from '../schema/limits';

/** Keys that could reach Object.prototype if some later code merged the map into an object. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type Sanitized = { value: unknown; errors: ParseIssue[]; warnings: ParseIssue[] };

/**
 * Rebuilds parsed JSON as fresh plain objects, dropping prototype-polluting keys at every level and
 * refusing what no later step should see: over-long strings and numbers JSON can't hold (1e400).
 * Depth was checked before JSON.parse, so the recursion is bounded.
 */
export function sanitize(json: unknown): Sanitized {
  const errors: ParseIssue[] = [];
  const warnings: ParseIssue[] = [];
  const path: Array<string | number> = [];

  const tooLong = (length: number, what: string) =>
    errors.push({
      path: formatPath(path),
      message: `${what} too long: ${formatNumber(length)} characters; the limit is ${formatNumber(MAX_STRING_LENGTH)}`,
    });

  const visit = (value: unknown): unknown => {
    if (typeof value === 'string') {
      if (value.length > MAX_STRING_LENGTH) tooLong(value.length, 'is');
      return value;
    }
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) {
        errors.push({ path: formatPath(path), message: 'is a number too large to use (like 1e400); write an ordinary number' });
      }
      return value;
    }
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) {
      const out: unknown[] = new Array(value.length);
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        out[i] = visit(value[i]);
        path.pop();
      }
      return out;
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        const at = formatPath(path);
        const message = `${at ? 'dropped' : 'Dropped'} the field ${quote(key)}, which a map may not use`;
        warnings.push({ path: at, message });
        continue;
      }
      if (key.length > MAX_STRING_LENGTH) {
        tooLong(key.length, 'has a field name that is');
        continue;
      }
      path.push(key);
      out[key] = visit((value as Record<string, unknown>)[key]);
      path.pop();
    }
    return out;
  };

  return { value: visit(json), errors, warnings };
}
