/** Readable ids: "Registered Nurse (RN)" → "registered-nurse-rn". */
export function slugify(text: unknown): string {
  if (typeof text !== 'string') return '';
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
}

/** The first of base, base-2, base-3… that is not taken. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  let candidate = base;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}

/** The readable id a new move is given (numbered by uniqueId when taken): "cna" → "lpn" is "cna-to-lpn". */
export const moveIdBase = (from: string, to: string): string => `${from}-to-${to}`;
