import { MARK_DESCRIPTIONS, markDescriptionId, NOT_KNOWN_DESCRIPTIONS } from './card-marks';

/**
 * The words a marked card's description points to ("Does not match the filters."). Hidden: read only
 * as part of a card's description, never on their own.
 */
export function MarkDescriptions({ flowId }: { flowId: string }) {
  return (
    <div hidden>
      {Object.entries(MARK_DESCRIPTIONS).map(([mark, text]) => (
        <span key={mark} id={markDescriptionId(flowId, mark as keyof typeof MARK_DESCRIPTIONS)}>
          {text}
        </span>
      ))}
      {NOT_KNOWN_DESCRIPTIONS.map(({ key, text }) => (
        <span key={key} id={markDescriptionId(flowId, key)}>
          {text}
        </span>
      ))}
    </div>
  );
}
