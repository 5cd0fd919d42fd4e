import { showInvisible } from '../describe';

// Map text goes into the summary inside our own Markdown (headings, list items), so it must read as
// text there: one line, with the characters that would start a heading, list, quote, emphasis, code,
// link, HTML or a table escaped. Brackets and dots stay as they are ("Registered Nurse (RN)").

const LINE_BREAKS = /\s*[\r\n\u2028\u2029]+\s*/g;
const INLINE = /[\\`*_[\]<>#|~]/g;
const ENTITY = /&(?=#?[a-z0-9]+;)/gi;
const SIGN_START = /^[-+=]/;
const NUMBER_START = /^(\d+)([.)])/;

/** The text as one line of Markdown that shows exactly these characters. */
export function markdownText(text: string): string {
  const oneLine = text.replace(LINE_BREAKS, ' ').replace(/\t/g, ' ').trim();
  const escaped = showInvisible(oneLine).replace(INLINE, '\\$&').replace(ENTITY, '\\&');
  // At the start of a line, "- x" would be a bullet and "1. x" a numbered item.
  return escaped.replace(SIGN_START, '\\$&').replace(NUMBER_START, '$1\\$2');
}
