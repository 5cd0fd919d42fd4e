import { useSessionStore } from './session-store';

/**
 * The answer to the facilitator's last action. A refusal (the sixth vote, a remark with no
 * organization) is an alert, read out at once; a confirmation is a polite status.
 */
export function SessionNoticeLine() {
  const notice = useSessionStore((state) => state.notice);
  const clear = useSessionStore((state) => state.clearNotice);
  return (
    <div className="session-notice-area">
      {notice?.tone === 'problem' ? (
        <p key={notice.nonce} className="session-notice session-notice--problem" role="alert">
          {notice.text}{' '}
          <button type="button" onClick={clear}>
            OK
          </button>
        </p>
      ) : (
        <p key={notice?.nonce ?? 0} className="session-notice" role="status">
          {notice?.text}
        </p>
      )}
    </div>
  );
}
