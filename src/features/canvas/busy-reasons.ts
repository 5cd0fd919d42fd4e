/**
 * Why a canvas is busy, as a space-separated list of the reasons that hold ('' when at rest). The
 * canvas is `aria-busy` while it is not empty and shows it in `data-busy-with`, so a test that
 * waits too long (or a user's bug report) says what the map was still waiting for.
 */
export function busyReasons(reasons: Readonly<Record<string, boolean>>): string {
  return Object.entries(reasons)
    .flatMap(([reason, holds]) => (holds ? [reason] : []))
    .join(' ');
}
