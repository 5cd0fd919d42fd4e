// Counts of one followed by a plural noun ("1 moves", "1 occupations found"): the kind of slip a
// reader notices at once. The nouns are the ones the app counts.
const COUNTED = 'occupations|moves|rows|groups|cards|remarks|votes|organizations|problems|routes|steps|transitions|suggestions|maps|pages|months|years';
const ONE_THEN_PLURAL = new RegExp(`(?<![\\d.,])1\\s+(?:${COUNTED})\\b`, 'gi');

/** Every "1 <plural>" in rendered text. */
export function pluralMistakes(text: string): string[] {
  return [...text.matchAll(ONE_THEN_PLURAL)].map(([match]) => match);
}
