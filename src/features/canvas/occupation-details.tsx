import { HIRING_KIND_LABELS, hiringEventCountText } from '../../domain/hiring-event-words';
import { educationText } from '../../domain/labels';
import type { OccupationNodeData } from './to-flow-elements';
import { WageBar } from './wage-bar';
import type { WageFigures } from './wage-scale';

function cardWage(data: OccupationNodeData): WageFigures | undefined {
  if (data.wageUnit === undefined) return undefined;
  return { min: data.wageMin, amount: data.wageAmount, max: data.wageMax, unit: data.wageUnit, statistic: data.wageStatistic };
}

/** The body of a card at reading zoom: level and SOC code, education, wage, highlights. All plain text. */
export function OccupationDetails({ data }: { data: OccupationNodeData }) {
  const facts = [data.level, data.socCode ? `SOC ${data.socCode}` : undefined]
    .filter(Boolean)
    .join(' · ');
  const wage = cardWage(data);
  const education = educationText({ education: data.education, educationNotVerified: data.educationNotVerified });
  return (
    <>
      {(facts || data.groupLabel) && (
        <p className="occupation-card__facts">
          {facts}
          {data.groupLabel && <span className="canvas-visually-hidden">{`${facts ? ', ' : ''}group: ${data.groupLabel}`}</span>}
        </p>
      )}
      {education && (
        <p className="occupation-card__education">
          <span className="canvas-visually-hidden">Typical education: </span>
          {education}
        </p>
      )}
      {wage ? (
        <WageBar wage={wage} top={data.wageScaleTop} />
      ) : (
        <p className="occupation-card__no-wage">Wage not known</p>
      )}
      {(data.badges.length > 0 || data.hiringEventCount !== undefined) && (
        <ul className="occupation-card__highlights">
          {data.badges.map((badge) => (
            <li key={badge.kind} className={`card-badge card-badge--${badge.kind}`}>
              {badge.label}
              {badge.note !== undefined && <span className="card-badge__note">{`, ${badge.note}`}</span>}
            </li>
          ))}
          <HiringMarker data={data} />
        </ul>
      )}
    </>
  );
}

/**
 * "2 hiring events", on the highlights line a card already has (no line of its own unless it has no
 * other highlight), coloured by the newest event's kind, which it also says, so colour is not the only cue.
 */
function HiringMarker({ data }: { data: OccupationNodeData }) {
  if (data.hiringEventCount === undefined) return null;
  const latest = data.latestHiringKind === undefined ? undefined : HIRING_KIND_LABELS[data.latestHiringKind];
  return (
    <li className={`card-badge card-badge--hiring card-badge--hiring-${data.latestHiringKind ?? 'other'}`} title={latest && `Latest: ${latest}`}>
      {hiringEventCountText(data.hiringEventCount)}
      {latest && <span className="canvas-visually-hidden">{`, latest: ${latest}`}</span>}
    </li>
  );
}
