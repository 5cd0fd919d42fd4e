import { perUnitText, wholeDollarText } from '../../domain/wage-words';
import { WAGE_UNITS } from '../../domain/schema/wage';
import './canvas.css';
import type { WageScale, WageScales } from './wage-scale';

const scaleText = (scale: WageScale) => `${wholeDollarText(0)}–${wholeDollarText(scale.top)} ${perUnitText(scale.unit)}`;

/**
 * Says what the wage bars measure: "Wage bars, same scale on every card: $0–$90,000 a year." The mark
 * on a bar is whatever figure the card has (a mean, a median, a percentile), so the key never calls it
 * a median: the card's own words name its statistic.
 */
export function WageScaleKey({ scales }: { scales: WageScales }) {
  const shown = WAGE_UNITS.flatMap((unit) => {
    const scale = scales[unit];
    return scale && scale.top > 0 ? [scale] : [];
  });
  if (shown.length === 0) return null;
  return (
    <p className="map-legend__note">{`Wage bars, same scale on every card: ${shown.map(scaleText).join('; ')}. The mark is the card's wage figure; the words under the bar say which statistic it is.`}</p>
  );
}
