import { describe, expect, it } from 'vitest';
import { explainJsonError } from '../../../../src/domain/input/json-syntax';
import { parseMap } from '../../../../src/domain/parse';
import { errorsOf } from '../helpers';

const explain = (text: string) => errorsOf(parseMap(text))[0];

describe('JSON syntax errors, located and explained', () => {
  it.each([
    ['single quotes', "{'title': 'x'}", '(line 1, column 2): text must be in double quotes ("like this"), not single quotes.'],
    ['unquoted field names', '{title: "x"}', '(line 1, column 2): field names must be in double quotes, like "title".'],
    ['a missing comma', '{\n  "schemaVersion": 1\n  "title": "x"\n}', '(line 3, column 3): expected a comma (,) or a closing brace (}), but found a double quote ("); is a comma missing?'],
    ['a missing colon', '{"title" "x"}', '(line 1, column 10): expected a colon (:) after the field name, but found a double quote (").'],
    ['NaN', '{"schemaVersion": NaN}', "(line 1, column 19): NaN and Infinity aren't allowed in JSON; write a number."],
    ['a bad escape', '{"title": "C:\\data"}', '(line 1, column 14): "\\d" isn\'t a valid escape in JSON; write a backslash as "\\\\".'],
    ['a line break inside quotes', '{"title": "two\nlines"}', "(line 1, column 15): quoted text can't contain a raw line break or tab"],
    ['text after the end', '{"title": "x"} {"title": "y"}', '(line 1, column 16): there is more text after the end of the JSON data.'],
    ['a bare word', '{"title": yes}', '(line 1, column 11): expected a value (text in double quotes, a number, true, false, null, [ or {), but found "y".'],
  ])('explains %s', (_label, text, expected) => {
    const message = explain(text);
    expect(message).toMatch(/^The file isn't valid JSON \(/);
    expect(message).toContain(expected);
  });

  it('says a file cut off inside a string ends too early', () => {
    expect(explain('{"schemaVersion": 1, "title": "Healthc')).toBe(
      'The file ends too early (line 1, column 39): it looks cut off. Check that the whole file was saved or copied.',
    );
  });

  it("falls back to the engine's message if its own check finds nothing", () => {
    expect(explainJsonError('{"a": 1}', 'Unexpected token')).toEqual({ path: '', message: "The file isn't valid JSON: Unexpected token" });
  });
});
