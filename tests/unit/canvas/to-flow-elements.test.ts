import { describe, expect, it } from 'vitest';
import { toFlowElements, type CardFlowNode, type OccupationFlowNode } from '../../../src/features/canvas/to-flow-elements';
import { buildMap } from '../../support/build-map';

const map = buildMap({
  groups: [{ id: 'care', label: 'Direct care', color: '#2a7' }],
  occupations: [
    { id: 'cna', title: 'Nursing Assistant', groupId: 'care', level: 'entry', socCode: '31-1131.00', education: 'postsecondary-nondegree', wage: { min: 30000, amount: 32400, max: 36000, unit: 'year' }, highGrowth: true, designation: 'priority' },
    { id: 'lpn', title: 'Licensed Practical Nurse', groupId: 'care', level: 'middle', wage: { amount: 57110, unit: 'year' }, highGrowth: true, designation: 'priority' },
    { id: 'ma', title: 'Medical Assistant', apprenticeship: { registered: true, preApprenticeship: true }, designation: 'critical' },
  ],
  transitions: [
    { id: 'up', from: 'cna', to: 'lpn', kind: 'advancement', typicalMonths: 18 },
    { id: 'across', from: 'cna', to: 'ma', kind: 'lateral', typicalMonths: 1.5 },
    { id: 'in', from: 'ma', to: 'lpn', kind: 'entry' },
  ],
});

describe('toFlowElements: cards', () => {
  it('picks what a card shows, with the wage scale the whole map shares', () => {
    const { nodes, wageScales } = toFlowElements(map);
    expect(wageScales).toEqual({ year: { unit: 'year', top: 60000 } });
    expect(nodes[0]?.data).toEqual({
      title: 'Nursing Assistant',
      socCode: '31-1131.00',
      // The label of the card's level, from the map's own levels.
      level: 'Entry level',
      education: 'postsecondary-nondegree',
      educationNotVerified: false,
      wageMin: 30000,
      wageAmount: 32400,
      wageMax: 36000,
      wageUnit: 'year',
      wageScaleTop: 60000,
      badges: [
        { kind: 'priority', label: 'Priority' },
        { kind: 'high-growth', label: 'Bright Outlook (basis not stated)' },
      ],
      colour: '#2a7',
      groupLabel: 'Direct care',
    });
    const jobs = nodes.filter((node: CardFlowNode): node is OccupationFlowNode => node.type === 'occupation');
    expect(jobs[1]?.data.wageScaleTop).toBe(60000);
    expect(jobs[2]?.data.wageScaleTop).toBeUndefined();
    expect(jobs[2]?.data.badges.map((badge) => badge.label)).toEqual(['Critical', 'Registered apprenticeship', 'Pre-apprenticeship']);
  });

  it('makes every card a button, named by its content (no aria-label), described by its parts, not called a "node"', () => {
    for (const node of toFlowElements(map, 'flow').nodes) {
      expect(node.ariaRole).toBe('button');
      expect(node).not.toHaveProperty('ariaLabel');
      expect(node.domAttributes).toHaveProperty(
        'aria-describedby',
        `flow-card-picked-${node.id} flow-card-details-${node.id} react-flow__node-desc-flow`,
      );
      // React Flow sets aria-roledescription="node"; an undefined value here leaves it out.
      expect(node.domAttributes).toHaveProperty('aria-roledescription', undefined);
    }
  });

  it('leaves dragging and connecting to the canvas, so the editor can allow them', () => {
    for (const node of toFlowElements(map).nodes) {
      expect(node).not.toHaveProperty('draggable');
      expect(node).not.toHaveProperty('connectable');
    }
  });

  it('gives an unchanged card shallow-equal data when the map is rebuilt', () => {
    const [first] = toFlowElements(map).nodes;
    const [again] = toFlowElements(structuredClone(map)).nodes;
    for (const [key, value] of Object.entries(first?.data ?? {})) expect(again?.data[key as never]).toBe(value);
  });

  it('drops a group colour that is not a plain hex colour', () => {
    const tampered = structuredClone(map);
    tampered.groups[0]!.color = '#fff; background: url(https://evil.example/x)';
    expect(toFlowElements(tampered).nodes[0]?.data.colour).toBeUndefined();
  });
});

describe('toFlowElements: moves', () => {
  it('styles each kind by class and names it for screen readers', () => {
    const edges = toFlowElements(map).edges;
    expect(edges.map((edge) => [edge.type, edge.className, edge.ariaLabel])).toEqual([
      ['transition', 'transition-edge transition-edge--advancement', 'Move from Nursing Assistant to Licensed Practical Nurse'],
      ['transition', 'transition-edge transition-edge--lateral', 'Lateral move from Nursing Assistant to Medical Assistant'],
      ['transition', 'transition-edge transition-edge--entry', 'Entry move from Medical Assistant to Licensed Practical Nurse'],
    ]);
    expect(edges.every((edge) => typeof edge.markerEnd === 'object')).toBe(true);
  });

  it('labels a move with its typical months, short, and describes it in words', () => {
    const [up, across, entry] = toFlowElements(map).edges;
    expect(up?.label).toBe('18 mo');
    expect(up?.domAttributes).toEqual({ 'aria-description': 'Usually takes about 18 months' });
    expect(across?.label).toBe('1.5 mo');
    expect(entry).not.toHaveProperty('label');
    expect(entry).not.toHaveProperty('domAttributes');
  });

  it('treats a move without a kind as advancement and skips moves whose ends are missing', () => {
    const tampered = structuredClone(map);
    delete tampered.transitions[0]!.kind;
    tampered.transitions[1]!.to = 'gone';
    const edges = toFlowElements(tampered).edges;
    expect(edges.map((edge) => edge.id)).toEqual(['up', 'in']);
    expect(edges[0]?.className).toContain('transition-edge--advancement');
  });
});

describe('toFlowElements: nothing from the file reaches React Flow props', () => {
  const hostile = {
    style: { backgroundImage: 'url(https://evil.example/track)' },
    className: 'evil',
    domAttributes: { onclick: 'alert(1)' },
    hidden: true,
    selected: true,
    zIndex: 99,
    data: { injected: true },
  };
  const payloadMap = buildMap({
    groups: [{ id: 'g', label: 'G', color: '#123456', ...hostile }],
    occupations: [
      { id: 'a', title: 'A', groupId: 'g', wage: { amount: 1, unit: 'hour', ...hostile }, ...hostile },
      { id: 'b', title: 'B', groupId: 'g' },
    ],
    transitions: [{ id: 'ab', from: 'a', to: 'b', label: 'evil', animated: true, type: 'evil', markerEnd: 'evil', ...hostile }],
  });

  it('builds nodes and edges from named fields only', () => {
    // The parsed map keeps unknown fields (nothing a newer tool wrote is lost)…
    expect(payloadMap.occupations[0]).toMatchObject({ className: 'evil', hidden: true });
    expect(payloadMap.transitions[0]).toMatchObject({ label: 'evil', type: 'evil' });
    // …and none of them becomes a node or edge prop.
    const { nodes, edges } = toFlowElements(payloadMap);
    expect(Object.keys(nodes[0] ?? {}).sort()).toEqual(['ariaRole', 'data', 'domAttributes', 'id', 'position', 'type']);
    expect(Object.keys(nodes[0]?.data ?? {}).sort()).toEqual(
      ['badges', 'colour', 'education', 'educationNotVerified', 'groupLabel', 'hiringEventCount', 'latestHiringKind', 'level', 'socCode', 'title', 'wageMax', 'wageAmount', 'wageMin', 'wageScaleTop', 'wageStatistic', 'wageUnit'].sort(),
    );
    expect(Object.keys(edges[0] ?? {}).sort()).toEqual(['ariaLabel', 'className', 'data', 'id', 'markerEnd', 'source', 'target', 'type']);
    expect(edges[0]).toMatchObject({ type: 'transition', className: 'transition-edge transition-edge--advancement' });
    expect(Object.keys(edges[0]?.data ?? {}).sort()).toEqual(['kind', 'typicalMonths']);
    expect(JSON.stringify({ nodes, edges })).not.toMatch(/evil|injected|alert|onclick/);
  });
});

describe('toFlowElements: step cards', () => {
  const withSteps = {
    ...buildMap({
    schemaVersion: 2,
    groups: [{ id: 'care', label: 'Direct care', color: '#2a7' }],
    occupations: [{ id: 'rn', title: 'Registered Nurse', level: 'advanced' }],
    steps: [
      { id: 'nclex-rn', kind: 'credential', credentialType: 'license', title: 'NCLEX-RN', groupId: 'care', className: 'evil', hidden: true },
      { id: 'adn', kind: 'program', programType: 'training', title: 'ADN', lengthMonths: 24 },
      { id: 'hours', kind: 'experience', title: 'Clinical hours', hours: 2000 },
    ],
    }),
    // Moves joining steps, set after parsing: the canvas draws whatever map it is given.
    transitions: [
      { id: 'licensed', from: 'nclex-rn', to: 'rn' },
      { id: 'study', from: 'adn', to: 'nclex-rn' },
    ],
  };

  it('makes a card for every step, named by its kind, with only the figures the map knows', () => {
    const steps = toFlowElements(withSteps).nodes.filter((node) => node.type === 'step');
    // Named by kind, title and sub-type: the card says the words around its title (step-node.tsx).
    expect(steps.map((node) => `${node.data.nameBefore}${node.data.title}${node.data.nameAfter}`)).toEqual([
      'Credential: NCLEX-RN (license)',
      'Program: ADN (training)',
      'Experience: Clinical hours (2,000 hours)',
    ]);
    expect(steps.map((node) => node.data)).toEqual([
      { title: 'NCLEX-RN', kind: 'credential', kindLine: 'Credential · License', nameBefore: 'Credential: ', nameAfter: ' (license)', figures: undefined, colour: '#2a7', groupLabel: 'Direct care' },
      { title: 'ADN', kind: 'program', kindLine: 'Program · Training', nameBefore: 'Program: ', nameAfter: ' (training)', figures: '24 months', colour: undefined, groupLabel: undefined },
      { title: 'Clinical hours', kind: 'experience', kindLine: 'Experience · 2,000 hours', nameBefore: 'Experience: ', nameAfter: ' (2,000 hours)', figures: undefined, colour: undefined, groupLabel: undefined },
    ]);
    // Unknown fields of a step never become node props either.
    expect(Object.keys(steps[0] ?? {}).sort()).toEqual(['ariaRole', 'data', 'domAttributes', 'id', 'position', 'type']);
  });

  it('draws arrows between steps and occupations, named by both ends', () => {
    const { edges } = toFlowElements(withSteps);
    expect(edges.map((edge) => [edge.source, edge.target, edge.ariaLabel])).toEqual([
      ['nclex-rn', 'rn', 'Move from NCLEX-RN to Registered Nurse'],
      ['adn', 'nclex-rn', 'Move from ADN to NCLEX-RN'],
    ]);
  });
});
