import { useEffect, useMemo, useRef } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { formatIssue, type ParseIssue } from '../../domain/parse';
import { decodeShareFragment } from '../../io/share-link';
import { useAppStore } from '../../store/app-store';
import { addSharedMap } from './open-shared-map';

/**
 * /shared#map=… — opens a map someone shared as a link. The link's map is validated like any
 * import; once the maps saved on this device have loaded (so an identical one is found and none is
 * overwritten) it joins the library, and this address is replaced by the map's, so Back does not
 * import it again. A broken link gets a page that names the problem and changes nothing.
 */
export function SharedMapPage() {
  const { hash } = useLocation();
  const navigate = useNavigate();
  const storageLoading = useAppStore((state) => state.storage.state === 'loading');
  // Pure and bounded (the fragment is capped before it is decompressed), so it can run as we render.
  const decoded = useMemo(() => decodeShareFragment(hash), [hash]);
  // Each link is added once, even when React runs the effect twice.
  const added = useRef<unknown>(undefined);

  useEffect(() => {
    if (storageLoading || !decoded.ok || added.current === decoded) return;
    added.current = decoded;
    const mapId = addSharedMap(decoded);
    void navigate(`/maps/${encodeURIComponent(mapId)}`, { replace: true });
  }, [decoded, navigate, storageLoading]);

  if (!decoded.ok) return <SharedMapProblem errors={decoded.errors} />;
  return (
    <p className="page-loading" role="status">
      Opening the shared map…
    </p>
  );
}

function SharedMapProblem({ errors }: { errors: readonly ParseIssue[] }) {
  return (
    <section className="page-message" aria-labelledby="shared-map-problem-title">
      <h1 id="shared-map-problem-title">This share link can't be opened</h1>
      <p>Nothing was added to your library.</p>
      <ul className="issue-list">
        {errors.map((issue, index) => (
          <li key={index}>{formatIssue(issue)}</li>
        ))}
      </ul>
      <p>
        <Link to="/">Go to the map library</Link>
      </p>
    </section>
  );
}
