import { useEffect, useMemo, useRef } from 'react';
import { Link } from 'react-router';
import { SaveStatusText } from '../../components/save-status-text';
import { organizationsPresent } from '../../domain/session/organizations';
import { pendingSuggestions } from '../../domain/session/suggestions';
import { criticalTallies } from '../../domain/session/tallies';
import type { PathwayMap } from '../../domain/schema/map';
import { ConflictBanner } from '../../components/conflict-banner';
import { SaveFailedBanner } from '../../components/save-failed-banner';
import { AgendaPanel } from './agenda-panel';
import { FullScreenButton } from './full-screen-button';
import { OrganizationsPanel } from './organizations-panel';
import { SessionCanvas } from './session-canvas';
import { SessionActionButton } from './session-action-button';
import { SessionNoticeLine } from './session-notice';
import { useSessionStore } from './session-store';
import { SessionTools } from './session-tools';
import { ShortcutsHelp } from './shortcuts-help';
import { TargetPanel } from './target-panel';
import { liveTarget } from './target-name';
import { useDisplayLayout } from '../layout/use-display-layout';
import { useSessionShortcuts } from './use-session-shortcuts';
import { ValidationBadge } from '../../components/validation-badge';
import './session.css';

/**
 * Facilitation mode for one map: the agenda on the left, the map in the middle, on the right who is
 * in the room and what they say. Every vote, remark and decision is one map change, saved at once.
 */
export function Session({ map }: { map: PathwayMap }) {
  const page = useRef<HTMLDivElement>(null);
  const help = useRef<HTMLDetailsElement>(null);
  const openSession = useSessionStore((state) => state.openSession);
  useEffect(() => openSession(map.id), [openSession, map.id]);

  const organizations = useMemo(() => organizationsPresent(map), [map]);
  const tallies = useMemo(() => criticalTallies(map), [map]);
  const pending = useMemo(() => pendingSuggestions(map), [map]);
  const layout = useDisplayLayout(map);

  const storedSpeaking = useSessionStore((state) => state.speaking);
  // Who spoke is forgotten when the organization is no longer on the list (an undone add).
  const speaking = storedSpeaking !== undefined && organizations.includes(storedSpeaking) ? storedSpeaking : undefined;
  const target = liveTarget(map, useSessionStore((state) => state.target));

  const refs = useMemo(() => ({ page, help }), []);
  const actionContext = useSessionShortcuts(map.id, organizations, refs);

  const subtitle = [map.region, map.sector].filter(Boolean).join(' · ');
  return (
    // Focusable (not in the Tab order): Escape in a field hands the focus here, so shortcuts work next.
    <div className="session" ref={page} tabIndex={-1}>
      <header className="session__header">
        <div className="session__heading">
          <h1>
            <span className="session__mode">Session: </span>
            {map.title}
          </h1>
          <div className="session__status">
            <p className="map-page__subtitle">
              {subtitle && `${subtitle} · `}
              {organizations.length === 1 ? '1 organization present' : `${organizations.length} organizations present`}
              {!layout.laidOut && <span role="status"> · Laying out…</span>}
            </p>
            <ValidationBadge map={map} />
            <SaveStatusText mapId={map.id} reasonInBanner />
          </div>
        </div>
        <div className="toolbar" role="toolbar" aria-label="Session actions">
          <FullScreenButton context={actionContext} />
          <SessionActionButton id="undo" context={actionContext} />
          <SessionActionButton id="redo" context={actionContext} />
          <Link className="button-link" to="?view=summary">
            Printable summary
          </Link>
          <Link className="button-link" to={`/maps/${encodeURIComponent(map.id)}`}>
            Leave session
          </Link>
        </div>
      </header>
      <ConflictBanner mapId={map.id} />
      <SaveFailedBanner map={map} />
      <div className="session__workspace">
        <AgendaPanel />
        <div className="session__stage">
          {/* Not remounted once laid out (as the viewer's is): focus and selection stay where they are. */}
          <SessionCanvas
            map={layout.shown}
            tallies={tallies}
            pending={pending}
            arrangement={layout.laidOut ? 'laid-out' : 'ladder'}
            placing={!layout.laidOut}
          />
        </div>
        <aside className="session__panel" aria-label="Session panel">
          <SessionNoticeLine />
          <OrganizationsPanel map={map} organizations={organizations} />
          <TargetPanel map={map} target={target} speaking={speaking} tallies={tallies} />
          <SessionTools map={map} target={target} speaking={speaking} organizations={organizations} pending={pending} />
          <ShortcutsHelp ref={help} />
        </aside>
      </div>
    </div>
  );
}
