import type { Occupation } from '../schema/map';
import type { SearchHit } from './search-hit';

/** A query made only of digits, hyphens, dots and spaces, with at least two digits: "31-1131", "29-11", "311131". */
const CODE_LIKE = /^[\d\s.-]*\d[\d\s.-]*\d[\d\s.-]*$/;

export function isSocQuery(query: string): boolean {
  return CODE_LIKE.test(query);
}

const digitsOf = (text: string): string => text.replace(/\D/g, '');

/**
 * Codes are looked up exactly, not fuzzily: 31-1131 is a nursing assistant and 31-1132 is not, however
 * alike they look. A query matches a code it begins (ignoring punctuation: "311131" finds 31-1131.00),
 * or, failing that, any code that contains it as written ("1131").
 */
export function searchSocCodes(occupations: readonly Occupation[], query: string, limit: number): SearchHit[] {
  const wanted = digitsOf(query);
  const written = query.trim();
  const starts: SearchHit[] = [];
  const contains: SearchHit[] = [];
  for (const occupation of occupations) {
    const code = occupation.socCode;
    if (code === undefined) continue;
    const hit: SearchHit = { occupationId: occupation.id, title: occupation.title, match: { field: 'socCode', text: code } };
    if (digitsOf(code).startsWith(wanted)) starts.push(hit);
    else if (code.includes(written)) contains.push(hit);
  }
  return [...starts, ...contains].slice(0, limit);
}
