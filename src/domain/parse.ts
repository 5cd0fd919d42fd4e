import { checkDuplicateIds } from './checks/ids';
import { checkGroupReferences, checkLooseReferences } from './checks/references';
import { checkRequirements } from './checks/requirements';
import { checkStoredSize } from './checks/stored-size';
import { checkTransitions } from './checks/transitions';
import { checkDepth } from './input/depth';
import { fillMissingIds } from './input/fill-ids';
import { explainJsonError } from './input/json-syntax';
import { sanitize } from './input/sanitize';
import { checkText, stripBom } from './input/text-checks';
import { explainZodIssue } from './input/zod-messages';
import { capIssues, formatPath, type ParseIssue } from './issues';
import { migrate } from './migrations/index';
import { PathwayMap } from './schema/map';

export type { ParseIssue } from './issues';
export { formatIssue } from './issues';

export type ParseResult = { ok: true; map: PathwayMap; warnings: ParseIssue[] } | { ok: false; errors: ParseIssue[] };

const MAP_FIELDS = ['schemaVersion', 'title', 'occupations'];

function fail(errors: readonly ParseIssue[]): ParseResult {
  return { ok: false, errors: capIssues(errors) };
}

function describeTopLevel(json: unknown): string | null {
  if (json !== null && typeof json === 'object' && !Array.isArray(json)) return null;
  const found = json === null ? 'null' : Array.isArray(json) ? 'a list' : typeof json === 'string' ? 'a piece of text' : `a ${typeof json}`;
  return `This isn't a Pathway Studio map: expected a JSON object ({ … }), but the file holds ${found}.`;
}

/**
 * The one way in for map text (file import, paste, share links, stored data, the validator command).
 * Pure: returns either a valid map built from fresh objects, or located, plain-English errors.
 */
export function parseMap(text: string): ParseResult {
  const textProblem = checkText(text);
  if (textProblem) return fail([textProblem]);
  const body = stripBom(text);
  const depthProblem = checkDepth(body);
  if (depthProblem) return fail([depthProblem]);

  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return fail([explainJsonError(body, error instanceof Error ? error.message : String(error))]);
  }
  const topLevelProblem = describeTopLevel(json);
  if (topLevelProblem) return fail([{ path: '', message: topLevelProblem }]);
  if (!MAP_FIELDS.some((field) => Object.hasOwn(json as object, field))) {
    return fail([{ path: '', message: "This JSON file isn't a Pathway Studio map: it has none of a map's fields (schemaVersion, title, occupations)." }]);
  }

  const clean = sanitize(json);
  if (clean.errors.length > 0) return fail(clean.errors);
  const migrated = migrate(clean.value);
  if (!migrated.ok) return fail([migrated.error]);
  const withIds = fillMissingIds(migrated.value, body);

  const result = PathwayMap.safeParse(withIds.value, { error: explainZodIssue });
  if (!result.success) {
    return fail(result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })));
  }
  const map = result.data;
  const errors = [...checkDuplicateIds(map), ...checkTransitions(map), ...checkGroupReferences(map), ...checkRequirements(map)];
  if (errors.length > 0) return fail(errors);
  const sizeProblem = checkStoredSize(map, body);
  if (sizeProblem) return fail([sizeProblem]);
  const warnings = [...clean.warnings, ...withIds.warnings, ...checkLooseReferences(map)];
  return { ok: true, map, warnings: capIssues(warnings, 'warning') };
}
