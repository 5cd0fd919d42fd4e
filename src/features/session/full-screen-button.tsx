import { useIsFullScreen } from './full-screen';
import type { SessionContext } from './session-actions';
import { SessionActionButton } from './session-action-button';

/** The session's "Full screen" action as a toggle button: pressed while the page is in full screen. */
export function FullScreenButton({ context }: { context: () => SessionContext }) {
  return <SessionActionButton id="full-screen" context={context} pressed={useIsFullScreen()} />;
}
