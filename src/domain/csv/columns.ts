// The documented CSV columns: one list each for the occupations sheet and the transitions sheet,
// used to read sheets, write exports, make the templates and explain the columns in the import
// dialog. A column's `key` is its header in exports and templates, and the name issues use.
// The occupations sheet holds every card (format v2): a `kind` column says which rows are step
// cards (credential, program, experience, milestone); a row without one is an occupation.

import { STEP_KINDS } from '../schema/step';

export type SheetName = 'occupations' | 'transitions';

/** The lists of a map that rows become: the occupations sheet holds occupations and step cards. */
export type ListName = 'occupations' | 'steps' | 'transitions';
export const SHEET_OF_LIST: Readonly<Record<ListName, SheetName>> = { occupations: 'occupations', steps: 'occupations', transitions: 'transitions' };

/** How a cell's text becomes a value (read-cells.ts) and back (write-cells.ts). */
export type CellType =
  | 'text'
  | 'number'
  | 'money'
  | 'wage'
  | 'percent'
  | 'yes-no'
  | 'level'
  | 'education'
  | 'designation'
  | 'bright-outlook-basis'
  | 'period'
  | 'wage-unit'
  | 'wage-statistic'
  | 'transition-kind'
  | 'list'
  | 'requirements'
  | 'credentials'
  | 'training'
  | 'links'
  | 'group'
  | 'occupation'
  | 'card-kind'
  | 'credential-type'
  | 'program-type'
  | 'program-format'
  | 'levels';

/** What a row of the occupations sheet is: an occupation (the default) or a step card. */
export const CARD_KINDS = ['occupation', ...STEP_KINDS] as const;
export type CardKind = (typeof CARD_KINDS)[number];

export type ColumnDef = {
  key: string;
  /** Where the value lives in an occupation or a transition. */
  path: readonly string[];
  type: CellType;
  /** Other headers read as this column (compared like keys: case, spaces and punctuation ignored). */
  aliases: readonly string[];
  help: string;
  /** The card kinds the column is for (every kind when absent). */
  kinds?: readonly CardKind[];
};

const column = (key: string, path: readonly string[], type: CellType, help: string, aliases: readonly string[] = []): ColumnDef => ({
  key,
  path,
  type,
  aliases,
  help,
});

/** A column only some card kinds have (an occupation's wage, a program's provider). */
const forKinds = (kinds: readonly CardKind[], def: ColumnDef): ColumnDef => ({ ...def, kinds });
const JOB: readonly CardKind[] = ['occupation'];
const STEPS: readonly CardKind[] = STEP_KINDS;

/** Headers that say the figures are medians: older exports and templates wrote `wageMedian`. */
export const LEGACY_MEDIAN_HEADERS = ['wageMedian', 'median wage'] as const;

const LIST = 'Several values are separated by semicolons (;).';

export const OCCUPATION_COLUMNS: readonly ColumnDef[] = [
  column('id', ['id'], 'text', 'Unique id. Left blank, one is made from the title.', ['occupation id']),
  column('kind', ['kind'], 'card-kind', 'occupation, credential, program, experience or milestone. Blank (or no kind column) is an occupation; the others are the step cards between jobs.', ['card kind', 'card type']),
  column('title', ['title'], 'text', 'Required. The card’s name: the occupation, credential, program, experience or milestone.', ['occupation', 'occupation title', 'job title', 'name']),
  forKinds(JOB, column('socCode', ['socCode'], 'text', 'O*NET-SOC code, like 29-1141 or 29-1141.00.', ['soc', 'onet soc', 'o*net-soc code'])),
  column('group', ['groupId'], 'group', 'The group (lane) by its label; groups are made from the distinct labels.', ['group label', 'occupational group', 'lane']),
  column('level', ['level'], 'level', 'One of the map’s levels, by its label or id (case doesn’t matter): entry, middle or advanced ("Entry level"…) unless the levels column names others. A level not in the levels column (or without one) becomes a new level, after the others, up to 12.', ['career level', 'rung']),
  column('levels', [], 'levels', 'The map’s levels in order, in the first row only, like "Term 1; Term 2; Term 3". A level’s id may follow its label in angle brackets: "Entry level <entry>". Blank: entry, middle and advanced, or the levels the level column names.', ['map levels']),
  forKinds(JOB, column('education', ['education'], 'education', 'Typical entry education: a BLS category (none, high-school, postsecondary-nondegree, some-college, associate, bachelor, master, doctoral) or its label, like "Bachelor’s degree".', ['typical education', 'entry education', 'typical entry education'])),
  forKinds(JOB, column('educationNotVerified', ['educationNotVerified'], 'yes-no', 'yes when the entry education could not be checked against its source (shown "(not verified)").')),
  forKinds(JOB, column('experience', ['experience'], 'text', 'Work experience usually asked for.', ['work experience'])),
  column('summary', ['summary'], 'text', 'A plain-text description.', ['description']),
  forKinds(JOB, column('wageMin', ['wage', 'min'], 'wage', 'Low end of the wage range, in dollars, like 35000. "$35,000", "35k" and "17.50 $/hr" are read too (an hourly or yearly mark sets wageUnit), with a note in the preview.', ['wage low', 'minimum wage'])),
  // The figure is stored in wage.amount whatever its statistic (wage-statistic.ts). A sheet headed
  // "wageMedian" or "median wage" (v1/v2 exports, templates) says its figures are medians: read so.
  forKinds(JOB, column('wage', ['wage', 'amount'], 'wage', 'The wage figure in dollars, written as for wageMin; wageStatistic says which statistic it is. A column headed wageMedian (older sheets) is read as this one, its figures as medians.', [...LEGACY_MEDIAN_HEADERS, 'wage figure'])),
  forKinds(JOB, column('wageStatistic', ['wage', 'statistic'], 'wage-statistic', 'Which statistic the wage figure is: mean, median, p10, p25, p75 or p90 (percentiles), or employer-range (wageMin and wageMax are an employer-reported range, with no wage figure). Blank: not stated, unless the figure column is headed wageMedian.', ['statistic'])),
  forKinds(JOB, column('wageMax', ['wage', 'max'], 'wage', 'High end of the wage range in dollars, written as for wageMin.', ['wage high', 'maximum wage'])),
  forKinds(JOB, column('wageUnit', ['wage', 'unit'], 'wage-unit', 'hour or year (hourly, annual…). Needed when a wage is given.', ['wage per', 'pay unit'])),
  forKinds(JOB, column('wageYear', ['wage', 'year'], 'number', 'Year of the wage figures, like 2024.')),
  forKinds(JOB, column('wageArea', ['wage', 'area'], 'text', 'Whose figures they are: "Massachusetts", "Springfield, MA metro".')),
  forKinds(JOB, column('wageNotVerified', ['wage', 'notVerified'], 'yes-no', 'yes when the wage could not be checked against its source (shown "(not verified)"). Only with a wage.')),
  forKinds(JOB, column('credentials', ['credentials'], 'credentials', `Each written as kind: name, the kind being license, certification, certificate or degree, like "license: Registered nurse license". Without the kind, it is guessed when the name says exactly one ("CompTIA A+ certification"). ${LIST}`, ['credential'])),
  forKinds(JOB, column('registeredApprenticeship', ['apprenticeship', 'registered'], 'yes-no', 'yes or no (Y/N, true/false, 1/0 and ✓ are read too). Needed when preApprenticeship or rapidsCode is given.', ['apprenticeship'])),
  forKinds(JOB, column('preApprenticeship', ['apprenticeship', 'preApprenticeship'], 'yes-no', 'yes or no.')),
  forKinds(JOB, column('rapidsCode', ['apprenticeship', 'rapidsCode'], 'text', 'The RAPIDS code of the registered apprenticeship.', ['rapids'])),
  forKinds(JOB, column('highGrowth', ['highGrowth'], 'yes-no', 'yes or no: flagged by O*NET Bright Outlook (or a like list); why goes in highGrowthBasis.', ['bright outlook'])),
  forKinds(JOB, column('highGrowthBasis', ['highGrowthBasis'], 'bright-outlook-basis', `Why it is flagged: rapid-growth, numerous-openings or new-and-emerging ("rapid growth" is read too). ${LIST} Blank: not stated.`, ['bright outlook basis'])),
  forKinds(JOB, column('designation', ['designation'], 'designation', 'priority or critical.')),
  forKinds(JOB, column('annualOpenings', ['labor', 'annualOpenings'], 'number', 'Openings a year, a whole number.', ['openings'])),
  forKinds(JOB, column('growthPct', ['labor', 'growthPct'], 'percent', 'Projected growth in percent, like 8.5 (a % sign is fine).', ['growth', 'growth percent', 'growth rate'])),
  forKinds(JOB, column('employment', ['labor', 'employment'], 'number', 'People employed, a whole number.', ['employed', 'jobs'])),
  forKinds(JOB, column('femalePct', ['labor', 'femalePct'], 'percent', 'Representation: women as a percent of the workers, like 88, in laborYear and laborArea.', ['women', 'women percent', 'female percent'])),
  forKinds(JOB, column('minorityPct', ['labor', 'minorityPct'], 'percent', 'Representation: minority workers as a percent of the workers, like 31, in laborYear and laborArea.', ['minority', 'minority percent'])),
  forKinds(JOB, column('laborYear', ['labor', 'year'], 'number', 'Year of the employment figure and the representation shares (and of openings and growth when laborPeriod is blank).', ['labor market year'])),
  forKinds(JOB, column('laborPeriod', ['labor', 'period'], 'period', 'Projection period of the openings and growth figures, like 2020-2030.', ['projection period'])),
  forKinds(JOB, column('laborArea', ['labor', 'area'], 'text', 'Where the labor figures count: "Massachusetts", "United States", "Springfield, MA metro".', ['labor market area'])),
  forKinds(JOB, column('laborNotVerified', ['labor', 'notVerified'], 'yes-no', 'yes when the labor figures could not be checked against their source (shown "(not verified)").')),
  forKinds(
    JOB,
    column(
      'training',
      ['training'],
      'training',
      'Training programs that prepare for it, each its name then labelled parts separated by |: provider, url, weeks, cost, capacity, completions (a year) and year (of capacity and completions), like ' +
        '"PN certificate | provider: Holyoke Community College | capacity: 30 | completions: 24 | year: 2024". A part left out is not known. ' +
        'Programs are separated by semicolons (;); a backslash (\\) keeps ; or | in a name as text.',
      ['training programs'],
    ),
  ),
  forKinds(JOB, column('skills', ['skills'], 'list', `Skills and competencies. ${LIST}`, ['skill'])),
  column('links', ['links'], 'links', `Web addresses, each written as label <https://…> or just the address. ${LIST}`, ['link', 'onet url', 'url']),
  forKinds(['credential'], column('credentialType', ['credentialType'], 'credential-type', 'Credential cards: certificate, certification, license, degree or badge.')),
  forKinds(['credential'], column('issuer', ['issuer'], 'text', 'Credential cards: who issues it.', ['issued by'])),
  forKinds(['credential'], column('ctid', ['ctid'], 'text', 'Credential cards: its CTID in the Credential Registry.')),
  forKinds(['program'], column('programType', ['programType'], 'program-type', 'Program cards: training, registered-apprenticeship or pre-apprenticeship.')),
  forKinds(['program'], column('provider', ['provider'], 'text', 'Program cards: who runs it.')),
  forKinds(['program'], column('lengthMonths', ['lengthMonths'], 'number', 'Program cards: how long it takes, in months.', ['program length'])),
  forKinds(['program'], column('format', ['format'], 'program-format', 'Program cards: in-person, online or hybrid.')),
  forKinds(['program'], column('startingWage', ['startingWage'], 'money', 'Program cards: the starting wage, in dollars an hour (apprenticeships).')),
  forKinds(['credential', 'program'], column('costUsd', ['costUsd'], 'money', 'Credential and program cards: what it costs in dollars, like 1200.')),
  forKinds(['credential', 'program'], column('stepUrl', ['url'], 'text', 'Credential and program cards: its own web address (https://…).')),
  forKinds(['experience'], column('hours', ['hours'], 'number', 'Experience cards: hours of work.')),
  forKinds(['experience'], column('months', ['months'], 'number', 'Experience cards: months of work.')),
  forKinds(
    STEPS,
    column('toGetIn', ['toGetIn'], 'requirements', 'Step cards: what it takes to start it, written as the transitions sheet’s requirements column (@card-id names a card on this sheet).', ['way in']),
  ),
];

export const TRANSITION_COLUMNS: readonly ColumnDef[] = [
  column('id', ['id'], 'text', 'Unique id. Left blank, one is made from the two ends ("cna-to-lpn").', ['transition id', 'move id']),
  column('from', ['from'], 'occupation', 'Where the move starts: an occupation’s id, title or SOC code from the occupations sheet. May be left blank when fromTitle is given.', ['from occupation', 'from id', 'source']),
  column('fromTitle', ['fromTitle'], 'occupation', 'The title of the occupation the move starts from, for people reading the sheet; read when from is blank.', ['from name']),
  column('to', ['to'], 'occupation', 'Where the move leads: an id, title or SOC code, as for from.', ['to occupation', 'to id', 'target']),
  column('toTitle', ['toTitle'], 'occupation', 'The title of the occupation the move leads to; read when to is blank.', ['to name']),
  column('kind', ['kind'], 'transition-kind', 'advancement, lateral or entry.', ['type', 'move kind']),
  column(
    'requirements',
    ['requirements'],
    'requirements',
    'What the move takes. Parts separated by semicolons (;) are all needed; "any 1 of (ADN; BSN)" and "all of (…)" make groups. ' +
      'A part may start with its type (credential:, program:, exam:, license:, experience:, education:), name a card with @card-id, ' +
      'and give an amount like [12 months] or [2000 hours]; a backslash (\\) keeps ; ( ) [ ] @ as text. ' +
      'A cell starting with { is the requirement tree as JSON.',
    ['requirement', 'requires'],
  ),
  column('typicalMonths', ['typicalMonths'], 'number', 'How long the move usually takes, in months.', ['months', 'duration months']),
  column('costUsd', ['costUsd'], 'money', 'Training cost in dollars, like 1200 ("$1,200" and "1.2k" are read too).', ['cost', 'training cost']),
  column('viaApprenticeship', ['viaApprenticeship'], 'yes-no', 'yes or no: made through an apprenticeship.', ['apprenticeship']),
  column('notes', ['notes'], 'text', 'Anything else.', ['note', 'comments']),
];

export const COLUMNS: Readonly<Record<SheetName, readonly ColumnDef[]>> = {
  occupations: OCCUPATION_COLUMNS,
  transitions: TRANSITION_COLUMNS,
};

/** Columns a sheet can't do without (or one that stands in for it: ends may be given by title alone). */
export const REQUIRED_COLUMNS: Readonly<Record<SheetName, readonly string[]>> = {
  occupations: ['title'],
  transitions: ['from', 'to'],
};

export const STANDS_IN_FOR: Readonly<Record<string, string>> = { fromTitle: 'from', toTitle: 'to' };
