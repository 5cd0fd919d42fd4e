import { useId } from 'react';
import { plural } from '../../domain/describe';
import { FINDING_CODES, FINDING_SEVERITY, type Finding, type FindingCode } from '../../domain/health/finding';
import './health-panel.css';

/** A short heading per kind of finding; the findings' own messages say the rest. */
const HEADINGS: Readonly<Record<FindingCode, string>> = {
  'no-entry-level': 'No way in',
  unreachable: "Can't be reached",
  'pay-cut': 'Advancements that lower pay',
  'duplicate-soc': 'Repeated SOC codes',
  'unmeetable-requirement': 'Requirements nobody can meet',
  'dead-end': 'Dead ends',
  'missing-wage': 'Missing wages',
  'stale-wage': 'Old wage figures',
  'stale-labor': 'Old labor figures',
  'missing-soc': 'Missing SOC codes',
  'labor-no-area': 'Labor figures without an area',
  'no-requirements': 'Moves without requirements',
  'empty-group': 'Empty groups',
  'unused-credential': 'Credentials nobody requires',
  'unsourced-figure': 'Figures without a source',
};

/** Findings by code, in FINDING_CODES order (shape problems first), keeping their order within a code. */
function byCode(findings: readonly Finding[]): Array<{ code: FindingCode; items: Finding[] }> {
  return FINDING_CODES.map((code) => ({ code, items: findings.filter((finding) => finding.code === code) })).filter(
    (group) => group.items.length > 0,
  );
}

export type HealthPanelProps = {
  findings: Finding[];
  /** Called with the finding whose button was pressed, so the editor can select and centre its card. */
  onShowTarget: (finding: Finding) => void;
};

/** The map health check as a list of findings, each a button that shows the card it concerns. */
export function HealthPanel({ findings, onShowTarget }: HealthPanelProps) {
  const id = useId();
  return (
    <section className="health-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="health-panel__heading">
        Map health
      </h2>
      <p className="health-panel__count">
        {findings.length === 0 ? 'No problems found' : plural(findings.length, 'thing to check', 'things to check')}
      </p>
      {byCode(findings).map(({ code, items }) => (
        <div key={code} className={`health-group health-group--${FINDING_SEVERITY[code]}`}>
          <h3 className="health-group__heading">
            <span id={`${id}-${code}`}>{HEADINGS[code]}</span>{' '}
            <span className="health-group__count">({items.length})</span>
          </h3>
          <ul className="health-group__list" aria-labelledby={`${id}-${code}`}>
            {items.map((finding, index) => (
              // Messages are plain text: React escapes them, and nothing here reads them as HTML.
              <li key={`${finding.targetId}#${index}`}>
                <button type="button" className="health-finding" onClick={() => onShowTarget(finding)}>
                  {finding.message}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
