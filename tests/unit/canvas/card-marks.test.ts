import { describe, expect, it } from 'vitest';
import { markEdges, markNodes, NO_MARKS, NOT_KNOWN_DESCRIPTIONS, type CanvasMarks } from '../../../src/features/canvas/card-marks';
import { toFlowElements } from '../../../src/features/canvas/to-flow-elements';
import { buildMap } from '../../support/build-map';

const map = buildMap({
  occupations: [
    { id: 'a', title: 'A' },
    { id: 'b', title: 'B' },
    { id: 'c', title: 'C' },
  ],
  transitions: [
    { id: 'a-b', from: 'a', to: 'b', typicalMonths: 6 },
    { id: 'b-c', from: 'b', to: 'c' },
  ],
});
const { nodes, edges } = toFlowElements(map, 'flow');
const marks = (change: Partial<CanvasMarks>): CanvasMarks => ({ ...NO_MARKS, ...change });

describe('markNodes', () => {
  it('leaves unmarked cards exactly as built', () => {
    const marked = markNodes(nodes, NO_MARKS, 'flow');
    marked.forEach((node, index) => expect(node).toBe(nodes[index]));
  });

  it('marks the selected, dimmed and route cards by class, selection and description, then the card’s own description (its details, React Flow’s keyboard hint last)', () => {
    const [a, b, c] = markNodes(nodes, marks({ selectedId: 'a', dimmedIds: new Set(['a', 'c']), route: { occupationIds: new Set(['b']), transitionIds: new Set() } }), 'flow');
    expect(a).toMatchObject({
      selected: true,
      className: 'occupation-node--selected occupation-node--dimmed',
      domAttributes: { 'aria-describedby': 'flow-mark-selected flow-mark-dimmed flow-card-picked-a flow-card-details-a react-flow__node-desc-flow', 'aria-current': 'true' },
    });
    // The route's tone (ink unless the map's group colours are near it: route-tone.ts) rides on its own class.
    expect(b).toMatchObject({ selected: false, className: 'occupation-node--route occupation-node--route-ink' });
    expect(b?.domAttributes).not.toHaveProperty('aria-current');
    // A marked card is still a button, not a "node".
    expect(a?.domAttributes).toHaveProperty('aria-roledescription', undefined);
    expect(c?.domAttributes?.['aria-describedby']).toBe('flow-mark-dimmed flow-card-picked-c flow-card-details-c react-flow__node-desc-flow');
    // The map's own data is carried over untouched.
    expect(a?.data).toBe(nodes[0]?.data);
  });

  it('marks a card not known for the filters by what it lacks, and never describes it as a non-match, dimmed or not', () => {
    const notKnown = new Map([['a', ['education', 'wage'] as const], ['b', ['wage'] as const]]);
    const [a, b] = markNodes(nodes, marks({ dimmedIds: new Set(['a']), notKnown }), 'flow');
    expect(a).toMatchObject({
      className: 'occupation-node--dimmed occupation-node--not-known',
      domAttributes: { 'aria-describedby': 'flow-mark-not-known-education-wage flow-card-picked-a flow-card-details-a react-flow__node-desc-flow' },
    });
    expect(b).toMatchObject({
      className: 'occupation-node--not-known',
      domAttributes: { 'aria-describedby': 'flow-mark-not-known-wage flow-card-picked-b flow-card-details-b react-flow__node-desc-flow' },
    });
  });

  it('has a description for every set of missing figures', () => {
    expect(NOT_KNOWN_DESCRIPTIONS).toHaveLength(15);
    expect(NOT_KNOWN_DESCRIPTIONS).toContainEqual({ key: 'not-known-education-wage', text: 'Not known for the filters: no education on file, no wage on file.' });
  });

  it('gives a card the same object while its marks stay the same, so React Flow skips it', () => {
    const first = markNodes(nodes, marks({ selectedId: 'a', dimmedIds: new Set(['c']) }), 'flow');
    const second = markNodes(nodes, marks({ selectedId: 'b', dimmedIds: new Set(['c']) }), 'flow');
    expect(second[2]).toBe(first[2]);
    expect(second[0]).toBe(nodes[0]);
    expect(second[1]).not.toBe(first[1]);
  });
});

describe('markEdges', () => {
  it('changes nothing without a route', () => {
    expect(markEdges(edges, NO_MARKS)).toBe(edges);
  });

  it('makes a route’s arrows stand out and fades the rest, keeping the arrow’s time in its description', () => {
    const [onRoute, off] = markEdges(edges, marks({ route: { occupationIds: new Set(['a', 'b']), transitionIds: new Set(['a-b']) } }));
    expect(onRoute?.className).toBe('transition-edge transition-edge--advancement transition-edge--on-route transition-edge--route-ink');
    // A larger head in the route's tone: a form no other arrow has.
    expect(onRoute?.markerEnd).toMatchObject({ color: '#111111', width: 30, height: 30, markerUnits: 'userSpaceOnUse' });
    expect(onRoute?.domAttributes?.['aria-description']).toBe('On the highlighted route. Usually takes about 6 months.');
    expect(off?.className).toBe('transition-edge transition-edge--advancement transition-edge--faded');
    expect(off?.domAttributes).toBeUndefined();
    // Their time labels follow: bold on the route, grey off it (transition-edge.tsx).
    expect(onRoute?.data).toEqual({ kind: 'advancement', typicalMonths: 6, emphasis: 'route' });
    expect(off?.data).toEqual({ kind: 'advancement', typicalMonths: undefined, emphasis: 'faded' });
    // The built arrow is not changed.
    expect(edges[0]?.className).toBe('transition-edge transition-edge--advancement');
  });

  it('draws the route in the tone it is given, on its cards and its arrows', () => {
    const route = { occupationIds: new Set(['a']), transitionIds: new Set(['a-b']), tone: 'magenta' as const };
    const [onRoute] = markEdges(edges, marks({ route }));
    expect(onRoute?.className).toContain('transition-edge--route-magenta');
    expect(onRoute?.markerEnd).toMatchObject({ color: '#b0006e' });
    expect(markNodes(nodes, marks({ route }), 'flow')[0]?.className).toBe('occupation-node--route occupation-node--route-magenta');
  });
});
