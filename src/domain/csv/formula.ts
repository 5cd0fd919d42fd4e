// CSV formula injection: Excel, LibreOffice and Google Sheets run a cell that starts with = + - @
// (or a tab or carriage return, which they skip first) as a formula, so a map's text could run
// `=HYPERLINK(…)` or worse on a coach's machine. Exports put a single quote before such a cell, as
// OWASP advises: spreadsheets show the quote-prefixed cell as plain text.
//
// The quote is taken off again on import, so map → CSV → map gives back the same text. To keep
// that exact, text that already starts with quotes before one of those characters gets one more
// quote on the way out and loses one on the way in.

const NEEDS_QUOTE = /^'*[=+\-@\t\r]/;
const QUOTED = /^'+[=+\-@\t\r]/;

/** The cell text to write for a text value. */
export function escapeFormula(text: string): string {
  return NEEDS_QUOTE.test(text) ? `'${text}` : text;
}

/** The value a cell written by escapeFormula stood for. Other cells are left as they are. */
export function unescapeFormula(cell: string): string {
  return QUOTED.test(cell) ? cell.slice(1) : cell;
}
