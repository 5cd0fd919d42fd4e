import fc from 'fast-check';
import { requirementsFromTexts } from '../../../../src/domain/migrations/v1-to-v2';
import { DEFAULT_LEVELS } from '../../../../src/domain/schema/level';
import { BRIGHT_OUTLOOK_BASES, EDUCATION_LEVELS, type PathwayMap } from '../../../../src/domain/schema/map';
import { CREDENTIAL_TYPES, PROGRAM_FORMATS, PROGRAM_TYPES } from '../../../../src/domain/schema/step';
import { REQUIREMENT_TYPES } from '../../../../src/domain/schema/requirement';
import { buildMap } from '../../../support/build-map';

// Valid maps holding only what the CSV sheets carry, in the forms a sheet can hold: text is trimmed
// and not empty (a blank cell means "absent"); list items hold no semicolon; lists and objects are
// not empty; no NUL or U+FFFD (the import takes those for a file that isn't UTF-8 text).

const noNegativeZero = (n: number) => (Object.is(n, -0) ? 0 : n);
// Text that starts like a formula, a quote-escaped cell or a CSV special character turns up often.
const tricky = fc.constantFrom('=', '+', '-', '@', "'", "'=", "''-", '"', ',', '\n', '\t=', '<a>', 'license: ');
const cellText = fc
  .oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 16 }), fc.tuple(tricky, fc.string({ maxLength: 8 })).map(([start, rest]) => start + rest))
  .map((text) => text.trim())
  .filter((text) => text !== '' && !text.includes('\u0000') && !text.includes('\uFFFD'));
const listItem = cellText.filter((text) => !text.includes(';'));
const list = fc.array(listItem, { minLength: 1, maxLength: 3 });
const dollars = fc.double({ min: 0, max: 1e7, noNaN: true }).map(noNegativeZero);
const year = fc.integer({ min: 1900, max: 2200 });
const url = fc.webUrl({ withQueryParameters: true, withFragments: true }).filter((address) => !/[;<>\s]/.test(address));

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const nonEmpty = <T extends object>(value: T) => Object.values(value).some((field) => field !== undefined);

const wage = fc
  .record({
    figures: fc.tuple(dollars, dollars, dollars),
    mask: fc.integer({ min: 1, max: 7 }),
    unit: fc.constantFrom('hour', 'year'),
    year: optional(year),
    area: optional(cellText),
    notVerified: optional(fc.boolean()),
  })
  .map(({ figures, mask, ...rest }) => {
    const [min, median, max] = [...figures].sort((a, b) => a - b);
    return { ...rest, min: mask & 1 ? min : undefined, amount: mask & 2 ? median : undefined, max: mask & 4 ? max : undefined };
  });

const labor = fc
  .record({
    annualOpenings: optional(fc.nat()),
    growthPct: optional(fc.double({ min: -100, max: 500, noNaN: true }).map(noNegativeZero)),
    employment: optional(fc.nat()),
    femalePct: optional(fc.double({ min: 0, max: 100, noNaN: true }).map(noNegativeZero)),
    minorityPct: optional(fc.double({ min: 0, max: 100, noNaN: true }).map(noNegativeZero)),
    year: optional(year),
    period: optional(fc.tuple(year, year).map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) }))),
    area: optional(cellText),
    notVerified: optional(fc.boolean()),
  })
  .filter(nonEmpty);

const occupationFields = fc.record({
  title: cellText,
  socCode: optional(fc.constantFrom('29-1141', '29-1141.01', '31-1131.00')),
  education: optional(fc.constantFrom(...EDUCATION_LEVELS)),
  educationNotVerified: optional(fc.boolean()),
  experience: optional(cellText),
  summary: optional(cellText),
  wage: optional(wage),
  credentials: optional(fc.array(fc.record({ name: listItem, kind: fc.constantFrom('license', 'certification', 'certificate', 'degree') }), { minLength: 1, maxLength: 2 })),
  // A training program's name and provider may hold the cell's separators (; and |) and backslashes: they are escaped.
  training: optional(
    fc.array(
      fc.record({
        name: cellText,
        provider: optional(cellText),
        url: optional(url),
        durationWeeks: optional(fc.double({ min: 0, max: 200, noNaN: true }).map(noNegativeZero)),
        costUsd: optional(dollars),
        capacity: optional(fc.nat()),
        completions: optional(fc.nat()),
        year: optional(year),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  ),
  apprenticeship: optional(fc.record({ registered: fc.boolean(), preApprenticeship: optional(fc.boolean()), rapidsCode: optional(cellText) })),
  highGrowth: optional(fc.boolean()),
  highGrowthBasis: optional(fc.subarray([...BRIGHT_OUTLOOK_BASES], { minLength: 1 })),
  designation: optional(fc.constantFrom('priority', 'critical')),
  labor: optional(labor),
  skills: optional(list),
  links: optional(fc.array(fc.oneof(fc.record({ label: listItem, url }), url.map((address) => ({ label: address, url: address }))), { minLength: 1, maxLength: 2 })),
});

// Requirement trees: v1 lists of texts (read as "all of" those), and v2 groups of typed items,
// "any N of" groups inside, amounts in months or hours, items pointing at cards by id.
function requirementTree(cardIds: readonly string[]) {
  const requirementItem = fc
    .record({
      type: fc.constantFrom(...REQUIREMENT_TYPES),
      text: optional(cellText),
      cardId: cardIds.length === 0 ? fc.constant(undefined) : optional(fc.constantFrom(...cardIds)),
      months: optional(fc.integer({ min: 0, max: 60 })),
      hours: optional(fc.double({ min: 0, max: 5000, noNaN: true }).map(noNegativeZero)),
    })
    .filter((item) => item.text !== undefined || item.type !== 'other' || item.cardId !== undefined);
  return fc.letrec((tie) => ({
    group: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.record({ type: fc.constant('all' as const), of: fc.array(tie('node'), { maxLength: 3 }) }),
      fc.record({ type: fc.constant('any' as const), count: optional(fc.integer({ min: 1, max: 3 })), of: fc.array(tie('node'), { maxLength: 3 }) }),
    ),
    node: fc.oneof({ depthSize: 'small' }, requirementItem, tie('group')),
  })).group;
}

const transitionFields = (cardIds: readonly string[]) =>
  fc.record({
    kind: optional(fc.constantFrom('advancement', 'lateral', 'entry')),
    requirements: optional(fc.oneof(list.map(requirementsFromTexts), requirementTree(cardIds))),
    typicalMonths: optional(dollars),
    costUsd: optional(dollars),
    viaApprenticeship: optional(fc.boolean()),
    notes: optional(cellText),
  });

const amount = fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.double({ min: 0, max: 5000, noNaN: true }).map(noNegativeZero));

// Step cards of every kind, with each kind's own fields; `cardIds` are the cards a way in may name
// (only cards before it, so no way in ever loops back to its own card).
const stepFields = (cardIds: readonly string[]) =>
  fc.tuple(
    fc.record({ title: cellText, summary: optional(cellText), toGetIn: optional(requirementTree(cardIds)), links: optional(fc.array(url.map((address) => ({ label: address, url: address })), { minLength: 1, maxLength: 2 })) }),
    fc.oneof(
      fc.record({
        kind: fc.constant('credential'),
        credentialType: fc.constantFrom(...CREDENTIAL_TYPES),
        issuer: optional(cellText),
        url: optional(url),
        costUsd: optional(dollars),
        ctid: optional(cellText),
      }),
      fc.record({
        kind: fc.constant('program'),
        programType: fc.constantFrom(...PROGRAM_TYPES),
        provider: optional(cellText),
        url: optional(url),
        lengthMonths: optional(amount),
        costUsd: optional(dollars),
        format: optional(fc.constantFrom(...PROGRAM_FORMATS)),
        startingWage: optional(dollars),
      }),
      fc.record({ kind: fc.constant('experience'), hours: optional(amount), months: optional(amount) }),
      fc.record({ kind: fc.constant('milestone') }),
    ),
  ).map(([common, own]) => ({ ...common, ...own }));

// The map's own levels: the built-in three (left out), or up to five of its own, in any words.
const levelLists = optional(
  fc
    .uniqueArray(fc.record({ id: cellText, label: cellText.map((label) => label.slice(0, 80)) }), { minLength: 1, maxLength: 5, selector: (level) => level.id })
    .map((levels) => levels.filter((level) => level.label !== '')),
).filter((levels) => levels === undefined || levels.length > 0);

const strip = <T extends object>(value: T): T => JSON.parse(JSON.stringify(value)) as T; // drops undefined fields

type Plan = { ids: string[]; occupationCount: number; stepCount: number; labels: string[]; levels: Array<{ id: string; label: string }> | undefined };

function mapFromPlan({ ids, occupationCount, stepCount, labels, levels }: Plan) {
  const occupationIds = ids.slice(0, occupationCount);
  const stepIds = ids.slice(occupationCount, occupationCount + stepCount);
  const cardIds = [...occupationIds, ...stepIds];
  const pairs = cardIds.flatMap((from) => cardIds.filter((to) => to !== from).map((to) => [from, to] as const));
  const transitionIds = ids.slice(occupationCount + stepCount);
  const levelIds = (levels ?? DEFAULT_LEVELS).map((level) => level.id);
  const placed = fc.record({ group: fc.nat({ max: labels.length }), level: optional(fc.constantFrom(...levelIds)) });
  const onMap = <T extends object>(fields: T, { group, level }: { group: number; level: string | undefined }) => ({ ...fields, groupId: labels[group] && `g${group}`, level });
  return fc.record({
    occupations: fc.tuple(...occupationIds.map((id) => fc.tuple(occupationFields, placed).map(([fields, place]) => ({ id, ...onMap(fields, place) })))),
    steps: fc.tuple(...stepIds.map((id, index) => fc.tuple(stepFields(cardIds.slice(0, occupationCount + index)), placed).map(([fields, place]) => ({ id, ...onMap(fields, place) })))),
    transitions: fc
      .shuffledSubarray(pairs, { maxLength: Math.min(pairs.length, transitionIds.length) })
      .chain((chosen) => fc.tuple(...chosen.map(([from, to], index) => transitionFields(cardIds).map((fields) => ({ id: transitionIds[index] ?? '', from, to, ...fields }))))),
  });
}

/** A valid map (checked by parseMap) whose cards, transitions and levels all fit in the CSV sheets. */
export const csvMap: fc.Arbitrary<PathwayMap> = fc
  .record({
    ids: fc.uniqueArray(cellText, { minLength: 1, maxLength: 14 }),
    occupationCount: fc.integer({ min: 1, max: 6 }),
    stepCount: fc.integer({ min: 0, max: 4 }),
    labels: fc.uniqueArray(cellText, { maxLength: 3, selector: (label) => label.toLowerCase() }),
    levels: levelLists,
  })
  .filter((plan) => plan.ids.length >= plan.occupationCount + plan.stepCount)
  .chain((plan) =>
    mapFromPlan(plan).map(({ occupations, steps, transitions }) =>
      buildMap(
        strip({
          schemaVersion: 2,
          ...(plan.levels ? { levels: plan.levels } : {}),
          groups: plan.labels.map((label, index) => ({ id: `g${index}`, label })),
          occupations,
          steps,
          transitions,
        }),
      ),
    ),
  );
