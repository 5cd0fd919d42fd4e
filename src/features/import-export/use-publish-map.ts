import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { PathwayMap } from '../../domain/schema/map';
import { publishMap } from '../../store/publish-map';

/**
 * Before a map leaves the app: its placeholder ids become readable and are recorded as published
 * (publishMap). When the map's own id changed, the page at /maps/<old id> follows to the new one.
 */
export function usePublishMap(): (map: PathwayMap) => PathwayMap {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return useCallback(
    (map: PathwayMap) => {
      const published = publishMap(map.id) ?? map;
      const oldPath = `/maps/${encodeURIComponent(map.id)}`;
      if (published.id !== map.id && (pathname === oldPath || pathname.startsWith(`${oldPath}/`))) {
        void navigate(`/maps/${encodeURIComponent(published.id)}${pathname.slice(oldPath.length)}`, { replace: true });
      }
      return published;
    },
    [navigate, pathname],
  );
}
