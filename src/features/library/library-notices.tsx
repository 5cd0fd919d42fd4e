import { useNavigate } from 'react-router';
import { useAppStore } from '../../store/app-store';

/** "Deleted … Undo": deleting a map can be taken back for the rest of the session. */
export function LibraryNotices() {
  const deleted = useAppStore((state) => state.recentlyDeleted);
  const restoreDeleted = useAppStore((state) => state.restoreDeleted);
  const storage = useAppStore((state) => state.storage);
  const navigate = useNavigate();
  return (
    <>
      {storage.state === 'unavailable' && (
        <p className="banner banner--problem" role="alert">
          Maps can't be saved on this device: {storage.message} Export your maps to keep them.
        </p>
      )}
      {deleted && (
        <p className="banner" role="status">
          Deleted “{deleted.entry.map.title}”.{' '}
          <button type="button" onClick={() => {
            const id = restoreDeleted();
            if (id) void navigate('/');
          }}>
            Undo delete
          </button>
        </p>
      )}
    </>
  );
}
