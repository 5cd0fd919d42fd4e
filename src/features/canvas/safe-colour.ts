import { COLOR_PATTERN } from '../../domain/schema/limits';

/**
 * A colour that is safe to put into a style: `#rgb` or `#rrggbb` and nothing else. Colours are
 * validated on import; this checks again where a map value is about to become CSS.
 */
export function safeColour(colour: unknown): string | undefined {
  return typeof colour === 'string' && COLOR_PATTERN.test(colour) ? colour : undefined;
}
