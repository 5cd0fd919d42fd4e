import type { Credential, EducationLevel, Occupation, OccupationLevel, TransitionKind } from './schema/map';
import { monthsText } from './wage-words';
import { brightOutlookLabel } from './bright-outlook';
import { NOT_VERIFIED } from './labor-words';
import { apprenticeshipPayNote } from './pay-words';

// The app's words for the map's closed lists: on cards, in the inspector, the viewer, sessions and
// pictures. Fixed strings only: they also become class names.

export const LEVEL_LABELS: Readonly<Record<OccupationLevel, string>> = {
  entry: 'Entry level',
  middle: 'Middle level',
  advanced: 'Advanced level',
};

/** Typical entry education, in the words people use (BLS categories). */
export const EDUCATION_LABELS: Readonly<Record<EducationLevel, string>> = {
  none: 'No formal credential',
  'high-school': 'High school diploma',
  'postsecondary-nondegree': 'Postsecondary certificate',
  'some-college': 'Some college, no degree',
  associate: "Associate's degree",
  bachelor: "Bachelor's degree",
  master: "Master's degree",
  doctoral: 'Doctoral or professional degree',
};

/** "Postsecondary certificate", or "Postsecondary certificate (not verified)" when marked so; undefined when not known. */
export function educationText(occupation: Pick<Occupation, 'education' | 'educationNotVerified'>): string | undefined {
  if (occupation.education === undefined) return undefined;
  const label = EDUCATION_LABELS[occupation.education];
  return occupation.educationNotVerified === true ? `${label} ${NOT_VERIFIED}` : label;
}

export const CREDENTIAL_KIND_LABELS: Readonly<Record<Credential['kind'], string>> = {
  license: 'License',
  certification: 'Certification',
  certificate: 'Certificate',
  degree: 'Degree',
};

export type BadgeKind = 'registered-apprenticeship' | 'pre-apprenticeship' | 'high-growth' | 'priority' | 'critical';
/** A highlight: its kind (also its class name), its label, and a note said after it (an apprenticeship's starting pay). */
export type Badge = { readonly kind: BadgeKind; readonly label: string; readonly note?: string };

const BADGES: Readonly<Record<Exclude<BadgeKind, 'high-growth'>, Badge>> = {
  'registered-apprenticeship': { kind: 'registered-apprenticeship', label: 'Registered apprenticeship' },
  'pre-apprenticeship': { kind: 'pre-apprenticeship', label: 'Pre-apprenticeship' },
  priority: { kind: 'priority', label: 'Priority' },
  critical: { kind: 'critical', label: 'Critical' },
};

// One array per combination of highlights (a few dozen), so rebuilt cards keep equal data.
const interned = new Map<string, readonly Badge[]>();

/** The highlights of an occupation, most decisive first. The same array for the same highlights. */
export function occupationBadges(occupation: Occupation): readonly Badge[] {
  const badges: Badge[] = [];
  if (occupation.designation === 'priority') badges.push(BADGES.priority);
  if (occupation.designation === 'critical') badges.push(BADGES.critical);
  // The Bright Outlook badge names its basis ("Bright Outlook: numerous openings"); the kind stays the class name.
  const brightOutlook = brightOutlookLabel(occupation);
  if (brightOutlook !== undefined) badges.push({ kind: 'high-growth', label: brightOutlook });
  if (occupation.apprenticeship?.registered === true) badges.push(BADGES['registered-apprenticeship']);
  if (occupation.apprenticeship?.preApprenticeship === true) badges.push(BADGES['pre-apprenticeship']);
  // The starting pay goes with the first apprenticeship badge: the programs' pay is the block's, not one kind's.
  const note = occupation.apprenticeship && apprenticeshipPayNote(occupation.apprenticeship);
  const first = badges.findIndex((badge) => badge.kind === 'registered-apprenticeship' || badge.kind === 'pre-apprenticeship');
  if (note !== undefined && first >= 0) badges[first] = { ...badges[first]!, note };
  const key = badges.map((badge) => `${badge.label}${badge.note ? `: ${badge.note}` : ''}`).join('|');
  const known = interned.get(key);
  if (known) return known;
  const frozen = Object.freeze(badges);
  interned.set(key, frozen);
  return frozen;
}

/** How an arrow of each kind is named: "Lateral move from A to B". */
export const MOVE_NAMES: Readonly<Record<TransitionKind, string>> = {
  advancement: 'Move',
  lateral: 'Lateral move',
  entry: 'Entry move',
};

/** The arrow key in the legend. */
export const MOVE_KEY_LABELS: Readonly<Record<TransitionKind, string>> = {
  advancement: 'Advancement',
  lateral: 'Lateral move',
  entry: 'Way in (entry)',
};

const months = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** "18 mo": short enough to sit on an arrow. */
export function monthsLabel(typicalMonths: number): string {
  return `${months.format(typicalMonths)} mo`;
}

/** "Usually takes about 18 months", for screen readers. */
export function monthsDescription(typicalMonths: number): string {
  return `Usually takes about ${monthsText(typicalMonths)}`;
}
