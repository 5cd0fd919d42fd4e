import type { Wage } from '../schema/map';

/** warning: the map probably says something wrong; info: a fact is still missing or out of date. */
export type FindingSeverity = 'warning' | 'info';

export type FindingTargetKind = 'map' | 'occupation' | 'step' | 'transition' | 'group';

type WageUnit = Wage['unit'];

type Base<Code extends string, Kind extends FindingTargetKind> = {
  code: Code;
  severity: FindingSeverity;
  /** What to select and centre: the map id for 'map', else an occupation, step, transition or group id. */
  targetId: string;
  targetKind: Kind;
  /** Where in the file, as parse issues name places: `occupations[3].wage`. */
  path: string;
  /** Plain English (plain text, never HTML) that says what to do. */
  message: string;
};

export type NoEntryLevelFinding = Base<'no-entry-level', 'map'>;
export type UnreachableFinding = Base<'unreachable', 'occupation'>;
export type PayCutFinding = Base<'pay-cut', 'transition'> & { fromAmount: number; toAmount: number; unit: WageUnit };
export type DuplicateSocFinding = Base<'duplicate-soc', 'occupation'> & {
  socCode: string;
  /** Ids of the other occupations with the same code, in file order. */
  sameAs: string[];
};
/** `level`: the occupation's level id (never the map's last level), undefined when it has none. */
export type DeadEndFinding = Base<'dead-end', 'occupation'> & { level: string | undefined };
export type MissingWageFinding = Base<'missing-wage', 'occupation'>;
/** `date`: the latest day the figure can be from (the end of its year, or the day its source was read). */
export type StaleWageFinding = Base<'stale-wage', 'occupation'> & { date: string };
export type StaleLaborFinding = Base<'stale-labor', 'occupation'> & { date: string };
/** A figure that could cite a source and cites none. */
export type UnsourcedFigureFinding = Base<'unsourced-figure', 'occupation' | 'map'> & { figure: 'wage' | 'labor' | 'training' | 'hiring-event' };
export type MissingSocFinding = Base<'missing-soc', 'occupation'>;
/** Labor figures without an area: whose figures they are is unknown. */
export type LaborNoAreaFinding = Base<'labor-no-area', 'occupation'>;
export type NoRequirementsFinding = Base<'no-requirements', 'transition'>;
export type EmptyGroupFinding = Base<'empty-group', 'group'>;
/** A requirement group no choice can meet ("any 3 of" two items); `path` is the group's place. */
export type UnmeetableRequirementFinding = Base<'unmeetable-requirement', 'transition' | 'step'> & { needed: number; available: number };
/** A credential step no move leads from or into and no requirement names. */
export type UnusedCredentialFinding = Base<'unused-credential', 'step'>;

/** One actionable thing the health check found, discriminated on `code`. */
export type Finding =
  | NoEntryLevelFinding
  | UnreachableFinding
  | PayCutFinding
  | DuplicateSocFinding
  | DeadEndFinding
  | MissingWageFinding
  | StaleWageFinding
  | StaleLaborFinding
  | MissingSocFinding
  | LaborNoAreaFinding
  | NoRequirementsFinding
  | EmptyGroupFinding
  | UnmeetableRequirementFinding
  | UnusedCredentialFinding
  | UnsourcedFigureFinding;

export type FindingCode = Finding['code'];

/**
 * Each code's severity, in the order checkHealth reports and the panel groups: problems in the map's
 * shape first (warnings), then facts still to fill in (info). Typed as a record over the union, so a
 * new kind of finding can't be left out.
 */
export const FINDING_SEVERITY: Readonly<Record<FindingCode, FindingSeverity>> = {
  'no-entry-level': 'warning',
  unreachable: 'warning',
  'pay-cut': 'warning',
  'duplicate-soc': 'warning',
  'unmeetable-requirement': 'warning',
  'dead-end': 'info',
  'missing-wage': 'info',
  'stale-wage': 'info',
  'stale-labor': 'info',
  'missing-soc': 'info',
  'labor-no-area': 'info',
  'no-requirements': 'info',
  'empty-group': 'info',
  'unused-credential': 'info',
  // Last: until a map's figures are sourced there can be many, and the rest should not drown in them.
  'unsourced-figure': 'info',
};

/** Every code, in report order (string keys keep their written order). */
export const FINDING_CODES = Object.keys(FINDING_SEVERITY) as readonly FindingCode[];
