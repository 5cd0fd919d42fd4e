import { payText } from '../../domain/pay-words';
import type { WageFigures } from '../../domain/wage-words';
import { wageMarks } from './wage-scale';

const percent = (fraction: number) => `${(fraction * 100).toFixed(2)}%`;

/**
 * A wage drawn on the map's shared scale ($0 at the left, `top` at the right): the range
 * from lowest to highest known figure as a bar, the wage figure (whatever its statistic; or a single figure) as a tick. The chart is
 * decoration; the words under it say the same thing, unit included, for everyone, with the figure in
 * the other unit beside it (payText's words: "…, about $20.00 an hour").
 * Positions are numbers computed here and written as SVG attributes, never CSS from map values.
 */
export function WageBar({ wage, top }: { wage: WageFigures; top: number | undefined }) {
  const marks = top !== undefined && top > 0 ? wageMarks({ unit: wage.unit, top }, wage) : undefined;
  return (
    <div className="wage-bar">
      {marks && (
        <svg className="wage-bar__chart" width="100%" height="10" aria-hidden="true" focusable="false">
          <rect className="wage-bar__track" x="0" y="3" width="100%" height="4" rx="2" />
          {marks.range && (
            <rect
              className="wage-bar__range"
              x={percent(marks.range[0])}
              y="1"
              width={percent(marks.range[1] - marks.range[0])}
              height="8"
              rx="3"
            />
          )}
          {marks.tick !== undefined && (
            <line className="wage-bar__tick" x1={percent(marks.tick)} x2={percent(marks.tick)} y1="0" y2="10" />
          )}
        </svg>
      )}
      <p className="wage-bar__text">{payText(wage)}</p>
    </div>
  );
}
