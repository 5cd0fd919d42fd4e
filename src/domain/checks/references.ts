import { quote } from '../describe';
import type { ParseIssue } from '../issues';
import type { PathwayMap } from '../schema/map';
import { citations } from '../sources/citations';

/** A missing group or level is an error: the card would have no lane or no column. */
export function checkGroupReferences(map: PathwayMap): ParseIssue[] {
  const groups = new Set(map.groups.map((group) => group.id));
  const levels = new Set(map.levels.map((level) => level.id));
  const errors: ParseIssue[] = [];
  const check = (list: 'occupations' | 'steps', card: { groupId?: string | undefined; level?: string | undefined }, index: number) => {
    if (card.groupId !== undefined && !groups.has(card.groupId)) {
      errors.push({ path: `${list}[${index}].groupId`, message: `names the group ${quote(card.groupId)}, which isn't in groups` });
    }
    if (card.level !== undefined && !levels.has(card.level)) {
      errors.push({ path: `${list}[${index}].level`, message: `names the level ${quote(card.level)}, which isn't in levels` });
    }
  };
  map.occupations.forEach((occupation, index) => check('occupations', occupation, index));
  map.steps.forEach((step, index) => check('steps', step, index));
  return errors;
}

/**
 * References that only lose a detail when they dangle (a source note, a feedback target, an
 * occupation a hiring event touched): warnings, so the map still opens.
 */
export function checkLooseReferences(map: PathwayMap): ParseIssue[] {
  const warnings: ParseIssue[] = [];
  const sources = new Set(map.sources.map((source) => source.id));
  const occupations = new Set(map.occupations.map((occupation) => occupation.id));
  const targets = new Set([...occupations, ...map.steps.map((step) => step.id), ...map.transitions.map((transition) => transition.id)]);

  const note = (known: ReadonlySet<string>, id: string | undefined, path: string, what: string, where = 'on this map') => {
    if (id !== undefined && !known.has(id)) warnings.push({ path, message: `names ${what} ${quote(id)}, which isn't ${where}` });
  };
  for (const citation of citations(map)) note(sources, citation.sourceId, citation.path, 'the source', 'in sources');
  map.feedback.forEach((item, index) => {
    note(targets, item.targetId, `feedback[${index}].targetId`, 'the card or transition');
  });
  const cards = new Set([...occupations, ...map.steps.map((step) => step.id)]);
  note(cards, map.goalId, 'goalId', 'the card');
  map.hiringEvents.forEach((event, index) => {
    event.occupationIds?.forEach((id, position) => {
      note(occupations, id, `hiringEvents[${index}].occupationIds[${position}]`, 'the occupation');
    });
  });
  return warnings;
}
