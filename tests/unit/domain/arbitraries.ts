import fc from 'fast-check';
import { v1ToV2 } from '../../../src/domain/migrations/v1-to-v2';
import type { PathwayMap } from '../../../src/domain/schema/map';
import { EDUCATION_LEVELS, OCCUPATION_LEVELS } from '../../../src/domain/schema/map';
import { FORBIDDEN_KEYS } from '../../../src/domain/input/sanitize';

// Generators of valid maps: every reference points at something that exists, ids are unique, numbers
// survive JSON (no NaN, no Infinity, no -0) and text may hold any code point, lone surrogates included.

type Json = ReturnType<typeof fc.jsonValue> extends fc.Arbitrary<infer T> ? T : never;

const text = fc.string({ unit: 'binary', maxLength: 24 });
const nonEmptyText = fc.string({ unit: 'binary', minLength: 1, maxLength: 24 });
const id = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 });
const noNegativeZero = (n: number) => (Object.is(n, -0) ? 0 : n);
const amount = fc.double({ min: 0, max: 1e7, noNaN: true }).map(noNegativeZero);
const count = fc.nat({ max: 1_000_000 });
const year = fc.integer({ min: 1900, max: 2200 });
const coordinate = fc.double({ min: -1_000_000, max: 1_000_000, noNaN: true }).map(noNegativeZero);
const url = fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.constant('mailto:coach@example.org'));
const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .chain((date) => fc.constantFrom(date.toISOString(), date.toISOString().slice(0, 10)));

function normalizeJson(value: Json): Json {
  if (typeof value === 'number') return noNegativeZero(value);
  if (Array.isArray(value)) return value.map(normalizeJson);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, normalizeJson(inner as Json)]));
  }
  return value;
}

function hasForbiddenKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasForbiddenKey);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).some(([key, inner]) => FORBIDDEN_KEYS.has(key) || hasForbiddenKey(inner));
  }
  return false;
}

/** Fields no version of the schema knows ("x-…" never clashes with a known name). */
const unknownFields = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 6 }).map((key) => `x-${key}`),
  fc.jsonValue({ maxDepth: 2 }).map(normalizeJson).filter((value) => !hasForbiddenKey(value)),
  { maxKeys: 2 },
);

/** A record of known fields plus some unknown ones. */
function withUnknown<T extends object>(known: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.tuple(known, unknownFields).map(([fields, extra]) => ({ ...extra, ...fields }));
}

/** One of the values, or nothing when there are none to pick from. */
const pick = (values: readonly string[]) => (values.length > 0 ? fc.constantFrom(...values) : fc.constant(undefined));

function wage(sourceIds: readonly string[]) {
  const figures = fc.tuple(amount, amount, amount).map((values) => [...values].sort((a, b) => a - b));
  const present = fc.integer({ min: 1, max: 7 }); // which of min, median, max: at least one
  const details = fc.record({ year, area: text, sourceId: pick(sourceIds) }, { requiredKeys: [] });
  return withUnknown(
    fc.tuple(figures, present, fc.constantFrom('hour', 'year'), details).map(([[min, median, max], mask, unit, rest]) => ({
      ...rest,
      unit,
      ...(mask & 1 ? { min } : {}),
      ...(mask & 2 ? { amount: median } : {}),
      ...(mask & 4 ? { max } : {}),
    })),
  );
}

const percent = fc.double({ min: 0, max: 100, noNaN: true }).map(noNegativeZero);
const growth = fc.double({ min: -100, max: 500, noNaN: true }).map(noNegativeZero);

const credential = withUnknown(
  fc.record({ name: nonEmptyText, kind: fc.constantFrom('license', 'degree'), issuer: text, url }, { requiredKeys: ['name', 'kind'] }),
);

const apprenticeship = withUnknown(
  fc.record(
    {
      registered: fc.boolean(),
      preApprenticeship: fc.boolean(),
      programs: fc.array(
        fc.record({ name: nonEmptyText, url, durationMonths: amount, startingWage: amount }, { requiredKeys: ['name'] }),
        { maxLength: 2 },
      ),
    },
    { requiredKeys: ['registered'] },
  ),
);

const training = fc.record({ name: nonEmptyText, url, costUsd: amount, capacity: count }, { requiredKeys: ['name'] });

const labor = (sourceIds: readonly string[]) =>
  fc.record(
    { annualOpenings: count, growthPct: growth, femalePct: percent, year, sourceId: pick(sourceIds) },
    { requiredKeys: [] },
  );

function occupation(occupationId: string, groupIds: readonly string[], sourceIds: readonly string[]) {
  return withUnknown(
    fc.record(
      {
        id: fc.constant(occupationId),
        title: nonEmptyText,
        socCode: fc.constantFrom('29-1141', '29-1141.01', '31-1131.00'),
        groupId: pick(groupIds),
        level: fc.constantFrom(...OCCUPATION_LEVELS),
        summary: text,
        wage: wage(sourceIds),
        education: fc.constantFrom(...EDUCATION_LEVELS),
        credentials: fc.array(credential, { maxLength: 2 }),
        apprenticeship,
        training: fc.array(training, { maxLength: 2 }),
        labor: labor(sourceIds),
        skills: fc.array(text, { maxLength: 3 }),
        designation: fc.constantFrom('priority', 'critical'),
        highGrowth: fc.boolean(),
        links: fc.array(fc.record({ label: nonEmptyText, url }), { maxLength: 2 }),
        position: withUnknown(fc.record({ x: coordinate, y: coordinate })),
      },
      { requiredKeys: ['id', 'title'] },
    ),
  );
}

const group = (groupId: string) =>
  withUnknown(
    fc.record(
      { id: fc.constant(groupId), label: nonEmptyText, color: fc.constantFrom('#36c', '#3366CC', '#a0b1c2') },
      { requiredKeys: ['id', 'label'] },
    ),
  );

const transition = (transitionId: string, from: string, to: string) =>
  withUnknown(
    fc.record(
      {
        id: fc.constant(transitionId),
        from: fc.constant(from),
        to: fc.constant(to),
        kind: fc.constantFrom('advancement', 'lateral', 'entry'),
        requirements: fc.array(text, { maxLength: 2 }),
        typicalMonths: amount,
        costUsd: amount,
        viaApprenticeship: fc.boolean(),
        notes: text,
      },
      { requiredKeys: ['id', 'from', 'to'] },
    ),
  );

const hiringEvent = (eventId: string, occupationIds: readonly string[]) =>
  fc.record(
    {
      id: fc.constant(eventId),
      date: isoDate,
      employer: nonEmptyText,
      kind: fc.constantFrom('expansion', 'relocation', 'layoff', 'other'),
      jobs: count,
      occupationIds: fc.subarray([...occupationIds]),
      note: text,
    },
    { requiredKeys: ['id', 'date', 'employer', 'kind'] },
  );

const suggestion = fc.record(
  {
    kind: fc.constantFrom('add-transition', 'remove-transition', 'set-field'),
    field: text,
    value: fc.jsonValue({ maxDepth: 1 }).map(normalizeJson).filter((value) => !hasForbiddenKey(value)),
  },
  { requiredKeys: ['kind'] },
);

const feedback = (feedbackId: string, targets: readonly string[]) =>
  withUnknown(
    fc.record(
      {
        id: fc.constant(feedbackId),
        targetId: pick(targets),
        organization: nonEmptyText,
        author: text,
        kind: fc.constantFrom('critical-vote', 'skill-gap', 'comment', 'validated'),
        text,
        suggestion,
        createdAt: isoDate,
        status: fc.constantFrom('open', 'accepted', 'dismissed'),
        decidedAt: isoDate,
      },
      { requiredKeys: ['id', 'organization', 'kind', 'createdAt', 'status'] },
    ),
  );

const source = (sourceId: string) =>
  // A source's address is a web page (never mailto:).
  fc.record({ id: fc.constant(sourceId), label: nonEmptyText, url: fc.webUrl(), year }, { requiredKeys: ['id', 'label'] });

type Plan = { ids: string[]; occupationCount: number; groupIds: string[]; sourceIds: string[]; listIds: string[] };
type Pair = readonly [string, string];

function mapFromPlan({ ids, occupationCount, groupIds, sourceIds, listIds }: Plan, pairs: readonly Pair[]) {
  const occupationIds = ids.slice(0, occupationCount);
  const transitionIds = ids.slice(occupationCount, occupationCount + pairs.length);
  const [eventIds, feedbackIds] = [listIds.slice(0, 2), listIds.slice(2)];
  return fc.record(
    {
      schemaVersion: fc.constant(1),
      id,
      title: fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }),
      description: text,
      region: text,
      sector: text,
      wageBasis: text,
      reviewedAt: isoDate,
      groups: fc.tuple(...groupIds.map(group)),
      occupations: fc.tuple(...occupationIds.map((o) => occupation(o, groupIds, sourceIds))),
      transitions: fc.tuple(...pairs.map(([from, to], index) => transition(transitionIds[index] ?? '', from, to))),
      hiringEvents: fc.tuple(...eventIds.map((e) => hiringEvent(e, occupationIds))),
      feedback: fc.tuple(...feedbackIds.map((f) => feedback(f, [...occupationIds, ...transitionIds]))),
      sources: fc.tuple(...sourceIds.map(source)),
    },
    { requiredKeys: ['schemaVersion', 'id', 'title', 'groups', 'occupations', 'transitions', 'hiringEvents', 'feedback', 'sources'] },
  );
}

/** Distinct ordered pairs of different occupations, at most one per available transition id. */
function choosePairs({ ids, occupationCount }: Plan): fc.Arbitrary<Pair[]> {
  const occupationIds = ids.slice(0, occupationCount);
  const pairs = occupationIds.flatMap((from) => occupationIds.filter((to) => to !== from).map((to): Pair => [from, to]));
  return fc.shuffledSubarray(pairs, { maxLength: Math.min(pairs.length, ids.length - occupationIds.length) });
}

/** A valid v1 map file's data (requirements as lists of texts, the built-in levels). */
export const validV1Map: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    ids: fc.uniqueArray(id, { maxLength: 20 }),
    occupationCount: fc.nat({ max: 7 }),
    groupIds: fc.uniqueArray(id, { maxLength: 3 }),
    sourceIds: fc.uniqueArray(id, { maxLength: 2 }),
    listIds: fc.uniqueArray(id, { maxLength: 4 }),
  })
  .chain((plan) => choosePairs(plan).chain((pairs) => withUnknown(mapFromPlan(plan, pairs))));

/** A valid map, as parseMap would return it: a v1 map brought to v2 (its levels, no steps, requirement trees). */
export const validMap: fc.Arbitrary<PathwayMap> = validV1Map.map(
  (map) => ({ ...v1ToV2(map), schemaVersion: 2, steps: [] }) as unknown as PathwayMap,
);
