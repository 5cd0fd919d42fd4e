// The session summary, to export after a facilitation session: a Markdown document and a CSV sheet.
export { sessionSummaryMarkdown } from './summary-markdown';
export { sessionSummaryCsv, SUMMARY_CSV_HEADERS } from './summary-csv';
