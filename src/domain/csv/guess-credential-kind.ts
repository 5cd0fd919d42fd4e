import type { CREDENTIAL_KINDS } from '../schema/credential';

type CredentialKind = (typeof CREDENTIAL_KINDS)[number];

// A credential written without its kind ("CompTIA A+ certification") says the kind in its own words
// more often than not. A guess is made only when exactly one kind is named.
const KIND_WORDS: ReadonlyArray<readonly [CredentialKind, RegExp]> = [
  ['license', /\blicen[cs]e[ds]?\b|\blicensure\b/i],
  ['certification', /\bcertification\b|\bcertified\b/i],
  ['certificate', /\bcertificates?\b/i],
  ['degree', /\bdegree\b|\bassociate'?s?\b|\bbachelor'?s?\b|\bmaster'?s\b|\bdoctora(?:l|te)\b|\b(?:A\.?A\.?S|A\.?S|B\.?S|B\.?A|M\.?S|BSN|ADN|MSN)\b/],
];

/** The one kind the text names, or null when it names none or several. */
export function guessCredentialKind(text: string): CredentialKind | null {
  const kinds = KIND_WORDS.filter(([, pattern]) => pattern.test(text)).map(([kind]) => kind);
  return kinds.length === 1 ? (kinds[0] ?? null) : null;
}
