import { MarkerType, type Edge, type Node } from '@xyflow/react';
import type {
  EducationLevel,
  PathwayMap,
  StepKind,
  Transition,
  TransitionKind,
} from '../../domain/schema/map';
import { ladderPositions } from '../../layout/ladder-positions';
import { toLayoutMap } from '../../layout/layout-map';
import { levelLabel } from '../../domain/levels';
import { MOVE_NAMES, monthsDescription, monthsLabel, occupationBadges, type Badge } from '../../domain/labels';
import { stepKeyFigures, stepKindLine, stepNameParts } from '../../domain/steps/step-words';
import { CARD_PARTS, cardDescribedBy, DEFAULT_FLOW_ID } from './card-description';
import { LARGE_MAP_CARDS } from '../../layout/canvas-limits';
import { safeColour } from './safe-colour';
import { UNMEASURED_CARD } from './unmeasured-card';
import { wageScales, type WageScales, type WageUnit } from './wage-scale';
import type { WageStatistic } from '../../domain/wage-statistic';
import { hiringEventsByOccupation, type HiringEventKind } from '../../domain/hiring-event-words';

/**
 * What a card shows, picked field by field from the occupation (never the map's objects themselves).
 * Plain values and interned badge lists only, so an unchanged card's data is shallow-equal after a rebuild.
 */
export type OccupationNodeData = {
  title: string;
  socCode: string | undefined;
  /** The label of the card's level, from the map's own levels. */
  level: string | undefined;
  education: EducationLevel | undefined;
  /** The education is shown "(not verified)". */
  educationNotVerified: boolean;
  wageMin: number | undefined;
  wageAmount: number | undefined;
  wageMax: number | undefined;
  wageUnit: WageUnit | undefined;
  /** Which statistic wageAmount is (undefined: not stated). */
  wageStatistic: WageStatistic | undefined;
  /** Top of the map's wage scale for this wage's unit ($0 → top), shared by every card with that unit. */
  wageScaleTop: number | undefined;
  badges: readonly Badge[];
  /** How many hiring events name the occupation; undefined when none (no marker on the card). */
  hiringEventCount: number | undefined;
  /** The kind of the newest of them, which colours the marker. */
  latestHiringKind: HiringEventKind | undefined;
  /** The group's colour, already checked against COLOR_PATTERN (and checked again where it is drawn). */
  colour: string | undefined;
  groupLabel: string | undefined;
};
export type OccupationFlowNode = Node<OccupationNodeData, 'occupation'>;

/** What a step card (credential, program, experience, milestone) shows: plain values only, like an occupation's. */
export type StepNodeData = {
  title: string;
  kind: StepKind;
  /** "Credential · License", "Experience · 2,000 hours" (step-words.ts). */
  kindLine: string;
  /** The words its name puts around the title, said but not shown: "Credential: ", " (license)". */
  nameBefore: string;
  nameAfter: string;
  /** Its key figures joined ("12 months · Costs $4,000"); undefined when none is known. */
  figures: string | undefined;
  colour: string | undefined;
  groupLabel: string | undefined;
};
export type StepFlowNode = Node<StepNodeData, 'step'>;

/** Any card on the canvas: an occupation or a step between jobs. */
export type CardFlowNode = OccupationFlowNode | StepFlowNode;

export type TransitionEdgeData = {
  kind: TransitionKind;
  typicalMonths: number | undefined;
  /** Set by card-marks.ts while a route is highlighted: on it, or faded. */
  emphasis?: 'route' | 'faded';
};
export type TransitionFlowEdge = Edge<TransitionEdgeData, 'transition'>;

export type FlowElements = { nodes: CardFlowNode[]; edges: TransitionFlowEdge[]; wageScales: WageScales };

/** Arrow colour: a constant, so every arrow shares one marker definition. Matches canvas.css. */
export const ARROW_COLOUR = '#52606d';

/**
 * A card is a button (Enter or a click selects it; React Flow's default role is "group"), named by
 * its content's title and described by the rest (card-description.ts), so it has no aria-label.
 * React Flow also calls every card a "node" (aria-roledescription), which a screen reader would say
 * instead of "button": dropped here (undefined leaves the attribute out). A fresh object for each
 * card, so a card's marks (card-marks.ts) can add to it.
 */
const cardRole = (flowId: string, id: string): Pick<CardFlowNode, 'ariaRole' | 'domAttributes'> => ({
  ariaRole: 'button',
  domAttributes: { 'aria-roledescription': undefined, 'aria-describedby': cardDescribedBy(flowId, id, CARD_PARTS) },
});

const EDGE_CLASSES: Readonly<Record<TransitionKind, string>> = {
  advancement: 'transition-edge transition-edge--advancement',
  lateral: 'transition-edge transition-edge--lateral',
  entry: 'transition-edge transition-edge--entry',
};

/**
 * Builds fresh React Flow nodes and edges from a map: the one place a map becomes canvas elements.
 * Only named fields are copied, into new objects: React Flow spreads some node and edge props
 * (style, className, domAttributes) onto the DOM, so map data never goes there wholesale.
 * Whether cards can be dragged or connected is the canvas's choice (nodesDraggable, nodesConnectable).
 * `flowId`: the canvas's React Flow id, which the cards' descriptions name.
 */
export function toFlowElements(map: PathwayMap, flowId: string = DEFAULT_FLOW_ID): FlowElements {
  const positions = ladderPositions(toLayoutMap(map));
  const groups = new Map(map.groups.map((group) => [group.id, group]));
  // Arrows may join any two cards, so both kinds name their ends.
  const titles = new Map([...map.occupations, ...map.steps].map((card) => [card.id, card.title]));
  const scales = wageScales(map.occupations);
  const hiring = hiringEventsByOccupation(map);
  // Only a large map draws just what is in view; a small one is drawn whole and measured at once.
  const unmeasured = map.occupations.length + map.steps.length > LARGE_MAP_CARDS ? UNMEASURED_CARD : {};

  const nodes = map.occupations.map((occupation): OccupationFlowNode => {
    const group = occupation.groupId === undefined ? undefined : groups.get(occupation.groupId);
    const position = positions.get(occupation.id);
    const events = hiring.get(occupation.id);
    return {
      id: occupation.id,
      type: 'occupation',
      position: { x: position?.x ?? 0, y: position?.y ?? 0 },
      ...unmeasured,
      ...cardRole(flowId, occupation.id),
      data: {
        title: occupation.title,
        socCode: occupation.socCode,
        level: levelLabel(map.levels, occupation.level),
        education: occupation.education,
        educationNotVerified: occupation.educationNotVerified === true,
        wageMin: occupation.wage?.min,
        wageAmount: occupation.wage?.amount,
        wageMax: occupation.wage?.max,
        wageUnit: occupation.wage?.unit,
        wageStatistic: occupation.wage?.statistic,
        wageScaleTop: occupation.wage ? scales[occupation.wage.unit]?.top : undefined,
        badges: occupationBadges(occupation),
        hiringEventCount: events?.length,
        latestHiringKind: events?.[0]?.kind,
        colour: safeColour(group?.color),
        groupLabel: group?.label,
      },
    };
  });

  const stepNodes = map.steps.map((step): StepFlowNode => {
    const group = step.groupId === undefined ? undefined : groups.get(step.groupId);
    // Placed by the layout when it knows steps, else where the step was saved.
    const position = positions.get(step.id) ?? step.position;
    const figures = stepKeyFigures(step);
    const name = stepNameParts(step);
    return {
      id: step.id,
      type: 'step',
      position: { x: position?.x ?? 0, y: position?.y ?? 0 },
      ...unmeasured,
      ...cardRole(flowId, step.id),
      data: {
        title: step.title,
        kind: step.kind,
        kindLine: stepKindLine(step),
        nameBefore: name.before,
        nameAfter: name.after,
        figures: figures.length === 0 ? undefined : figures.join(' · '),
        colour: safeColour(group?.color),
        groupLabel: group?.label,
      },
    };
  });

  const edges = map.transitions
    .filter((transition) => titles.has(transition.from) && titles.has(transition.to))
    .map((transition) => transitionEdge(transition, titles));

  return { nodes: [...nodes, ...stepNodes], edges, wageScales: scales };
}

function transitionEdge(transition: Transition, titles: Map<string, string>): TransitionFlowEdge {
  const kind = transition.kind ?? 'advancement';
  const months = transition.typicalMonths;
  const edge: TransitionFlowEdge = {
    id: transition.id,
    source: transition.from,
    target: transition.to,
    type: 'transition',
    className: EDGE_CLASSES[kind],
    markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16, color: ARROW_COLOUR },
    ariaLabel: `${MOVE_NAMES[kind]} from ${titles.get(transition.from)} to ${titles.get(transition.to)}`,
    data: { kind, typicalMonths: months },
  };
  if (months !== undefined) {
    edge.label = monthsLabel(months);
    edge.domAttributes = { 'aria-description': monthsDescription(months) };
  }
  return edge;
}
