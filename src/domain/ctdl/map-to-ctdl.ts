import { cardsOf, type Card } from '../cards';
import type { CredentialStep, Occupation, PathwayMap, Step, Transition } from '../schema/map';
import type { Requirement } from '../schema/requirement';
import { type CtdlGraph, type CtdlNode, type CtdlValue } from './ctdl-graph';
import { CLASS_OF_CREDENTIAL_TYPE, CLASS_OF_KIND, credentialTypeOfClass, type CardKind } from './component-kinds';
import { requirementToSpecs, writeConditions, type ConditionSpec } from './conditions';
import { keptNodes, keptProps, keptTypes, type Kept } from './ctdl-kept';
import { deterministicCtid, isCtid } from './mint-ctid';
import { writeProgression } from './progression';
import { SOC_FRAMEWORK_NAME } from './read-cards';
import { T, literalText } from './terms';

const REGISTRY_RESOURCES = 'https://credentialengineregistry.org/resources/';
/** The relations a move may be written as (see read-moves.ts for their directions); a 'condition' move is written as its condition only. */
const RELATIONS = new Set(['precedes', 'precededBy', 'prerequisite', 'hasChild', 'isChildOf']);

const kindOfCard = (card: Card): CardKind => ('kind' in card && typeof card.kind === 'string' ? (card.kind as CardKind) : 'occupation');
const keptOf = (card: { ctdl?: unknown }): Kept | undefined =>
  card.ctdl !== null && typeof card.ctdl === 'object' && !Array.isArray(card.ctdl) ? (card.ctdl as Kept) : undefined;

/** The map's own fields CTDL says itself (the rest travel in ps:map). */
function rest(map: PathwayMap): Record<string, unknown> {
  const { occupations: _o, steps: _s, pathwayCtid: _p, goalId: _g, ctdl: _c, ...others } = map;
  return others;
}

function withoutKept<T extends { ctdl?: unknown }>(card: T): Omit<T, 'ctdl'> {
  const { ctdl: _ctdl, ...others } = card;
  return others;
}

/** A name or description, in the language the imported file tagged it with. */
function tagged(text: string, kept: Kept | undefined, prop: string): CtdlValue {
  const languages = kept?.['@language'];
  const language = languages !== null && typeof languages === 'object' ? (languages as Record<string, unknown>)[prop] : undefined;
  return typeof language === 'string' ? { value: text, language } : { value: text };
}

/** Values: those the export writes, then what was kept for the same property. */
function put(props: Record<string, CtdlValue[]>, prop: string, list: readonly CtdlValue[]): void {
  if (list.length > 0) props[prop] = [...(props[prop] ?? []), ...list];
}

/**
 * A map as a CTDL Pathway graph: the pathway, one component per card (JobComponent, CredentialComponent,
 * CourseComponent, WorkExperienceComponent, BasicComponent or the class a card kept), conditions from
 * requirement trees, precedes from moves, the progression model, and in the ps: namespace whatever CTDL
 * cannot hold, so ctdlToMap gives the same map back. Cards and the map without a CTID get a
 * deterministic one (marked ps:mintedCtid, so a re-import does not write it onto the card); mint real
 * ones first with mintMissingCtids to keep them.
 */
export function mapToCtdl(map: PathwayMap): CtdlGraph {
  const pathwayId = map.pathwayCtid && isCtid(map.pathwayCtid) ? map.pathwayCtid : deterministicCtid(`pathway/${map.id}`);
  const cards = cardsOf(map);
  const nodeOf = new Map<string, string>();
  const usedNodeIds = new Set<string>([pathwayId]);
  for (const card of cards) {
    let id = card.componentCtid && isCtid(card.componentCtid) && !usedNodeIds.has(card.componentCtid) ? card.componentCtid : deterministicCtid(`${pathwayId}/card/${card.id}`);
    for (let n = 2; usedNodeIds.has(id); n++) id = deterministicCtid(`${pathwayId}/card/${card.id}/${n}`);
    usedNodeIds.add(id);
    nodeOf.set(card.id, id);
  }
  const nodeOfCard = (cardId: string) => nodeOf.get(cardId);
  const mapKept = map.ctdl as Kept | undefined;
  const modelKept = mapKept?.['@model'];
  const progression = writeProgression(map.levels, pathwayId, map.title, modelKept !== null && typeof modelKept === 'object' ? (modelKept as Kept) : undefined);
  const { model, levelNodes, nodeOfLevel } = progression;

  const extra: CtdlNode[] = [];
  const movesFrom = new Map<string, Transition[]>();
  const movesTo = new Map<string, Transition[]>();
  for (const move of map.transitions) {
    movesFrom.set(move.from, [...(movesFrom.get(move.from) ?? []), move]);
    movesTo.set(move.to, [...(movesTo.get(move.to) ?? []), move]);
  }
  const moves = { from: (id: string) => movesFrom.get(id) ?? [], to: (id: string) => movesTo.get(id) ?? [] };
  const components = cards.map((card) => componentNode(card, moves, nodeOfCard, nodeOfLevel, extra));

  const kept = map.ctdl as Kept | undefined;
  const props: Record<string, CtdlValue[]> = {};
  put(props, T.ctid, [{ value: pathwayId }]);
  put(props, T.name, [tagged(map.title, kept, T.name)]);
  if (map.description !== undefined) put(props, T.description, [tagged(map.description, kept, T.description)]);
  put(props, T.hasChild, components.map((node) => ({ id: node.id })));
  const goal = map.goalId !== undefined ? nodeOf.get(map.goalId) : undefined;
  if (goal) put(props, T.hasDestinationComponent, [{ id: goal }]);
  put(props, T.hasProgressionModel, [{ id: model.id }]);
  for (const [prop, list] of Object.entries(keptProps(kept))) put(props, prop, list);
  put(props, T.psMap, [{ json: { rest: rest(map), order: cards.map((card) => card.id) } }]);
  if (pathwayId !== map.pathwayCtid) put(props, T.psMinted, [{ value: true }]);
  const pathway: CtdlNode = { id: pathwayId, types: keptTypes(kept) ?? [T.Pathway], props };

  const nodes = [pathway, ...components, ...extra, model, ...levelNodes, ...progression.keptNodes, ...keptNodes(kept)];
  const seen = new Set<string>();
  return { nodes: nodes.filter((node) => (seen.has(node.id) ? false : (seen.add(node.id), true))) };
}

function componentNode(
  card: Card,
  moves: { from: (id: string) => Transition[]; to: (id: string) => Transition[] },
  nodeOfCard: (cardId: string) => string | undefined,
  nodeOfLevel: ReadonlyMap<string, string>,
  extra: CtdlNode[],
): CtdlNode {
  const id = nodeOfCard(card.id) as string;
  const kind = kindOfCard(card);
  const kept = keptOf(card);
  const keptValues = keptProps(kept);
  const props: Record<string, CtdlValue[]> = {};
  put(props, T.ctid, [{ value: id }]);
  put(props, T.name, [tagged(card.title, kept, T.name)]);
  if (card.summary !== undefined) put(props, T.description, [tagged(card.summary, kept, T.description)]);
  put(props, T.subjectWebpage, (card.links ?? []).filter((link) => /^https?:/i.test(link.url)).map((link) => ({ id: link.url })));
  const level = card.level !== undefined ? nodeOfLevel.get(card.level) : undefined;
  if (level) put(props, T.hasProgressionLevel, [{ id: level }]);

  if (kind === 'occupation') writeOccupation(card as Occupation, id, keptValues, props, extra);
  if (kind === 'credential') writeCredential(card as CredentialStep, keptValues, props);

  const specs: ConditionSpec[] = [];
  if (kind !== 'occupation') {
    const toGetIn = (card as Step).toGetIn;
    if (toGetIn) specs.push(...requirementToSpecs(toGetIn));
  } else {
    // Moves into a job: identical requirement trees fold into one condition.
    const trees = new Map<string, Requirement>();
    for (const move of moves.to(card.id)) if (move.requirements) trees.set(JSON.stringify(move.requirements), move.requirements);
    for (const tree of trees.values()) specs.push(...requirementToSpecs(tree));
  }
  if (specs.length > 0) put(props, T.hasCondition, writeConditions(specs, id, nodeOfCard, extra).map((c) => ({ id: c })));
  // Each move as the relation it was imported from (kept on the move), else precedes.
  const relationOf = (move: Transition) => {
    const kept = keptOf(move as { ctdl?: unknown })?.['@relation'];
    return typeof kept === 'string' && (RELATIONS.has(kept) || kept === 'condition') ? kept : 'precedes';
  };
  const refsTo = (list: Transition[], relation: string, end: 'from' | 'to') =>
    list
      .filter((move) => relationOf(move) === relation)
      .map((move) => nodeOfCard(move[end]))
      .filter((n): n is string => n !== undefined)
      .map((n) => ({ id: n }));
  put(props, T.precedes, refsTo(moves.from(card.id), 'precedes', 'to'));
  put(props, T.isChildOf, refsTo(moves.from(card.id), 'isChildOf', 'to'));
  put(props, T.precededBy, refsTo(moves.to(card.id), 'precededBy', 'from'));
  put(props, T.prerequisite, refsTo(moves.to(card.id), 'prerequisite', 'from'));
  put(props, T.hasChild, refsTo(moves.to(card.id), 'hasChild', 'from'));

  for (const [prop, list] of Object.entries(keptValues)) put(props, prop, list);
  put(props, T.psCard, [{ json: withoutKept(card) }]);
  if (id !== card.componentCtid) put(props, T.psMinted, [{ value: true }]);
  extra.push(...keptNodes(kept));
  const types = (keptTypes(kept) ?? [CLASS_OF_KIND[kind]]).filter((type) => type !== '@none');
  return { id, types, props };
}

/** The credential's class (the kept one while it still says the same type) and its CTID as proxyFor. */
function writeCredential(card: CredentialStep, keptValues: Record<string, CtdlValue[]>, props: Record<string, CtdlValue[]>): void {
  const keptClass = keptValues[T.credentialType];
  const sameType = keptClass?.some((v) => 'id' in v && credentialTypeOfClass(v.id) === card.credentialType);
  put(props, T.credentialType, sameType && keptClass ? keptClass : [{ id: CLASS_OF_CREDENTIAL_TYPE[card.credentialType] }]);
  delete keptValues[T.credentialType];
  if (card.ctid && isCtid(card.ctid) && !keptValues[T.proxyFor]) put(props, T.proxyFor, [{ id: `${REGISTRY_RESOURCES}${card.ctid}` }]);
}

/** A job's SOC code as an occupationType alignment, unless the one it kept already says that code. */
function writeOccupation(card: Occupation, id: string, keptValues: Record<string, CtdlValue[]>, props: Record<string, CtdlValue[]>, extra: CtdlNode[]): void {
  const keptAlignments = keptValues[T.occupationType] ?? [];
  const keptNodesById = new Map(keptNodes(keptOf(card)).map((node) => [node.id, node]));
  const saysCode = keptAlignments.some((v) => {
    const node = 'id' in v ? keptNodesById.get(v.id) : undefined;
    return node !== undefined && literalText(node, T.codedNotation)?.trim() === card.socCode;
  });
  const keptCode = keptValues[T.codedNotation]?.some((v) => 'value' in v && String(v.value).trim() === card.socCode);
  if (!card.socCode || saysCode || keptCode) return;
  const alignmentId = `_:soc-${id}`;
  extra.push({
    id: alignmentId,
    types: [T.CredentialAlignmentObject],
    props: {
      [T.codedNotation]: [{ value: card.socCode }],
      [T.targetNodeName]: [{ value: card.title }],
      [T.frameworkName]: [{ value: SOC_FRAMEWORK_NAME }],
    },
  });
  put(props, T.occupationType, [{ id: alignmentId }]);
}
