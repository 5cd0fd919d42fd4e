import { checkHealth } from '../domain/health/check-health';
import { capIssues } from '../domain/issues';
import { formatIssue, parseMap } from '../domain/parse';
import type { PathwayMap } from '../domain/schema/map';
import { decodeUtf8, describeReadError } from './file-text';

/** Reads a file's bytes; throws (with a Node `code` where there is one) when it can't. */
export type ReadFile = (path: string) => Uint8Array;

export type ValidateOutcome = { lines: string[]; exitCode: 0 | 1 | 2 };

export const USAGE = [
  'Usage: npm run validate -- FILE...',
  'Checks Pathway Studio map files and prints "FILE: ok" or each problem found.',
  'A valid map is also given a health check; its findings are printed as warnings.',
  'Exits 0 when every file is a valid map (warnings or not), 1 when any is not, 2 when no file is given.',
].join('\n');

/** Health findings as issues, capped like parse warnings so a huge map can't flood the terminal. */
function healthWarnings(path: string, map: PathwayMap, today: Date): string[] {
  return capIssues(checkHealth(map, today), 'health finding').map((issue) => `${path}: warning: ${formatIssue(issue)}`);
}

function validateOne(path: string, readFile: ReadFile, today: Date): { lines: string[]; ok: boolean } {
  let bytes: Uint8Array;
  try {
    bytes = readFile(path);
  } catch (error) {
    return { lines: [`${path}: error: ${describeReadError(error)}`], ok: false };
  }
  const { text, valid } = decodeUtf8(bytes);
  const result = parseMap(text);
  if (!result.ok) return { lines: result.errors.map((issue) => `${path}: error: ${formatIssue(issue)}`), ok: false };
  const warnings = result.warnings.map((issue) => `${path}: warning: ${formatIssue(issue)}`);
  if (!valid) warnings.unshift(`${path}: warning: some bytes aren't valid UTF-8 text and were read as "\uFFFD"`);
  return { lines: [`${path}: ok`, ...warnings, ...healthWarnings(path, result.map, today)], ok: true };
}

/**
 * The validator command without its I/O: the same parseMap and health check the app uses, one report
 * per file. `today` (for stale wages) comes from the caller, so tests pick the day.
 */
export function validateFiles(paths: readonly string[], readFile: ReadFile, today: Date): ValidateOutcome {
  if (paths.length === 0) return { lines: [USAGE], exitCode: 2 };
  const lines: string[] = [];
  let allValid = true;
  for (const path of paths) {
    const report = validateOne(path, readFile, today);
    lines.push(...report.lines);
    allValid &&= report.ok;
  }
  return { lines, exitCode: allValid ? 0 : 1 };
}
