import { formatIssue, type ParseIssue } from '../issues';

/** What an import recognised, what it kept with no place on the map, and what it warned about. */
export type CtdlImportReport = {
  /** Plain sentences: "12 components: 4 jobs, 6 credentials, 2 courses". */
  recognised: string[];
  /** Statements kept verbatim (written back on export) that no field of the map shows. */
  notKept: { where: string; what: string }[];
  warnings: ParseIssue[];
};

/** The report as plain text (Markdown) a user can read and download. */
export function reportText(fileNames: readonly string[], report: CtdlImportReport): string {
  const lines: string[] = [`# CTDL import report`, '', `Files: ${fileNames.length > 0 ? fileNames.join(', ') : '(none named)'}`, ''];
  lines.push('## Recognised', '');
  for (const sentence of report.recognised) lines.push(`- ${sentence}`);
  if (report.recognised.length === 0) lines.push('- nothing');
  lines.push('', '## Kept as it was, with no place on the map', '');
  if (report.notKept.length === 0) lines.push('- nothing: everything in the file has a place on the map');
  else {
    lines.push('These are kept with the map and written back unchanged when it is exported as CTDL.', '');
    for (const { where, what } of report.notKept) lines.push(`- ${where}: ${what}`);
  }
  lines.push('', '## Warnings', '');
  if (report.warnings.length === 0) lines.push('- none');
  for (const warning of report.warnings) lines.push(`- ${formatIssue(warning)}`);
  return `${lines.join('\n')}\n`;
}
