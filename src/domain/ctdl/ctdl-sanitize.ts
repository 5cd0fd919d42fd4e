import { formatNumber, quote } from '../describe';
import type { ParseIssue } from '../issues';
import { FORBIDDEN_KEYS } from '../input/sanitize';
import { CTDL_LIMITS } from './ctdl-limits';
import { isCtdlContextUrl, RefusedContextError } from './document-loader';

export type CtdlSanitized = { value: unknown; errors: ParseIssue[]; warnings: ParseIssue[] };

/** `@graph[3].ceterms:hasCondition[0]`: JSON-LD keys read best as they are written. */
export function formatCtdlPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${key}` : key;
  return out;
}

/**
 * Like input/sanitize.ts for map files: rebuilds the parsed JSON as fresh plain objects without
 * prototype keys, refuses over-long strings and numbers JSON can't hold, and refuses every @context
 * that names an address other than the registry's (before jsonld.js sees it, so the message can say
 * where). Depth was checked before parsing, so the recursion is bounded.
 */
export function sanitizeCtdl(json: unknown, prefix: readonly (string | number)[] = []): CtdlSanitized {
  const errors: ParseIssue[] = [];
  const warnings: ParseIssue[] = [];
  const path: Array<string | number> = [...prefix];
  const at = () => formatCtdlPath(path);

  let contextEntries = 0;
  const checkContext = (context: unknown) => {
    const entries = Array.isArray(context) ? context : [context];
    contextEntries += entries.length;
    if (contextEntries > CTDL_LIMITS.maxContextEntries) {
      if (contextEntries - entries.length <= CTDL_LIMITS.maxContextEntries) {
        errors.push({
          path: at(),
          message: `makes more than ${formatNumber(CTDL_LIMITS.maxContextEntries)} @context entries in one document; a CTDL file needs one`,
        });
      }
      return;
    }
    entries.forEach((entry, index) => {
      if (typeof entry !== 'string' || isCtdlContextUrl(entry)) return;
      const where = Array.isArray(context) ? `${at()}[${index}]` : at();
      errors.push({ path: where, message: new RefusedContextError(entry).message });
    });
  };

  const visit = (value: unknown): unknown => {
    if (typeof value === 'string') {
      if (value.length > CTDL_LIMITS.maxStringLength) {
        errors.push({ path: at(), message: `is too long: ${formatNumber(value.length)} characters; the limit is ${formatNumber(CTDL_LIMITS.maxStringLength)}` });
      }
      return value;
    }
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) errors.push({ path: at(), message: 'is a number too large to use (like 1e400); write an ordinary number' });
      return value;
    }
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) {
      return value.map((item: unknown, index) => {
        path.push(index);
        const out = visit(item);
        path.pop();
        return out;
      });
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        warnings.push({ path: at(), message: `dropped the field ${quote(key)}, which a CTDL file may not use` });
        continue;
      }
      if (key.length > CTDL_LIMITS.maxStringLength) {
        errors.push({ path: at(), message: `has a field name that is too long: ${formatNumber(key.length)} characters` });
        continue;
      }
      path.push(key);
      const child = (value as Record<string, unknown>)[key];
      if (key === '@context') checkContext(child);
      out[key] = visit(child);
      path.pop();
    }
    return out;
  };

  return { value: visit(json), errors, warnings };
}
