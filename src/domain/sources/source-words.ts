import type { Source } from '../schema/map';

/** "U.S. Bureau of Labor Statistics, 2024, retrieved 2026-12-07": what a source is besides its title; '' when nothing is known. */
export function sourceDetailsText(source: Source): string {
  return [source.publisher?.trim(), source.year, source.retrieved ? `retrieved ${source.retrieved.slice(0, 10)}` : undefined]
    .filter((part) => part !== undefined && part !== '')
    .join(', ');
}

/** "Occupational Outlook Handbook (U.S. Bureau of Labor Statistics, 2024, retrieved 2026-12-07)". */
export function sourceText(source: Source): string {
  const details = sourceDetailsText(source);
  return details ? `${source.label} (${details})` : source.label;
}
