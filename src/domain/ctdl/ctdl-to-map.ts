import { cardTitles } from '../cards';
import { formatNumber, plural } from '../describe';
import type { ParseIssue } from '../issues';
import { CURRENT_SCHEMA_VERSION } from '../migrations/index';
import { parseMap } from '../parse';
import { MAX_OCCUPATIONS, MAX_TITLE_LENGTH, MAX_TRANSITIONS } from '../schema/limits';
import type { PathwayMap } from '../schema/map';
import type { Requirement } from '../schema/requirement';
import { serializeMap } from '../serialize';
import { isLiteral, type CtdlGraph, type CtdlNode } from './ctdl-graph';
import { countSpecs, readConditions, requirementToSpecs, specsKey, specsToRequirement, type ConditionReader, type ConditionSpec } from './conditions';
import { kindOfTypes, type CardKind } from './component-kinds';
import { isEmptyKept, keepProps, keepValues, type KeepContext, type Kept } from './ctdl-kept';
import type { CtdlImportReport } from './ctdl-report';
import { discover } from './discover';
import { isCtid } from './mint-ctid';
import { keepProgression, readProgression } from './progression';
import { QUIETLY_KEPT, keepLanguage, otherLiterals, psJson, readCard, type ReadCard } from './read-cards';
import { jobConditionsToMoves, pairKey, readMoves, type Relation } from './read-moves';
import { T, literalText, pickLiteral, refs, shortIri, values } from './terms';

export type { CtdlImportReport } from './ctdl-report';
export type CtdlImportResult = { ok: true; map: PathwayMap; report: CtdlImportReport } | { ok: false; errors: ParseIssue[] };

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);
const asList = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

/** Pathway properties the map speaks for. */
const PATHWAY_PROPS = new Set([T.ctid, T.name, T.description, T.hasChild, T.hasPart, T.hasDestinationComponent, T.hasProgressionModel, T.psMap, T.psMinted]);

function slug(text: string, fallback: string): string {
  const s = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  return s || fallback;
}

const CLASS_NOUNS: Record<string, [string, string]> = {
  JobComponent: ['job', 'jobs'],
  CredentialComponent: ['credential', 'credentials'],
  CourseComponent: ['course', 'courses'],
  WorkExperienceComponent: ['work experience', 'work experiences'],
  AssessmentComponent: ['assessment', 'assessments'],
  CompetencyComponent: ['competency', 'competencies'],
  BasicComponent: ['basic component', 'basic components'],
  CocurricularComponent: ['cocurricular component', 'cocurricular components'],
  ExtracurricularComponent: ['extracurricular component', 'extracurricular components'],
  SelectionComponent: ['selection', 'selections'],
  MultiComponent: ['multi-component', 'multi-components'],
};

function componentSentence(components: readonly CtdlNode[]): string {
  const counts = new Map<string, number>();
  for (const node of components) {
    const local = (node.types[0] ?? 'untyped').replace(/^.*[/#:]/, '');
    counts.set(local, (counts.get(local) ?? 0) + 1);
  }
  const parts = [...counts].map(([local, n]) => {
    const [one, many] = CLASS_NOUNS[local] ?? [`${local} component`, `${local} components`];
    return `${formatNumber(n)} ${n === 1 ? one : many}`;
  });
  return `${plural(components.length, 'component')}: ${parts.join(', ')}`;
}

/**
 * A CTDL pathway as a map. `existing` (the library's map with the same id) is updated, not
 * duplicated: CTDL refreshes what it says, cards and moves it does not mention stay. The result is
 * checked exactly as an opened map file is (parseMap), so what comes back is a valid map or located
 * errors. What has no field is kept verbatim in `ctdl` records and listed in the report.
 */
export function ctdlToMap(graph: CtdlGraph, existing?: PathwayMap): CtdlImportResult {
  const found = discover(graph);
  const { byId, pathway, components } = found;
  const nodePath = (id: string) => `@graph[${found.position.get(id) ?? '?'}]`;
  const warnings: ParseIssue[] = [];
  const notKept: CtdlImportReport['notKept'] = [];
  const recognised: string[] = [];

  if (!pathway && components.length === 0) {
    return { ok: false, errors: [{ path: '', message: 'This file holds no CTDL pathway: no ceterms:Pathway and no pathway components were found.' }] };
  }
  if (components.length > MAX_OCCUPATIONS) {
    return {
      ok: false,
      errors: [{ path: '', message: `The pathway has ${formatNumber(components.length)} components; a map can have at most ${formatNumber(MAX_OCCUPATIONS)} cards of each kind, so it was not imported.` }],
    };
  }
  if (!pathway) warnings.push({ path: '', message: 'No ceterms:Pathway in the file: its components were imported as a map of their own' });
  for (const other of found.otherPathways) {
    warnings.push({ path: nodePath(other.id), message: `is a second pathway ("${literalText(other, T.name) ?? other.id}"); only the first one was imported, this one is kept as it is` });
  }

  const psMap = psJson(pathway, T.psMap);
  const psRest = isObject(psMap?.rest) ? psMap.rest : undefined;
  const model = readProgression(pathway, graph.nodes, byId);
  const mapped = new Set<string>([...(pathway ? [pathway.id] : []), ...components.map((c) => c.id), ...found.conditions, ...model.levelOfNode.keys()]);
  if (model.modelId) mapped.add(model.modelId);
  const keep: KeepContext = { byId, mapped, consumed: new Set() };
  const modelKept = keepProgression(model, byId, keep, String((pathway && pickLiteral(pathway, T.name)?.value) ?? ''));

  const componentIds = new Set(components.map((c) => c.id));
  // Cards: ids first (conditions name cards by id), then their fields.
  const existingCards = new Map<string, Json>();
  for (const card of [...(existing?.occupations ?? []), ...(existing?.steps ?? [])]) existingCards.set(card.id, card as Json);
  const byCtid = new Map<string, Json>();
  for (const card of existingCards.values()) if (typeof card.componentCtid === 'string') byCtid.set(card.componentCtid, card);
  const usedIds = new Set<string>([...existingCards.keys(), ...asList(psRest?.transitions).map((t) => String(t.id))]);
  const takenByFile = new Set<string>();
  const cardOf = new Map<string, string>();
  const reads: ReadCard[] = [];
  const levelIds = new Set((model.levels.length > 0 ? model.levels : ((psRest?.levels as Json[] | undefined) ?? existing?.levels ?? [])).map((l) => String((l as Json).id)));
  for (const node of components) {
    const ps = psJson(node, T.psCard);
    const psKind = ps ? (typeof ps.kind === 'string' ? ps.kind : 'occupation') : undefined;
    const earlier = byCtid.get(node.id) ?? (typeof ps?.id === 'string' ? existingCards.get(ps.id) : undefined) ?? existingCards.get(node.id);
    const kind = kindOfTypes(node.types);
    const base: Json = { ...(earlier ?? {}), ...(ps && psKind === kind ? ps : {}) };
    if (earlier && (typeof earlier.kind === 'string' ? earlier.kind : 'occupation') !== kind) {
      for (const field of ['kind', 'credentialType', 'programType']) delete base[field];
    }
    let id = typeof earlier?.id === 'string' ? earlier.id : typeof ps?.id === 'string' && psKind === kind ? ps.id : isCtid(node.id) ? node.id : slug(literalText(node, T.name) ?? '', 'component');
    if (takenByFile.has(id) || (!earlier && usedIds.has(id) && id !== ps?.id)) {
      const stem = id;
      for (let n = 2; takenByFile.has(id) || usedIds.has(id); n++) id = `${stem}-${n}`;
    }
    takenByFile.add(id);
    usedIds.add(id);
    cardOf.set(node.id, id);
    reads.push(readCard(node, { ...base, id }, { byId, keep, levelOfNode: model.levelOfNode, components: componentIds, warnings, nodePath }));
  }
  const kindOfCard = new Map<string, CardKind>(reads.map((r) => [String(r.card.id), r.kind]));
  const kindOf = (cardId: string) => kindOfCard.get(cardId) ?? kindFromExisting(existingCards.get(cardId));

  // Conditions.
  const reader: ConditionReader = { byId, cardOf, keep, warnings, nodePath };
  const conditionsOf = new Map<string, ConditionSpec[]>();
  for (const read of reads) conditionsOf.set(String(read.card.id), readConditions(read.node, reader));
  const allSpecs = [...conditionsOf.values()].flat();

  // Moves.
  const moves = readMoves(components, cardOf);
  const psMoves = asList(psRest?.transitions);
  const psByPair = new Map(psMoves.map((m) => [pairKey(String(m.from), String(m.to)), m]));
  const keepFrom = new Set<string>();
  for (const read of reads) {
    const cardId = String(read.card.id);
    const specs = conditionsOf.get(cardId) ?? [];
    if (read.kind === 'occupation') {
      const earlierIn = psMoves.filter((m) => m.to === cardId && kindOfCard.has(String(m.from)));
      jobConditionsToMoves(cardId, specs, earlierIn, kindOf, moves, keepFrom);
    } else if (specs.length > 0) {
      const before = read.card.toGetIn as Requirement | undefined;
      read.card.toGetIn = before !== undefined && specsKey(requirementToSpecs(before)) === specsKey(specs) ? before : specsToRequirement(specs, kindOf);
    } else delete read.card.toGetIn;
    if (read.kind === 'occupation') delete read.card.toGetIn;
    if (typeof read.card.level === 'string' && !levelIds.has(read.card.level)) delete read.card.level;
    if (isEmptyKept(read.kept)) delete read.card.ctdl;
    else read.card.ctdl = read.kept;
  }

  // Moves: the library's first (those the file also has are refreshed), then the export's, then new ones.
  const relations = new Map<Relation, number>();
  const transitions: Json[] = [];
  const placed = new Set<string>();
  const cardIds = new Set([...existingCards.keys(), ...kindOfCard.keys()]);
  const existingMoves = (existing?.transitions ?? []) as Json[];
  const ordered: { pair: string; earlier?: Json }[] = [
    ...existingMoves.map((m) => ({ pair: pairKey(String(m.from), String(m.to)), earlier: m })),
    ...psMoves.map((m) => ({ pair: pairKey(String(m.from), String(m.to)) })),
    ...[...moves.keys()].map((pair) => ({ pair })),
  ];
  let moveNumber = 1;
  for (const { pair, earlier } of ordered) {
    if (placed.has(pair)) continue;
    const fromFile = moves.get(pair);
    if (!fromFile && !earlier) continue; // an export's move the file no longer has
    placed.add(pair);
    if (!fromFile) {
      if (earlier && cardIds.has(String(earlier.from)) && cardIds.has(String(earlier.to))) transitions.push(earlier);
      continue;
    }
    relations.set(fromFile.relation, (relations.get(fromFile.relation) ?? 0) + 1);
    const ps = psByPair.get(pair);
    const move: Json = { ...(earlier ?? {}), ...(ps ?? {}), from: fromFile.from, to: fromFile.to };
    if (typeof move.id !== 'string') {
      let id = `move-${moveNumber++}`;
      while (usedIds.has(id)) id = `move-${moveNumber++}`;
      move.id = id;
      usedIds.add(id);
      const fromKind = kindOf(fromFile.from);
      const toKind = kindOf(fromFile.to);
      if (fromKind !== 'occupation') move.kind = 'entry';
      else if (toKind === 'occupation') move.kind = 'advancement';
      // Written back as the same relation (precedes, the default, needs no note; a condition's move is written as the condition).
      if (fromFile.relation !== 'precedes') move.ctdl = { '@relation': fromFile.relation };
    }
    if (kindOf(fromFile.to) === 'occupation' && !keepFrom.has(pair)) {
      if (fromFile.requirements) move.requirements = fromFile.requirements;
      else delete move.requirements;
    }
    transitions.push(move);
  }
  if (transitions.length > MAX_TRANSITIONS) {
    return { ok: false, errors: [{ path: '', message: `The pathway makes ${formatNumber(transitions.length)} moves; a map can have at most ${formatNumber(MAX_TRANSITIONS)}.` }] };
  }

  // The map.
  const title = (pathway && literalText(pathway, T.name)) ?? (typeof psRest?.title === 'string' ? psRest.title : undefined) ?? existing?.title ?? 'Imported pathway';
  const description = pathway ? literalText(pathway, T.description) : undefined;
  const minted = pathway ? values(pathway, T.psMinted).some((v) => isLiteral(v) && v.value === true) : false;
  const destinationNode = (pathway ? refs(pathway, T.hasDestinationComponent) : []).find((id) => cardOf.has(id)) ??
    components.find((c) => pathway && refs(c, T.isDestinationComponentOf).includes(pathway.id))?.id; // prettier-ignore
  const goalId = destinationNode ? cardOf.get(destinationNode) : psMap ? undefined : existing?.goalId;

  const mapKept: Kept = pathway ? keepProps(pathway, PATHWAY_PROPS, keep) : {};
  if (!isEmptyKept(modelKept)) mapKept['@model'] = modelKept;
  if (pathway) {
    keepLanguage(pathway, mapKept);
    for (const prop of [T.name, T.description]) keepValues(mapKept, prop, otherLiterals(pathway, prop));
  }
  const leftOver = graph.nodes.filter((node, index) => found.position.get(node.id) === index && !mapped.has(node.id) && !keep.consumed.has(node.id));
  if (leftOver.length > 0) mapKept['@nodes'] = [...((mapKept['@nodes'] as CtdlNode[] | undefined) ?? []), ...leftOver];

  const newCards = reads.map((r) => r.card);
  const mergeList = (list: readonly Json[] | undefined, isOccupation: boolean) => {
    const fresh = new Map(newCards.filter((c) => (c.kind === undefined) === isOccupation).map((c) => [String(c.id), c]));
    const out = (list ?? []).map((card) => fresh.get(String(card.id)) ?? card);
    const had = new Set(out.map((c) => String(c.id)));
    return [...out, ...[...fresh.values()].filter((c) => !had.has(String(c.id)))];
  };
  const psOrder = Array.isArray(psMap?.order) ? psMap.order.map(String) : [];
  const byOrder = (a: Json, b: Json) => rank(psOrder, a) - rank(psOrder, b);
  const occupations = mergeList(existing?.occupations as Json[] | undefined, true);
  const steps = mergeList(existing?.steps as Json[] | undefined, false);
  if (!existing && psOrder.length > 0) {
    occupations.sort(byOrder);
    steps.sort(byOrder);
  }

  let levels: unknown = psRest?.levels ?? existing?.levels;
  if (model.levels.length > 0) {
    const same = JSON.stringify(asList(levels).map((l) => [l.id, l.label])) === JSON.stringify(model.levels.map((l) => [l.id, l.label]));
    if (!same) levels = model.levels;
  }
  const map: Json = {
    ...(existing ?? {}),
    ...(psRest ?? {}),
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: existing?.id ?? (typeof psRest?.id === 'string' ? psRest.id : pathway && isCtid(pathway.id) ? pathway.id : slug(title, 'imported-pathway')),
    title: title.slice(0, MAX_TITLE_LENGTH),
    occupations,
    steps,
    transitions,
  };
  if (levels !== undefined) map.levels = levels;
  else delete map.levels;
  // A blank description an export wrote reads back as none: the export's own copy stands.
  if (description) map.description = description;
  else if (psMap && !(typeof map.description === 'string' && map.description.trim() === '')) delete map.description;
  if (pathway && isCtid(pathway.id) && !minted) map.pathwayCtid = pathway.id;
  else if (psMap) delete map.pathwayCtid;
  if (goalId !== undefined) map.goalId = goalId;
  else delete map.goalId;
  if (!isEmptyKept(mapKept)) map.ctdl = mapKept;
  else delete map.ctdl;

  const checked = parseMap(serializeMap(map as PathwayMap));
  if (!checked.ok) return { ok: false, errors: checked.errors };

  // The report.
  if (pathway) recognised.push(`pathway: ${title}${isCtid(pathway.id) ? ` (${pathway.id})` : ''}`);
  recognised.push(componentSentence(components));
  const counted = countSpecs(allSpecs);
  if (counted.all > 0) recognised.push(`${plural(counted.all, 'condition')}, ${formatNumber(counted.nested)} nested`);
  if (model.levels.length > 0) recognised.push(`a progression model of ${plural(model.levels.length, 'level')}`);
  const goal = goalId ? checked.map.occupations.find((c) => c.id === goalId) ?? checked.map.steps.find((c) => c.id === goalId) : undefined;
  if (goal) recognised.push(`destination: ${goal.title}`);
  const moveCount = [...relations.values()].reduce((a, b) => a + b, 0);
  if (moveCount > 0) recognised.push(`${plural(moveCount, 'move')}: ${[...relations].map(([relation, n]) => `${formatNumber(n)} from ${relation === 'condition' ? 'conditions' : relation}`).join(', ')}`);
  if (existing) {
    const gone = [...existingCards.values()].filter((card) => !kindOfCard.has(String(card.id)));
    recognised.push(`updated the map already in the library: ${plural(reads.filter((r) => existingCards.has(String(r.card.id))).length, 'card')} refreshed, ${formatNumber(reads.filter((r) => !existingCards.has(String(r.card.id))).length)} new`);
    if (gone.length > 0) recognised.push(`${plural(gone.length, 'card')} not in the file kept as ${gone.length === 1 ? 'it was' : 'they were'}: ${gone.map((c) => String(c.title)).join(', ')}`);
  }
  for (const read of reads) listKept(`"${String(read.card.title)}"`, read.kept, notKept);
  const visitGroups = (tree: unknown, where: string) => {
    if (!isObject(tree)) return;
    if (isObject(tree.ctdl)) listKept(where, tree.ctdl, notKept);
    for (const inner of asList(tree.of)) visitGroups(inner, where);
  };
  for (const step of checked.map.steps) visitGroups(step.toGetIn, `a condition of "${step.title}"`);
  const titles = cardTitles(checked.map);
  const seenTrees = new Set<string>();
  for (const move of checked.map.transitions) {
    const key = JSON.stringify(move.requirements);
    if (move.requirements && !seenTrees.has(key)) {
      seenTrees.add(key);
      visitGroups(move.requirements, `a condition of "${titles.get(move.to) ?? move.to}"`);
    }
  }
  listKept('the pathway', mapKept, notKept);
  listKept('the progression model', modelKept, notKept);
  for (const level of checked.map.levels) if (isObject(level.ctdl)) listKept(`the level "${level.label}"`, level.ctdl, notKept);
  for (const node of leftOver) notKept.push({ where: 'the file', what: `a ${node.types.map(shortIri).join(', ') || 'untyped'} node (${node.id}) that no pathway component uses` });
  return { ok: true, map: checked.map, report: { recognised, notKept, warnings: [...warnings, ...checked.warnings] } };
}

const rank = (order: readonly string[], card: Json) => {
  const index = order.indexOf(String(card.id));
  return index < 0 ? order.length : index;
};

function kindFromExisting(card: Json | undefined): CardKind | undefined {
  if (!card) return undefined;
  return typeof card.kind === 'string' ? (card.kind as CardKind) : 'occupation';
}


function listKept(where: string, kept: Json, out: CtdlImportReport['notKept']): void {
  for (const key of Object.keys(kept)) {
    if (QUIETLY_KEPT.has(key) || ['@id', '@role', '@nodes', '@language', '@model'].includes(key)) continue;
    if (key === '@type') {
      const types = (kept[key] as string[]).filter((t) => t !== '@none');
      if (types.length > 0) out.push({ where, what: `its class ${types.map(shortIri).join(', ')} (shown as the closest kind of card)` });
      continue;
    }
    const otherLanguages = (key === T.name || key === T.description) && (where.startsWith('"') || where === 'the pathway');
    out.push({ where, what: otherLanguages ? `${shortIri(key)} in other languages` : shortIri(key) });
  }
}
