import type { Feedback, PathwayMap } from '../../domain/schema/map';
import { SESSION_TOOLS, TOOL_LABELS } from './agenda';
import { PendingSuggestions } from './pending-suggestions';
import { RankingPanel } from './ranking-panel';
import { RemarkEntry } from './remark-entry';
import { RemarkList } from './remark-list';
import { useSessionStore, type SessionTarget } from './session-store';
import { SuggestionForm } from './suggestion-form';
import { SummaryPanel } from './summary-panel';
import { ValidationPanel } from './validation-panel';

/**
 * The lower half of the session panel: one tool at a time (each agenda step opens the one it uses;
 * the tabs switch by hand).
 */
export function SessionTools({
  map,
  target,
  speaking,
  organizations,
  pending,
}: {
  map: PathwayMap;
  target: SessionTarget;
  speaking: string | undefined;
  organizations: readonly string[];
  pending: readonly Feedback[];
}) {
  const tool = useSessionStore((state) => state.tool);
  const setTool = useSessionStore((state) => state.setTool);
  return (
    <div className="session-tools">
      <div className="session-tools__tabs" role="group" aria-label="Session tools">
        {SESSION_TOOLS.map((option) => (
          <button key={option} type="button" aria-pressed={tool === option} onClick={() => setTool(option)}>
            {TOOL_LABELS[option]}
            {option === 'suggestions' && pending.length > 0 ? ` (${pending.length})` : ''}
          </button>
        ))}
      </div>
      {tool === 'remarks' && (
        <>
          <RemarkEntry map={map} target={target} speaking={speaking} />
          <RemarkList map={map} target={target} />
        </>
      )}
      {tool === 'ranking' && <RankingPanel map={map} />}
      {tool === 'suggestions' && (
        <>
          <SuggestionForm map={map} target={target} speaking={speaking} />
          <PendingSuggestions map={map} pending={pending} />
        </>
      )}
      {tool === 'validate' && <ValidationPanel map={map} organizations={organizations} />}
      {tool === 'summary' && <SummaryPanel map={map} />}
    </div>
  );
}
