import { quote } from '../describe';
import type { ParseIssue } from '../issues';
import { describeLocation } from './location';

// JSON.parse says only "Unexpected token" (and differently in each browser). When it fails, this
// small checker walks the text again to say where and why, in words: comments, trailing commas,
// single quotes and cut-off files are the usual suspects. It runs only after a failure.

class Problem {
  constructor(
    readonly position: number,
    readonly message: string,
    readonly truncated = false,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[0-9a-fA-F]{4}$/;

function describeChar(c: string | undefined): string {
  if (c === '\n' || c === '\r') return 'a line break';
  if (c === '"') return 'a double quote (")';
  return c === undefined ? 'the end of the file' : quote(c);
}

function check(text: string): void {
  let pos = 0;
  const fail = (message: string, at = pos): never => {
    throw new Problem(at, message);
  };
  const atEnd = () => {
    if (pos >= text.length) throw new Problem(text.length, '', true);
  };
  const skipSpace = () => {
    for (;;) {
      const c = text[pos];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') pos++;
      else if (c === '/' && (text[pos + 1] === '/' || text[pos + 1] === '*')) {
        fail("JSON doesn't allow comments (// or /* */); remove the comment");
      } else return;
    }
  };
  const unexpected = (expected: string, hint = ''): never => {
    const c = text[pos];
    if (c === "'") fail('text must be in double quotes ("like this"), not single quotes');
    if (text.startsWith('NaN', pos) || text.startsWith('Infinity', pos)) fail("NaN and Infinity aren't allowed in JSON; write a number");
    return fail(`expected ${expected}, but found ${describeChar(c)}${hint}`);
  };
  const string = () => {
    pos++; // the opening quote
    for (;;) {
      atEnd();
      const c = text.charCodeAt(pos);
      if (c === 34) return void pos++;
      if (c < 0x20) fail('quoted text can\'t contain a raw line break or tab: close the quotes, or write it as \\n or \\t');
      if (c === 92) {
        const next = text[pos + 1];
        if (next === 'u' && !HEX4.test(text.slice(pos + 2, pos + 6))) fail('"\\u" must be followed by four hex digits');
        else if (next !== 'u' && next !== undefined && !ESCAPES.has(next)) {
          fail(`"\\${next}" isn't a valid escape in JSON; write a backslash as "\\\\"`);
        }
        pos += next === 'u' ? 6 : 2;
      } else pos++;
    }
  };
  const value = (): void => {
    skipSpace();
    atEnd();
    const c = text[pos];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      NUMBER.lastIndex = pos;
      if (!NUMBER.test(text)) fail(`${quote(text.slice(pos, pos + 12))} isn't a valid number`);
      return void (pos = NUMBER.lastIndex);
    }
    for (const word of ['true', 'false', 'null']) if (text.startsWith(word, pos)) return void (pos += word.length);
    unexpected('a value (text in double quotes, a number, true, false, null, [ or {)');
  };
  // Shared by objects and arrays: items separated by commas, no comma before the closer.
  const items = (close: string, item: () => void, closer: string) => {
    pos++; // the opener
    skipSpace();
    if (text[pos] === close) return void pos++;
    for (;;) {
      item();
      skipSpace();
      atEnd();
      if (text[pos] === close) return void pos++;
      if (text[pos] !== ',') unexpected(`a comma (,) or ${closer}`, '; is a comma missing?');
      const comma = pos++;
      skipSpace();
      if (text[pos] === close) fail(`there's a comma just before ${closer}; JSON doesn't allow trailing commas. Remove the last comma`, comma);
    }
  };
  const object = () =>
    items('}', () => {
      skipSpace();
      atEnd();
      if (text[pos] !== '"') {
        if (/[A-Za-z_$]/.test(text[pos] ?? '')) fail('field names must be in double quotes, like "title"');
        unexpected('a field name in double quotes');
      }
      string();
      skipSpace();
      atEnd();
      if (text[pos] !== ':') unexpected('a colon (:) after the field name');
      pos++;
      value();
    }, 'a closing brace (})');
  const array = () => items(']', value, 'a closing bracket (])');

  value();
  skipSpace();
  if (pos < text.length) fail('there is more text after the end of the JSON data');
}

/** A located, plain-English reason why JSON.parse refused the text. */
export function explainJsonError(text: string, engineMessage: string): ParseIssue {
  try {
    check(text);
  } catch (caught) {
    if (!(caught instanceof Problem)) throw caught;
    const where = describeLocation(text, caught.position);
    if (caught.truncated) {
      return { path: '', message: `The file ends too early (${where}): it looks cut off. Check that the whole file was saved or copied.` };
    }
    const stop = caught.message.endsWith('?') ? '' : '.';
    return { path: '', message: `The file isn't valid JSON (${where}): ${caught.message}${stop}` };
  }
  return { path: '', message: `The file isn't valid JSON: ${engineMessage}` };
}
