import { AGENDA } from './agenda';
import { useSessionStore } from './session-store';

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
        <button type="button" onClick={() => goToStep(step - 1)} disabled={step === 0} aria-keyshortcuts="[ PageUp">
          Previous step
        </button>
        <button type="button" onClick={() => goToStep(step + 1)} disabled={step === AGENDA.length - 1} aria-keyshortcuts="] PageDown">
          Next step
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
