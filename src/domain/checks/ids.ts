import { quote } from '../describe';
import type { ParseIssue } from '../issues';
import type { PathwayMap } from '../schema/map';

type Owner = { list: string; index: number };

// Occupations, steps and transitions share one namespace: a move joins any two cards, a requirement
// names a card, and feedback.targetId may name any of them.
const NAMESPACES: ReadonlyArray<ReadonlyArray<keyof PathwayMap & string>> = [
  ['occupations', 'steps', 'transitions'],
  ['levels'],
  ['groups'],
  ['hiringEvents'],
  ['feedback'],
  ['sources'],
  ['releases'],
];

function describeNamespace(lists: readonly string[]): string {
  return lists.length > 1 ? 'across occupations, steps and transitions' : `within ${lists[0]}`;
}

/** Every id used twice, named where it was first used. */
export function checkDuplicateIds(map: PathwayMap): ParseIssue[] {
  const errors: ParseIssue[] = [];
  for (const lists of NAMESPACES) {
    const seen = new Map<string, Owner>();
    for (const list of lists) {
      const items = (map[list] ?? []) as ReadonlyArray<{ id: string }>;
      items.forEach((item, index) => {
        const first = seen.get(item.id);
        if (first) {
          errors.push({
            path: `${list}[${index}].id`,
            message: `${quote(item.id)} is already used by ${first.list}[${first.index}]; ids must be unique ${describeNamespace(lists)}`,
          });
        } else seen.set(item.id, { list, index });
      });
    }
  }
  return errors;
}
