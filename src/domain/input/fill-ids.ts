import { quote } from '../describe';
import { slugify, uniqueId } from '../ids';
import type { ParseIssue } from '../issues';

type Doc = Record<string, unknown>;
type Item = Record<string, unknown>;

// Lists whose items need ids, with the text a readable id is made from.
const LISTS: ReadonlyArray<[list: string, fallback: string, name: (item: Item) => unknown]> = [
  ['occupations', 'occupation', (item) => item.title],
  ['steps', 'step', (item) => item.title],
  ['transitions', 'transition', (item) => (typeof item.from === 'string' && typeof item.to === 'string' ? `${item.from} to ${item.to}` : undefined)],
  ['levels', 'level', (item) => item.label],
  ['groups', 'group', (item) => item.label],
  ['hiringEvents', 'hiring-event', (item) => item.employer],
  ['feedback', 'feedback', () => undefined],
  ['sources', 'source', (item) => item.label],
];

const isItem = (value: unknown): value is Item => value !== null && typeof value === 'object' && !Array.isArray(value);

/** FNV-1a: a short, stable fingerprint, so the same file always gets the same map id. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * Gives every list item without an id a readable, unused one, and the map an id made from its text,
 * with a warning for each. Deterministic, so parsing stays a pure function. Returns a new document.
 */
export function fillMissingIds(doc: Doc, sourceText: string): { value: Doc; warnings: ParseIssue[] } {
  const warnings: ParseIssue[] = [];
  const used = new Set<string>();
  for (const [list] of LISTS) {
    const items = doc[list];
    if (Array.isArray(items)) for (const item of items) if (isItem(item) && typeof item.id === 'string') used.add(item.id);
  }
  const claim = (base: string): string => {
    const candidate = uniqueId(base, used);
    used.add(candidate);
    return candidate;
  };

  const value: Doc = { ...doc };
  if (value.id === undefined) {
    value.id = `map-${fingerprint(sourceText)}`;
    warnings.push({ path: 'id', message: `the map had no id; gave it the id ${quote(String(value.id))}` });
  }
  for (const [list, fallback, name] of LISTS) {
    const items = doc[list];
    if (!Array.isArray(items) || !items.some((item) => isItem(item) && item.id === undefined)) continue;
    value[list] = items.map((item: unknown, index) => {
      if (!isItem(item) || item.id !== undefined) return item;
      const id = claim(slugify(name(item)) || fallback);
      warnings.push({ path: `${list}[${index}].id`, message: `was missing; gave it the id ${quote(id)}` });
      return { id, ...item };
    });
  }
  return { value, warnings };
}
