import { useEffect, useRef, useState } from 'react';
import type { HiringEventEdit, HiringEventPatch } from '../../../domain/commands/hiring-events';
import { HIRING_KIND_LABELS, type HiringEventKind } from '../../../domain/hiring-event-words';
import { HIRING_EVENT_KINDS, HiringEvent } from '../../../domain/schema/hiring-event';
import type { HiringEvent as HiringEventValue, PathwayMap } from '../../../domain/schema/map';
import { choicesOf } from './choices';
import { HiringEventsCsv } from './hiring-events-csv';
import { CheckboxField, DraftField, SelectField, type Choice } from './fields';
import { problemsOf, sentence } from './validate';

type Props = { map: PathwayMap; onHiringEvents: (edit: HiringEventEdit, field: string) => void };
type TextKey = 'date' | 'employer' | 'jobs';

const KIND_CHOICES: Choice[] = HIRING_EVENT_KINDS.map((kind) => ({ value: kind, label: HIRING_KIND_LABELS[kind] }));

// Adding and removing are each their own undo step (a key used once); typing in one field joins by event and field.
let structuralEdits = 0;
const once = (what: string) => `map:hiringEvents:${what}#${(structuralEdits += 1)}`;

type TextField = { key: TextKey; label: string; kind: 'date' | 'text' | 'number'; hint?: string };

const TEXT_FIELDS: readonly [TextField, ...TextField[]] = [
  { key: 'date', label: 'Date', kind: 'date' },
  { key: 'employer', label: 'Employer', kind: 'text' },
  { key: 'jobs', label: 'Jobs affected', kind: 'number', hint: 'A count of jobs; leave it blank when it is not known.' },
];

/**
 * The map's log of hiring events (expansions, relocations, lay-offs): add, edit and remove, each
 * event with the occupations it touches and the source that reports it. Every change is one undo step.
 */
export function HiringEventsEditor({ map, onHiringEvents }: Props) {
  const [employer, setEmployer] = useState('');
  const [date, setDate] = useState<string | undefined>(undefined);
  const [kind, setKind] = useState<HiringEventKind | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [focusIndex, setFocusIndex] = useState<number | undefined>(undefined);
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusIndex !== undefined) container.current?.querySelector<HTMLElement>(`[data-event-index="${focusIndex}"] input`)?.focus();
  }, [focusIndex]);

  const add = () => {
    if (employer.trim() === '' || date === undefined || kind === undefined) {
      return setNotice('Give the new event its employer, date and kind first.');
    }
    onHiringEvents({ op: 'add', event: { employer: employer.trim(), date, kind } }, once('add'));
    setEmployer('');
    setNotice(undefined);
    setFocusIndex(map.hiringEvents.length);
  };
  const remove = (event: HiringEventValue) => {
    onHiringEvents({ op: 'remove', id: event.id }, once('remove'));
    setNotice(`Removed the event of ${event.employer}. Undo brings it back.`);
  };
  const update = (event: HiringEventValue, patch: HiringEventPatch, field: string) =>
    onHiringEvents({ op: 'update', id: event.id, patch }, `map:hiringEvents[${event.id}].${field}`);
  const textField = (event: HiringEventValue, n: number, { key, label, kind: fieldKind, hint }: TextField) => (
    <DraftField
      key={key}
      label={`${label} of event ${n}`}
      value={event[key]}
      kind={fieldKind}
      optional={key === 'jobs'}
      {...(hint !== undefined && { hint })}
      apply={(value) => {
        const problem = problemsOf(HiringEvent.shape[key], value)[0];
        if (problem) return sentence(problem, {}, label);
        if (value !== event[key]) update(event, { [key]: value } as HiringEventPatch, key);
        return undefined;
      }}
    />
  );

  return (
    <div ref={container} className="inspector-list">
      {map.hiringEvents.length === 0 && (
        <p className="inspector-hint">No hiring events yet. Log expansions, relocations and lay-offs that change demand.</p>
      )}
      <ol className="requirement-group__list">
        {map.hiringEvents.map((event, index) => {
          const n = index + 1;
          return (
            <li key={event.id} data-event-index={index}>
              <fieldset className="inspector-row">
                <legend>{`${HIRING_KIND_LABELS[event.kind]}: ${event.employer}`}</legend>
                {textField(event, n, TEXT_FIELDS[0])}
                <SelectField
                  label={`Kind of event ${n}`}
                  value={event.kind}
                  options={KIND_CHOICES}
                  apply={(value) => {
                    if (value === undefined) return 'Choose a kind.';
                    if (value !== event.kind) update(event, { kind: value as HiringEventKind }, 'kind');
                    return undefined;
                  }}
                />
                {TEXT_FIELDS.slice(1).map((field) => textField(event, n, field))}
                <OccupationsChooser map={map} event={event} n={n} onChange={(ids, field) => update(event, { occupationIds: ids }, field)} />
                <SelectField
                  label={`Source of event ${n}`}
                  value={event.sourceId}
                  options={choicesOf(map.sources)}
                  none="No source"
                  {...(map.sources.length === 0 && { hint: 'Add the map’s sources under Sources, then choose one here.' })}
                  apply={(value) => {
                    if (value !== event.sourceId) update(event, { sourceId: value as string | undefined }, 'sourceId');
                    return undefined;
                  }}
                />
                <DraftField
                  label={`Note of event ${n}`}
                  kind="textarea"
                  value={event.note}
                  apply={(value) => {
                    if (value !== event.note) update(event, { note: value as string | undefined }, 'note');
                    return undefined;
                  }}
                />
                <button type="button" className="inspector-row__remove" onClick={() => remove(event)}>
                  Remove event {n}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <p role="status" className="inspector-list__notice">
        {notice}
      </p>
      <fieldset className="inspector-row">
        <legend>New hiring event</legend>
        <DraftField label="New event's employer" value={employer} apply={(value) => (setEmployer(typeof value === 'string' ? value : ''), undefined)} />
        <DraftField label="New event's date" kind="date" value={date} apply={(value) => (setDate(typeof value === 'string' ? value : undefined), undefined)} />
        <SelectField
          label="New event's kind"
          value={kind}
          options={KIND_CHOICES}
          none="Choose…"
          apply={(value) => (setKind(value as HiringEventKind | undefined), undefined)}
        />
        <button type="button" onClick={add}>
          Add hiring event
        </button>
      </fieldset>
      <HiringEventsCsv map={map} onHiringEvents={onHiringEvents} />
    </div>
  );
}

/** The map's occupations an event touches: a checkbox each. An id the map no longer lists is kept (the validator reports it). */
function OccupationsChooser({
  map,
  event,
  n,
  onChange,
}: {
  map: PathwayMap;
  event: HiringEventValue;
  n: number;
  onChange: (ids: string[] | undefined, field: string) => void;
}) {
  const chosen = new Set(event.occupationIds ?? []);
  const toggle = (id: string, on: boolean) => {
    const current = event.occupationIds ?? [];
    const next = on ? [...current, id] : current.filter((candidate) => candidate !== id);
    onChange(next.length > 0 ? next : undefined, `occupationIds:${id}=${on}`);
  };
  return (
    <fieldset className="inspector-sources">
      <legend>{`Occupations affected by event ${n}`}</legend>
      {map.occupations.length === 0 ? (
        <p className="inspector-hint">The map has no occupations yet.</p>
      ) : (
        map.occupations.map((occupation) => (
          <CheckboxField key={occupation.id} label={occupation.title} checked={chosen.has(occupation.id)} onToggle={(on) => toggle(occupation.id, on)} />
        ))
      )}
    </fieldset>
  );
}
