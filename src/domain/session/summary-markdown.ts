import { listNames } from '../health/wording';
import { plural } from '../describe';
import type { PathwayMap } from '../schema/map';
import { dateLabel } from './dates';
import { markdownText as md } from './markdown-text';
import { organizationsPresent } from './organizations';
import { REMARK_KINDS, REMARK_LABELS, type RemarkKind } from './remarks';
import { describeSuggestion } from './describe-suggestion';
import { attribution, remarkSections, STATUS_LABELS } from './summary-remarks';
import { criticalRanking } from './tallies';
import { latestValidation, validationLabel } from './validation';

const OTHER_KINDS = REMARK_KINDS.filter((kind) => kind !== 'skill-gap');

function header(map: PathwayMap, printedOn: string): string[] {
  const where = [map.region, map.sector].filter((part): part is string => Boolean(part?.trim()));
  return [
    `# Session summary: ${md(map.title)}`,
    '',
    ...(where.length > 0 ? [where.map(md).join(' · '), ''] : []),
    `Printed on ${dateLabel(printedOn)}.`,
  ];
}

function organizations(map: PathwayMap): string[] {
  const names = organizationsPresent(map);
  const lines = [`## Organizations present (${names.length})`, ''];
  if (names.length === 0) return [...lines, 'No organizations recorded yet.'];
  return [...lines, ...names.map((name) => `- ${md(name)}`)];
}

function validation(map: PathwayMap): string[] {
  const latest = latestValidation(map);
  if (latest === undefined) return ['## Validation', '', 'Not validated yet.'];
  return ['## Validation', '', `${validationLabel(latest)}: ${listNames(latest.organizations.map(md))}.`];
}

function ranking(map: PathwayMap): string[] {
  const groups = criticalRanking(map);
  const lines = ['## Critical occupations', ''];
  if (groups.length === 0) return [...lines, 'No critical votes yet.'];
  for (const group of groups) {
    lines.push(`### ${md(group.label)} (${plural(group.totalVotes, 'vote')})`, '');
    group.occupations.forEach((occupation, index) => {
      const who = listNames(occupation.organizations.map(md));
      lines.push(`${index + 1}. ${md(occupation.title)}: ${plural(occupation.votes, 'vote')} (${who})`);
    });
    lines.push('');
  }
  return lines.slice(0, -1);
}

function remarks(map: PathwayMap, title: string, kinds: readonly RemarkKind[], none: string): string[] {
  const sections = remarkSections(map, kinds);
  const lines = [title, ''];
  if (sections.length === 0) return [...lines, none];
  for (const section of sections) {
    lines.push(`### ${md(section.name)}`, '');
    for (const { kind, remarks: said } of section.kinds) {
      if (kinds.length > 1) lines.push(`**${REMARK_LABELS[kind]}**`, '');
      for (const item of said) lines.push(`- ${md(item.text ?? '')} (${md(attribution(item))})`);
      lines.push('');
    }
  }
  return lines.slice(0, -1);
}

function suggestions(map: PathwayMap): string[] {
  const all = map.feedback.filter((item) => item.suggestion !== undefined);
  const lines = ['## Suggested changes', ''];
  if (all.length === 0) return [...lines, 'No changes suggested.'];
  for (const item of all) {
    if (item.suggestion === undefined) continue;
    const decided = item.status !== 'open' && item.decidedAt ? ` on ${dateLabel(item.decidedAt)}` : '';
    const said = item.text ? ` “${md(item.text)}”` : '';
    lines.push(
      `- ${md(describeSuggestion(map, item.suggestion, item))}. **${STATUS_LABELS[item.status]}${decided}.** ` +
        `Suggested by ${md(attribution(item))} on ${dateLabel(item.createdAt)}.${said}`,
    );
  }
  return lines;
}

/**
 * The session as a Markdown document to hand round afterwards: who came, whether they validated
 * the map, what they ranked critical, the skill gaps and other remarks, and the suggested changes.
 */
export function sessionSummaryMarkdown(map: PathwayMap, printedOn: string): string {
  const parts = [
    header(map, printedOn),
    organizations(map),
    validation(map),
    ranking(map),
    remarks(map, '## Skill gaps by occupation', ['skill-gap'], 'No skill gaps recorded.'),
    remarks(map, '## Remarks by occupation', OTHER_KINDS, 'No other remarks recorded.'),
    suggestions(map),
  ];
  return `${parts.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
