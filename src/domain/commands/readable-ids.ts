import type { Draft } from 'immer';
import { moveIdBase, slugify, uniqueId } from '../ids';
import type { PathwayMap } from '../schema/map';
import type { Feedback } from '../schema/feedback';
import type { StepKind } from '../schema/step';
import { eachRequirementItem } from './card-references';

// A new card is made before it has a name ("New occupation", id new-occupation-2). Once it has a
// real title it should have a readable id, but only while no file, sheet or link outside the app
// can hold the old one: `published` lists the ids that have left the app (exported or imported).

export const PLACEHOLDER_OCCUPATION_TITLE = 'New occupation';
export const PLACEHOLDER_MAP_TITLE = 'Untitled map';
/** The title a new step card starts with, by kind. */
export const PLACEHOLDER_STEP_TITLES: Readonly<Record<StepKind, string>> = {
  credential: 'New credential',
  program: 'New program',
  experience: 'New experience',
  milestone: 'New milestone',
};

const numbered = (base: string) => new RegExp(`^${base}(?:-\\d+)?$`);
const PLACEHOLDER_OCCUPATION_ID = numbered(slugify(PLACEHOLDER_OCCUPATION_TITLE));
const PLACEHOLDER_MAP_ID = numbered(slugify(PLACEHOLDER_MAP_TITLE));
const PLACEHOLDER_STEP_IDS = Object.fromEntries(
  Object.entries(PLACEHOLDER_STEP_TITLES).map(([kind, title]) => [kind, numbered(slugify(title))]),
) as Readonly<Record<StepKind, RegExp>>;

/** A title that names something: not blank and not the placeholder a new card or map starts with. */
const isRealTitle = (title: string, placeholder: string) => slugify(title) !== '' && slugify(title) !== slugify(placeholder);

/** The id a map could take from its title, or null when its id is not a placeholder or its title is not real. */
export function readableMapId(map: PathwayMap, published: boolean, taken: ReadonlySet<string>): string | null {
  if (published || !PLACEHOLDER_MAP_ID.test(map.id) || !isRealTitle(map.title, PLACEHOLDER_MAP_TITLE)) return null;
  const others = new Set([...taken].filter((id) => id !== map.id));
  return uniqueId(slugify(map.title), others);
}

/**
 * Gives each titled card (occupation or step) still under a placeholder id (and not published) an id from its title,
 * and each unpublished move named after its ends ("new-occupation-to-lpn") a name from the new
 * ends; every reference inside the map follows. Changes nothing when no card needs a new id. Only
 * ids and references are set, in place (no item is added or removed).
 */
export function withReadableIds(draft: Draft<PathwayMap>, published: ReadonlySet<string>): void {
  const taken = new Set([...draft.occupations.map((o) => o.id), ...draft.steps.map((s) => s.id), ...draft.transitions.map((t) => t.id)]);
  const renamed = new Map<string, string>();
  const cards = [
    ...draft.occupations.map((card) => ({ card, idPattern: PLACEHOLDER_OCCUPATION_ID, placeholder: PLACEHOLDER_OCCUPATION_TITLE })),
    ...draft.steps.map((card) => ({ card, idPattern: PLACEHOLDER_STEP_IDS[card.kind], placeholder: PLACEHOLDER_STEP_TITLES[card.kind] })),
  ];
  for (const { card, idPattern, placeholder } of cards) {
    if (published.has(card.id) || !idPattern.test(card.id)) continue;
    if (!isRealTitle(card.title, placeholder)) continue;
    taken.delete(card.id);
    const id = uniqueId(slugify(card.title), taken);
    taken.add(id);
    if (id !== card.id) renamed.set(card.id, id);
  }
  if (renamed.size === 0) return;

  const endOf = (id: string) => renamed.get(id) ?? id;
  for (const transition of draft.transitions) {
    const oldBase = moveIdBase(transition.from, transition.to);
    const namedAfterEnds = numbered(escapeRegExp(oldBase)).test(transition.id);
    if (published.has(transition.id) || !namedAfterEnds || !(renamed.has(transition.from) || renamed.has(transition.to))) continue;
    taken.delete(transition.id);
    const id = uniqueId(moveIdBase(endOf(transition.from), endOf(transition.to)), taken);
    taken.add(id);
    if (id !== transition.id) renamed.set(transition.id, id);
  }

  const follow = (id: string) => renamed.get(id) ?? id;
  for (const occupation of draft.occupations) occupation.id = follow(occupation.id);
  for (const step of draft.steps) step.id = follow(step.id);
  eachRequirementItem(draft, (item) => {
    if (item.cardId !== undefined && renamed.has(item.cardId)) item.cardId = follow(item.cardId);
  });
  for (const transition of draft.transitions) {
    transition.id = follow(transition.id);
    transition.from = follow(transition.from);
    transition.to = follow(transition.to);
  }
  for (const event of draft.hiringEvents) {
    if (event.occupationIds?.some((id) => renamed.has(id))) event.occupationIds = event.occupationIds.map(follow);
  }
  for (const remark of draft.feedback) followFeedback(remark, follow);
}

function followFeedback(remark: Draft<Feedback>, follow: (id: string) => string): void {
  if (remark.targetId !== undefined) remark.targetId = follow(remark.targetId);
  const suggestion = remark.suggestion;
  if (!suggestion) return;
  for (const key of ['from', 'to', 'transitionId', 'targetId'] as const) {
    const value = suggestion[key];
    if (value !== undefined) suggestion[key] = follow(value);
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every id a map's file holds for its cards and moves: what is published when it is exported. */
export function elementIdList(map: PathwayMap): string[] {
  return [...map.occupations.map((o) => o.id), ...map.steps.map((s) => s.id), ...map.transitions.map((t) => t.id)];
}
