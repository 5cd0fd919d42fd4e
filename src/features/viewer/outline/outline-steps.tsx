import { useMemo } from 'react';
import type { PathwayMap } from '../../../domain/schema/map';
import { OutlineStep } from './outline-step';
import { outlineSteps } from './outline-steps-tree';

/** The steps between jobs in the outline (h2), under the map's own levels (h3); nothing when the map has none. */
export function OutlineSteps({ map, titleOf }: { map: PathwayMap; titleOf: (cardId: string) => string }) {
  const rungs = useMemo(() => outlineSteps(map), [map]);
  if (rungs.length === 0) return null;
  return (
    <section className="outline-group outline-steps">
      <h2>Steps between jobs</h2>
      {rungs.map(({ level, steps }) => (
        <section key={level?.id ?? ''} className="outline-level">
          <h3>{level?.label ?? 'Level not set'}</h3>
          <ul className="outline-occupations">
            {steps.map((step) => (
              <OutlineStep key={step.id} map={map} step={step} titleOf={titleOf} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
