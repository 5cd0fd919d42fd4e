import type { ParseIssue } from '../issues';
import { MAX_NESTING_DEPTH } from '../schema/limits';
import { describeLocation } from './location';

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACKET = 91;
const OPEN_BRACE = 123;
const CLOSE_BRACKET = 93;
const CLOSE_BRACE = 125;

/**
 * Refuses bracket nesting deeper than the limit before JSON.parse sees it, so a 50,000-deep file
 * gets a message instead of a stack overflow here or in anything that walks the map later.
 */
export function checkDepth(text: string, maxDepth = MAX_NESTING_DEPTH): ParseIssue | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === BACKSLASH) i++;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) {
      inString = true;
    } else if (code === OPEN_BRACKET || code === OPEN_BRACE) {
      if (++depth > maxDepth) {
        return {
          path: '',
          message: `The file is nested too deeply: more than ${maxDepth} levels of brackets (at ${describeLocation(text, i)}). A map never needs that many.`,
        };
      }
    } else if (code === CLOSE_BRACKET || code === CLOSE_BRACE) {
      depth--;
    }
  }
  return null;
}
