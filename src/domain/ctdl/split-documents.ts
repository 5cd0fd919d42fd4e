import type { ParseIssue } from '../issues';
import { explainJsonError } from '../input/json-syntax';
import { describeLocation } from '../input/location';
import { CTDL_LIMITS } from './ctdl-limits';

/** One JSON document of a file, with where it starts (for messages). */
export type JsonDocument = { value: unknown; start: number };
export type SplitResult = { ok: true; documents: JsonDocument[] } | { ok: false; error: ParseIssue };

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** Where the JSON value opening at `start` ({ or [) closes, or -1 if the text ends first. */
function closingPosition(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (--depth === 0) return i;
    }
  }
  return -1;
}

/** Explains a broken document with line and column counted in the whole file, not the piece. */
function explainPiece(text: string, start: number, end: number, engineMessage: string): ParseIssue {
  const blanked = text.slice(0, start).replace(/[^\n]/g, ' ') + text.slice(start, end);
  return explainJsonError(blanked, engineMessage);
}

function parse(text: string): { value: unknown } | { message: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The JSON documents in a file: one (an object, or an array of them), or several written one after
 * another (concatenated objects, or one per line as in newline-delimited JSON). The whole text is
 * tried first, so the usual file costs one JSON.parse.
 */
export function splitDocuments(text: string): SplitResult {
  const whole = parse(text);
  if ('value' in whole) return { ok: true, documents: [{ value: whole.value, start: text.search(/\S/) }] };

  const documents: JsonDocument[] = [];
  let pos = 0;
  for (;;) {
    while (isSpace(text[pos])) pos++;
    if (pos >= text.length) break;
    const c = text[pos];
    if (c !== '{' && c !== '[') {
      // Not a run of documents after all: explain the file as the one document it claims to be.
      if (documents.length === 0) return { ok: false, error: explainJsonError(text, whole.message) };
      const message = `expected another JSON document ({ … }) after the one before, but found ${JSON.stringify(c)} at ${describeLocation(text, pos)}`;
      return { ok: false, error: { path: '', message: `The file isn't valid JSON: ${message}.` } };
    }
    const close = closingPosition(text, pos);
    const end = close === -1 ? text.length : close + 1;
    const piece = parse(text.slice(pos, end));
    if (!('value' in piece)) return { ok: false, error: explainPiece(text, pos, end, piece.message) };
    documents.push({ value: piece.value, start: pos });
    if (documents.length > CTDL_LIMITS.maxDocuments) {
      return { ok: false, error: { path: '', message: `The file holds more than ${CTDL_LIMITS.maxDocuments} JSON documents; an import can read at most ${CTDL_LIMITS.maxDocuments}.` } };
    }
    pos = end;
  }
  return { ok: true, documents };
}
