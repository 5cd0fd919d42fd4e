import { useAppStore } from '../../store/app-store';
import type { Focusable } from './use-focus-after-render';

type Props = {
  /** What the last rename or restore did, said and shown. */
  announcement: string | undefined;
  focusable: Focusable;
  onUndoDelete: () => void;
};

/**
 * The library's notices: storage trouble, "Deleted … Undo delete" (a deletion can be taken back for
 * the rest of the session) and what the last rename or restore did. The status region is always
 * there, so screen readers announce what appears in it.
 */
export function LibraryNotices({ announcement, focusable, onUndoDelete }: Props) {
  const deleted = useAppStore((state) => state.recentlyDeleted);
  const storage = useAppStore((state) => state.storage);
  return (
    <>
      {storage.state === 'unavailable' && (
        <p className="banner banner--problem" role="alert">
          Maps can't be saved on this device: {storage.message} Export your maps to keep them.
        </p>
      )}
      <div role="status">
        {deleted && (
          <p className="banner">
            Deleted “{deleted.entry.map.title}”.{' '}
            <button type="button" ref={focusable('undo-delete')} onClick={onUndoDelete}>
              Undo delete
            </button>
          </p>
        )}
        {announcement && <p className="banner">{announcement}</p>}
      </div>
    </>
  );
}
