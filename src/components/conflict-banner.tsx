import { useAppStore } from '../store/app-store';
import { useMergeQuestions } from '../store/merge-questions';
import { getPersistence } from '../store/persistence';
import { MergeQuestionsForm } from './merge-questions-form';

/**
 * Another tab saved newer work. Both versions are merged at once; while that runs it says so, where
 * both tabs changed the same field it asks which value to keep, and when no common version is
 * known (the map was never stored by this tab) it asks which version to keep.
 */
export function ConflictBanner({ mapId }: { mapId: string }) {
  const status = useAppStore((state) => state.saveStatus[mapId]);
  const merge = useMergeQuestions((state) => state.byMap.get(mapId));
  if (status?.kind !== 'conflict') return null;
  if (merge?.kind === 'asking') return <MergeQuestionsForm key={merge.questions.map((q) => q.conflict.path).join('\n')} mapId={mapId} questions={merge.questions} />;
  if (merge?.kind === 'merging') {
    return (
      <p className="banner" role="status">
        This map was changed in another tab: merging its changes with yours…
      </p>
    );
  }
  const savedAt = new Date(status.storedSavedAt);
  return (
    <div className="banner banner--problem" role="alert">
      <p>
        Not saved: this map was changed in another tab
        {Number.isNaN(savedAt.getTime()) ? '' : ` at ${savedAt.toLocaleTimeString()}`}. Your changes here are kept
        until you choose.
      </p>
      <div className="toolbar">
        <button type="button" onClick={() => void getPersistence()?.loadStoredVersion(mapId)}>
          Load the other tab's version
        </button>
        <button type="button" onClick={() => void getPersistence()?.keepThisVersion(mapId)}>
          Keep my version
        </button>
      </div>
    </div>
  );
}
