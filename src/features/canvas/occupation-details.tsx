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
      {data.badges.length > 0 && (
        <ul className="occupation-card__highlights" aria-label="Highlights">
          {data.badges.map((badge) => (
            <li key={badge.kind} className={`card-badge card-badge--${badge.kind}`}>
              {badge.label}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
