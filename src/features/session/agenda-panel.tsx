import { actionById, ariaKeys } from '../../components/actions/action';
import { AGENDA } from './agenda';
import { SESSION_ACTIONS } from './session-actions';
import { useSessionStore } from './session-store';

// Their names and keys are the session's actions' (the buttons stop at the first and last step).
const PREVIOUS = actionById(SESSION_ACTIONS, 'previous-step');
const NEXT = actionById(SESSION_ACTIONS, 'next-step');

/**
 * The session's agenda: every step with its prompt, the current one highlighted and its prompt shown
 * large for the room. Choosing a step opens the tool it needs in the side panel.
 */
export function AgendaPanel() {
  const step = useSessionStore((state) => state.step);
  const goToStep = useSessionStore((state) => state.goToStep);
  const current = AGENDA[step]!;
  return (
    <nav className="session-agenda" aria-labelledby="session-agenda-title">
      <h2 id="session-agenda-title">Agenda</h2>
      <p className="session-agenda__prompt" aria-live="polite">
        <span className="session-agenda__count">
          Step {step + 1} of {AGENDA.length}: {current.title}
        </span>
        {current.prompt}
      </p>
      <div className="session-agenda__moves">
        <button type="button" onClick={() => goToStep(step - 1)} disabled={step === 0} aria-keyshortcuts={ariaKeys(PREVIOUS)}>
          {PREVIOUS.label}
        </button>
        <button type="button" onClick={() => goToStep(step + 1)} disabled={step === AGENDA.length - 1} aria-keyshortcuts={ariaKeys(NEXT)}>
          {NEXT.label}
        </button>
      </div>
      <ol className="session-agenda__steps">
        {AGENDA.map((agendaStep, index) => (
          <li key={agendaStep.title}>
            <button
              type="button"
              className="session-agenda__step"
              aria-current={index === step ? 'step' : undefined}
              onClick={() => goToStep(index)}
            >
              {agendaStep.title}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
