import { useMemo, useState, type FormEvent } from 'react';
import { addOrganization, organizationsPresent } from '../../domain/session/organizations';
import { criticalVotesOf, MAX_CRITICAL_VOTES } from '../../domain/session/votes';
import type { PathwayMap } from '../../domain/schema/map';
import { selectMap, useAppStore } from '../../store/app-store';
import { nowIso, sessionChange } from './session-change';
import { useSessionStore } from './session-store';
import { organizationShortcut } from './session-shortcuts';

export const ADD_ORGANIZATION_ID = 'session-add-organization';

/**
 * The organizations in the room. Adding one is a name and Enter; it is recorded in the map at once
 * and becomes the one speaking. Who speaks is one click or its number key; a person is optional.
 */
export function OrganizationsPanel({ map, organizations }: { map: PathwayMap; organizations: readonly string[] }) {
  const [name, setName] = useState('');
  const speaking = useSessionStore((state) => state.speaking);
  const author = useSessionStore((state) => state.author);
  const { setSpeaking, setAuthor } = useSessionStore.getState();
  // Counted once per change of the map, not on every keystroke in the name fields.
  const votesOf = useMemo(
    () => new Map(organizations.map((organization) => [organization, criticalVotesOf(map, organization).length])),
    [map, organizations],
  );

  const add = (event: FormEvent) => {
    event.preventDefault();
    const added = sessionChange(map.id, (current) => addOrganization(current, name, nowIso()));
    if (!added) return;
    const list = organizationsPresent(selectMap(map.id)(useAppStore.getState()) ?? map);
    const newest = list[list.length - 1];
    setSpeaking(newest);
    useSessionStore.getState().say('info', `${newest ?? name.trim()} is present, and speaking.`);
    setName('');
  };

  return (
    <section className="session-section" aria-labelledby="session-organizations-title">
      <h2 id="session-organizations-title">Organizations present ({organizations.length})</h2>
      <form className="session-inline-form" onSubmit={add}>
        <label htmlFor={ADD_ORGANIZATION_ID}>Add organization</label>
        <input
          id={ADD_ORGANIZATION_ID}
          aria-keyshortcuts="A"
          value={name}
          onChange={(event) => setName(event.target.value)}
          placeholder="Name, then Enter"
          autoComplete="off"
        />
        <button type="submit">Add</button>
      </form>
      {organizations.length === 0 ? (
        <p className="session-hint">No organization yet. Add each one as it introduces itself.</p>
      ) : (
        <fieldset className="session-speaking">
          <legend>Speaking now</legend>
          <ul>
            {organizations.map((organization, index) => {
              const key = organizationShortcut(index);
              const votes = votesOf.get(organization) ?? 0;
              return (
                <li key={organization}>
                  <label>
                    <input
                      type="radio"
                      name="session-speaking"
                      checked={speaking === organization}
                      onChange={() => setSpeaking(organization)}
                      aria-keyshortcuts={key}
                    />
                    {key && (
                      <kbd aria-hidden="true" className="session-speaking__key">
                        {key}
                      </kbd>
                    )}
                    <span>{organization}</span>
                  </label>
                  <span className="session-speaking__votes">
                    {votes} of {MAX_CRITICAL_VOTES} votes
                  </span>
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}
      <div className="session-inline-form">
        <label htmlFor="session-author">Person speaking (optional)</label>
        <input id="session-author" value={author} onChange={(event) => setAuthor(event.target.value)} autoComplete="off" />
      </div>
    </section>
  );
}
