/** Which part of an occupation a search found. The title needs no mention: it is what a hit shows. */
export type SearchMatch =
  | { field: 'title' }
  | { field: 'socCode'; text: string }
  | { field: 'credential'; text: string }
  | { field: 'skill'; text: string }
  /** A step card (found by its title): `text` names its kind, "Credential · License". */
  | { field: 'step'; text: string };

/** One card a search found, best first: an occupation, or a step (its id in `occupationId`, as the viewer selects any card). */
export type SearchHit = { occupationId: string; title: string; match: SearchMatch };

/** What to say under a hit's title: "Credential: CNA license", "SOC 31-1131.00"; nothing for a title match. */
export function matchLabel(match: SearchMatch): string | undefined {
  switch (match.field) {
    case 'title':
      return undefined;
    case 'socCode':
      return `SOC ${match.text}`;
    case 'credential':
      return `Credential: ${match.text}`;
    case 'skill':
      return `Skill: ${match.text}`;
    case 'step':
      return match.text;
  }
}
