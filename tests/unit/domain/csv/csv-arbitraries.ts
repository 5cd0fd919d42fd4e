import fc from 'fast-check';
import { EDUCATION_LEVELS, OCCUPATION_LEVELS, type PathwayMap } from '../../../../src/domain/schema/map';
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
  .record({ figures: fc.tuple(dollars, dollars, dollars), mask: fc.integer({ min: 1, max: 7 }), unit: fc.constantFrom('hour', 'year'), year: optional(year), area: optional(cellText) })
  .map(({ figures, mask, ...rest }) => {
    const [min, median, max] = [...figures].sort((a, b) => a - b);
    return { ...rest, min: mask & 1 ? min : undefined, median: mask & 2 ? median : undefined, max: mask & 4 ? max : undefined };
  });

const labor = fc
  .record({
    annualOpenings: optional(fc.nat()),
    growthPct: optional(fc.double({ min: -100, max: 500, noNaN: true }).map(noNegativeZero)),
    employment: optional(fc.nat()),
    year: optional(year),
  })
  .filter(nonEmpty);

const occupationFields = fc.record({
  title: cellText,
  socCode: optional(fc.constantFrom('29-1141', '29-1141.01', '31-1131.00')),
  level: optional(fc.constantFrom(...OCCUPATION_LEVELS)),
  education: optional(fc.constantFrom(...EDUCATION_LEVELS)),
  experience: optional(cellText),
  summary: optional(cellText),
  wage: optional(wage),
  credentials: optional(fc.array(fc.record({ name: listItem, kind: fc.constantFrom('license', 'certification', 'certificate', 'degree') }), { minLength: 1, maxLength: 2 })),
  apprenticeship: optional(fc.record({ registered: fc.boolean(), preApprenticeship: optional(fc.boolean()), rapidsCode: optional(cellText) })),
  highGrowth: optional(fc.boolean()),
  designation: optional(fc.constantFrom('priority', 'critical')),
  labor: optional(labor),
  skills: optional(list),
  links: optional(fc.array(fc.oneof(fc.record({ label: listItem, url }), url.map((address) => ({ label: address, url: address }))), { minLength: 1, maxLength: 2 })),
});

// Requirement trees: v1 lists of texts (read as "all of" those), and v2 groups of typed items,
// "any N of" groups inside, amounts in months or hours.
const requirementItem = fc
  .record({
    type: fc.constantFrom(...REQUIREMENT_TYPES),
    text: optional(cellText),
    months: optional(fc.integer({ min: 0, max: 60 })),
    hours: optional(fc.double({ min: 0, max: 5000, noNaN: true }).map(noNegativeZero)),
  })
  .filter((item) => item.text !== undefined || item.type !== 'other');
const requirementGroup = fc.letrec((tie) => ({
  group: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ type: fc.constant('all' as const), of: fc.array(tie('node'), { maxLength: 3 }) }),
    fc.record({ type: fc.constant('any' as const), count: optional(fc.integer({ min: 1, max: 3 })), of: fc.array(tie('node'), { maxLength: 3 }) }),
  ),
  node: fc.oneof({ depthSize: 'small' }, requirementItem, tie('group')),
})).group;

const transitionFields = fc.record({
  kind: optional(fc.constantFrom('advancement', 'lateral', 'entry')),
  requirements: optional(fc.oneof(list, requirementGroup)),
  typicalMonths: optional(dollars),
  costUsd: optional(dollars),
  viaApprenticeship: optional(fc.boolean()),
  notes: optional(cellText),
});

const strip = <T extends object>(value: T): T => JSON.parse(JSON.stringify(value)) as T; // drops undefined fields

type Plan = { ids: string[]; occupationCount: number; labels: string[] };

function mapFromPlan({ ids, occupationCount, labels }: Plan) {
  const occupationIds = ids.slice(0, occupationCount);
  const pairs = occupationIds.flatMap((from) => occupationIds.filter((to) => to !== from).map((to) => [from, to] as const));
  const transitionIds = ids.slice(occupationCount);
  return fc.record({
    occupations: fc.tuple(...occupationIds.map((id) => fc.tuple(occupationFields, fc.nat({ max: labels.length })).map(([fields, group]) => ({ id, ...fields, groupId: labels[group] && `g${group}` })))),
    transitions: fc
      .shuffledSubarray(pairs, { maxLength: Math.min(pairs.length, transitionIds.length) })
      .chain((chosen) => fc.tuple(...chosen.map(([from, to], index) => transitionFields.map((fields) => ({ id: transitionIds[index] ?? '', from, to, ...fields }))))),
  });
}

/** A valid map (checked by parseMap) whose occupations and transitions all fit in the CSV sheets. */
export const csvMap: fc.Arbitrary<PathwayMap> = fc
  .record({
    ids: fc.uniqueArray(cellText, { minLength: 1, maxLength: 12 }),
    occupationCount: fc.integer({ min: 1, max: 6 }),
    labels: fc.uniqueArray(cellText, { maxLength: 3, selector: (label) => label.toLowerCase() }),
  })
  .filter((plan) => plan.ids.length >= plan.occupationCount)
  .chain((plan) =>
    mapFromPlan(plan).map(({ occupations, transitions }) =>
      buildMap(strip({ groups: plan.labels.map((label, index) => ({ id: `g${index}`, label })), occupations, transitions })),
    ),
  );
