import { dollarText, perUnitText } from '../../../domain/wage-words';
import { wagesAlong, type WagePoint } from '../../../domain/graph/route-wages';
import { statisticName, wagesHeading } from '../../../domain/wage-statistic';
import type { Occupation } from '../../../domain/schema/map';

const WIDTH = 300;
const HEIGHT = 130;
// Wide side margins: a figure is centred on its point, and the first and last must not be cut off.
const PAD = { left: 30, right: 30, top: 22, bottom: 26 };

/**
 * "$57,110 a year" or "wage not known", for the chart's text alternative; "$57,110 a year (mean)" when
 * the route's figures are of different statistics, so each says which it is.
 */
function pointText(point: WagePoint, unit: 'hour' | 'year', mixed: boolean): string {
  if (point.amount === undefined) return 'wage not known';
  const figure = `${dollarText(point.amount, unit)} ${perUnitText(unit)}`;
  return mixed ? `${figure} (${statisticName(point.statistic)})` : figure;
}

/**
 * The wage figure at each job along a route, named by its statistic ("Mean wage a year at each step";
 * "Wage (mean or median)" with each figure's statistic in the text alternative when they differ): a
 * small line chart, steps numbered as in the step list.
 * Its text alternative lists every wage in words. Figures in another unit are converted at 2,080
 * hours a year (said under the chart); a job with no figure is a hollow mark on the baseline, never a
 * guessed figure.
 */
export function WageChart({ occupations }: { occupations: readonly Occupation[] }) {
  const { unit, points } = wagesAlong(occupations);
  const top = Math.max(1, ...points.map((point) => point.amount ?? 0));
  const innerWidth = WIDTH - PAD.left - PAD.right;
  const innerHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (index: number) => PAD.left + (points.length === 1 ? innerWidth / 2 : (innerWidth * index) / (points.length - 1));
  const y = (amount: number) => PAD.top + innerHeight * (1 - amount / top);
  const baseline = PAD.top + innerHeight;
  const known = points.flatMap((point, index) => (point.amount === undefined ? [] : [`${x(index)},${y(point.amount)}`]));
  const statistics = points.flatMap((point) => (point.amount === undefined ? [] : [point.statistic]));
  const heading = wagesHeading(statistics);
  const mixed = new Set(statistics).size > 1;
  const description = points.map((point, index) => `${index + 1}. ${point.occupation.title}: ${pointText(point, unit, mixed)}`).join('; ');
  // Beyond six jobs the figures would overlap: the chart then shows the shape, the step list the figures.
  const showValues = points.length <= 6;
  const converted = occupations.some((occupation) => occupation.wage?.amount !== undefined && occupation.wage.unit !== unit);
  return (
    <figure className="wage-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${heading} along the route: ${description}`}>
        <line className="wage-chart__axis" x1={PAD.left} x2={WIDTH - PAD.right} y1={baseline} y2={baseline} />
        {known.length > 1 && <polyline className="wage-chart__line" points={known.join(' ')} />}
        {points.map((point, index) => (
          <g key={index}>
            {point.amount === undefined ? (
              <circle className="wage-chart__point wage-chart__point--unknown" cx={x(index)} cy={baseline} r={4} />
            ) : (
              <>
                <circle className="wage-chart__point" cx={x(index)} cy={y(point.amount)} r={4} />
                {showValues && (
                  <text className="wage-chart__value" x={x(index)} y={y(point.amount) - 8} textAnchor="middle">
                    {dollarText(point.amount, unit)}
                  </text>
                )}
              </>
            )}
            <text className="wage-chart__step" x={x(index)} y={HEIGHT - 8} textAnchor="middle">
              {point.amount === undefined ? `${index + 1} (?)` : index + 1}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>
        {heading} {perUnitText(unit)} at each step{converted ? '; hourly and yearly figures converted at 2,080 hours a year' : ''}.
        {points.some((point) => point.amount === undefined) && ' (?) = not known.'}
        {mixed &&
          ` Not all the same statistic, so compare with care: ${points
            .flatMap((point, index) => (point.amount === undefined ? [] : [`${index + 1}. ${statisticName(point.statistic)}`]))
            .join('; ')}.`}
      </figcaption>
    </figure>
  );
}
