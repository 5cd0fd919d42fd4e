import { useState } from 'react';
import { markValidated } from '../../domain/session/validation';
import type { PathwayMap } from '../../domain/schema/map';
import { nowIso, sessionChange } from './session-change';
import { ValidationBadge } from '../../components/validation-badge';

/**
 * "Mark validated": the date and the organizations that validate the map, all present by default
 * (one that declines is unticked). Recorded in the map's feedback, and shown in the viewer and library.
 */
export function ValidationPanel({ map, organizations }: { map: PathwayMap; organizations: readonly string[] }) {
  // Kept as the ones left out, so an organization added later is ticked by default.
  const [leftOut, setLeftOut] = useState<ReadonlySet<string>>(() => new Set());
  const chosen = organizations.filter((organization) => !leftOut.has(organization));
  const toggle = (organization: string, ticked: boolean) =>
    setLeftOut((current) => {
      const next = new Set(current);
      if (ticked) next.delete(organization);
      else next.add(organization);
      return next;
    });
  const validate = () =>
    sessionChange(
      map.id,
      (current) => markValidated(current, chosen, nowIso()),
      `Map marked validated by ${chosen.length === 1 ? '1 employer' : `${chosen.length} employers`}.`,
    );

  return (
    <section className="session-section" aria-labelledby="session-validate-title">
      <h2 id="session-validate-title">Validate the map</h2>
      <ValidationBadge map={map} fallback="Not validated yet." />
      {organizations.length === 0 ? (
        <p className="session-hint">Add the organizations present first.</p>
      ) : (
        <fieldset className="session-checklist">
          <legend>Organizations validating</legend>
          {organizations.map((organization) => (
            <label key={organization}>
              <input
                type="checkbox"
                checked={!leftOut.has(organization)}
                onChange={(event) => toggle(organization, event.target.checked)}
              />
              {organization}
            </label>
          ))}
        </fieldset>
      )}
      <button type="button" onClick={validate}>
        Mark validated
      </button>
    </section>
  );
}
