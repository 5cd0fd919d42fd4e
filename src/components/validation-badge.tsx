import { latestValidation, validationLabel } from '../domain/session/validation';
import type { PathwayMap } from '../domain/schema/map';
import './validation-badge.css';

/**
 * "Validated by 3 employers on 23 November 2026": the map's latest employer validation, for the
 * library card, the viewer header and the session. Nothing (or the fallback) when never validated.
 */
export function ValidationBadge({ map, fallback }: { map: PathwayMap; fallback?: string }) {
  const validation = latestValidation(map);
  if (!validation) return fallback ? <p className="validation-badge validation-badge--none">{fallback}</p> : null;
  return <p className="validation-badge">{validationLabel(validation)}</p>;
}
