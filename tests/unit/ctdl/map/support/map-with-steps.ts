import fc from 'fast-check';
import { parseMap } from '../../../../../src/domain/parse';
import type { PathwayMap, Requirement, Step } from '../../../../../src/domain/schema/map';
import { serializeMap } from '../../../../../src/domain/serialize';
import { validMap } from '../../../domain/arbitraries';

// The domain's generated maps (occupations, moves, groups, sources…) with what CTDL speaks for added:
// steps of every kind with ways in (naming only earlier cards, so no loop), moves to and from steps,
// custom levels, CTIDs on some cards, a goal. Kept only when parseMap accepts the result.

const text = fc.string({ unit: 'binary', maxLength: 16 });
const title = fc.string({ unit: 'binary', minLength: 1, maxLength: 16 });
const amount = fc.double({ min: 0, max: 1e6, noNaN: true }).map((n) => (Object.is(n, -0) ? 0 : n));
const uuid = fc.uuid().map((u) => `ce-${u.toLowerCase()}`);

function tree(cardIds: readonly string[], depth: number): fc.Arbitrary<Requirement> {
  const item = fc.oneof(
    cardIds.length > 0 ? fc.constantFrom(...cardIds).map((cardId): Requirement => ({ type: 'credential', cardId })) : fc.constant<Requirement>({ type: 'other', text: 'a reference' }),
    text.map((t): Requirement => ({ type: 'other', text: t })),
    fc.record({ type: fc.constant('experience' as const), months: amount }, { requiredKeys: ['type'] }),
  );
  if (depth <= 0) return item;
  return fc.oneof(
    item,
    fc.array(tree(cardIds, depth - 1), { maxLength: 3 }).map((of): Requirement => ({ type: 'all', of })),
    fc.tuple(fc.array(tree(cardIds, depth - 1), { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 3 })).map(([of, count]): Requirement => ({ type: 'any', count, of })),
  );
}

function step(id: string, earlier: readonly string[], levelIds: readonly string[]): fc.Arbitrary<Step> {
  const common = {
    id: fc.constant(id),
    title,
    summary: text,
    level: fc.constantFrom(...levelIds),
    toGetIn: tree(earlier, 2),
    componentCtid: uuid,
    links: fc.array(fc.record({ label: title, url: fc.oneof(fc.webUrl(), fc.constant('mailto:a@example.org')) }), { maxLength: 2 }),
  };
  const required = ['id', 'kind', 'title'] as never[];
  return fc.oneof(
    fc.record({ ...common, kind: fc.constant('credential' as const), credentialType: fc.constantFrom('certificate', 'certification', 'license', 'degree', 'badge'), ctid: uuid, costUsd: amount }, { requiredKeys: [...required, 'credentialType' as never] }),
    fc.record({ ...common, kind: fc.constant('program' as const), programType: fc.constantFrom('training', 'registered-apprenticeship', 'pre-apprenticeship'), lengthMonths: amount }, { requiredKeys: [...required, 'programType' as never] }),
    fc.record({ ...common, kind: fc.constant('experience' as const), hours: amount, months: amount }, { requiredKeys: required }),
    fc.record({ ...common, kind: fc.constant('milestone' as const) }, { requiredKeys: required }),
  ) as fc.Arbitrary<Step>;
}

export const mapWithSteps: fc.Arbitrary<PathwayMap> = validMap
  .chain((map) => {
    const taken = new Set([...map.occupations, ...map.transitions].map((x) => x.id));
    const stepIds = ['s-1', 's-2', 's-3', 's-4'].filter((id) => !taken.has(id));
    return fc.record({
      map: fc.constant(map),
      levels: fc.option(fc.uniqueArray(fc.record({ id: fc.constantFrom('one', 'two', 'three', 'four'), label: title }), { minLength: 1, maxLength: 4, selector: (l) => l.id }), { nil: undefined }),
      stepCount: fc.integer({ min: 0, max: stepIds.length }),
      stepIds: fc.constant(stepIds),
      pathwayCtid: fc.option(uuid, { nil: undefined }),
      occupationCtids: fc.array(fc.option(uuid, { nil: undefined }), { minLength: map.occupations.length, maxLength: map.occupations.length }),
    });
  })
  .chain(({ map, levels, stepCount, stepIds, pathwayCtid, occupationCtids }) => {
    const levelIds = (levels ?? map.levels).map((l) => l.id);
    const ids = stepIds.slice(0, stepCount);
    const occupationIds = map.occupations.map((o) => o.id);
    const steps = fc.tuple(...ids.map((id, index) => step(id, [...occupationIds, ...ids.slice(0, index)], levelIds)));
    const cards = [...occupationIds, ...ids];
    const pairs = cards.flatMap((from) => ids.filter((to) => to !== from).map((to) => [from, to] as const));
    return fc.record({
      steps,
      extraMoves: fc.shuffledSubarray(pairs, { maxLength: Math.min(4, pairs.length) }),
      goal: fc.option(cards.length > 0 ? fc.constantFrom(...cards) : fc.constant(undefined), { nil: undefined }),
    }).map(({ steps: made, extraMoves, goal }) => {
      const occupations = map.occupations.map((o, i) => {
        const level = o.level !== undefined && levelIds.includes(o.level) ? o.level : undefined;
        const { level: _dropped, ...rest } = o;
        return { ...rest, ...(level ? { level } : {}), ...(occupationCtids[i] ? { componentCtid: occupationCtids[i] } : {}) };
      });
      const moves = extraMoves.map(([from, to], i) => ({ id: `m-${i}`, from, to, kind: 'entry' as const, typicalMonths: 3 }));
      const next = { ...map, occupations, steps: made, transitions: [...map.transitions, ...moves], ...(levels ? { levels } : {}), ...(pathwayCtid ? { pathwayCtid } : {}), ...(goal ? { goalId: goal } : {}) };
      const parsed = parseMap(serializeMap(next as PathwayMap));
      return parsed.ok ? parsed.map : undefined;
    });
  })
  .filter((map): map is PathwayMap => map !== undefined);
