const MAX_SLUG = 40;

/** Readable ids: "Registered Nurse (RN)" → "registered-nurse-rn"; a long title is cut between words. */
export function slugify(text: unknown, maxLength = MAX_SLUG): string {
  if (typeof text !== 'string') return '';
  const full = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (full.length <= maxLength) return full;
  const cut = full.slice(0, maxLength + 1);
  const lastBreak = cut.lastIndexOf('-');
  // Cut at the last word break when it keeps most of the id; one long word is cut where it must be.
  return (lastBreak >= maxLength / 2 ? cut.slice(0, lastBreak) : full.slice(0, maxLength)).replace(/-+$/g, '');
}

/** The first of base, base-2, base-3… that is not taken. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}

/** The readable id a new move is given (numbered by uniqueId when taken): "cna" → "lpn" is "cna-to-lpn". */
export const moveIdBase = (from: string, to: string): string => `${from}-to-${to}`;
