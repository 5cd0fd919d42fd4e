import { describe, expect, it } from 'vitest';
import { parseMap } from '../../../src/domain/parse';
import { findRoutes } from '../../../src/domain/graph/find-routes';
import { requirementTrees } from '../../../src/domain/cards';
import { isGroup, type Requirement } from '../../../src/domain/schema/requirement';
import { generateMixedMapJson } from '../../bench/generate-mixed-map';

// The bench's mixed map must stay a valid v2 map as the format grows, and must keep measuring what
// it says it measures: many kinds, nested trees naming cards, routes through steps.
describe('the bench map of mixed kinds', () => {
  const parsed = parseMap(JSON.stringify(generateMixedMapJson(2000)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
  const { map } = parsed;

  it('has 2,000 cards, 60 % of them jobs, and steps of every kind on its own five levels', () => {
    expect(map.occupations).toHaveLength(1200);
    expect(map.steps).toHaveLength(800);
    expect(new Set(map.steps.map((step) => step.kind))).toEqual(new Set(['credential', 'program', 'experience', 'milestone']));
    expect(map.levels.map((level) => level.id)).toEqual(['term-1', 'term-2', 'term-3', 'term-4', 'term-5']);
  });

  it('has nested "all"/"any" trees whose items name cards, on moves and on ways in', () => {
    const depth = (node: Requirement): number => (isGroup(node) ? 1 + Math.max(0, ...node.of.map(depth)) : 0);
    const trees = requirementTrees(map);
    const named = (tree: Requirement): boolean => (isGroup(tree) ? tree.of.some(named) : tree.cardId !== undefined);
    expect(trees.some(({ path, tree }) => path.startsWith('transitions') && depth(tree) >= 3 && named(tree))).toBe(true);
    expect(trees.some(({ path, tree }) => path.startsWith('steps') && tree.type === 'any' && named(tree))).toBe(true);
  });

  it('has routes between jobs that pass through step cards', () => {
    const search = findRoutes(map, { from: 'occ-600', to: 'occ-603' });
    expect(search.status).toBe('found');
    expect(search.routes.some((route) => route.steps.some((step) => step.via.length > 0))).toBe(true);
  });
});
