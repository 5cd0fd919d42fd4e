import { plural, quote } from './describe';
import { MAX_REPORTED_ISSUES } from './schema/limits';

/**
 * One problem found in a map: where (`occupations[3].wage.min`, or '' for the whole file) and what.
 * `more`: this line stands for that many problems left out of a long report (capIssues).
 */
export type ParseIssue = { path: string; message: string; more?: number };

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** ['occupations', 3, 'wage', 'min'] → `occupations[3].wage.min`; odd keys are quoted. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) out += out ? `.${key}` : key;
    else out += `[${quote(String(key))}]`;
  }
  return out;
}

/** `occupations[3].wage.min: must be …`, or just the message for the whole file. */
export function formatIssue(issue: ParseIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

/** Keeps a report readable: the first problems, then one line that counts the rest. */
export function capIssues(issues: readonly ParseIssue[], noun = 'problem', max = MAX_REPORTED_ISSUES): ParseIssue[] {
  if (issues.length <= max) return [...issues];
  const rest = issues.length - max;
  return [...issues.slice(0, max), { path: '', message: `…and ${plural(rest, `more ${noun}`)}`, more: rest }];
}
