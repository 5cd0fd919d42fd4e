import type { JSX, ReactNode } from 'react';
import type { BulkEdit } from '../../../domain/commands/bulk-occupations';
import type { HiringEventEdit } from '../../../domain/commands/hiring-events';
import type { LevelEdit } from '../../../domain/commands/levels';
import type { ReleaseEdit } from '../../../domain/commands/releases';
import type { SourceEdit } from '../../../domain/commands/sources';
import { STEP_KIND_LABELS } from '../../../domain/steps/step-words';
import type { Group, Occupation, PathwayMap, Step, Transition } from '../../../domain/schema/map';
import type { Emit } from './binders';
import { BulkOccupationForm } from './bulk-occupation-form';
import { MapForm } from './map-form';
import type { MoveActions } from './move-actions';
import { MovesSection } from './moves-section';
import { OccupationForm } from './occupation-form';
import { bulkKey } from './field-keys';
import { selectionHeading } from './selection-heading';
import { StepForm } from './step-form';
import { titleOf, TransitionForm } from './transition-form';
import './inspector.css';

export type InspectorSelection =
  | { kind: 'map' }
  | { kind: 'occupation'; id: string }
  | { kind: 'step'; id: string }
  | { kind: 'transition'; id: string }
  | { kind: 'many'; occupationIds: readonly string[]; transitionIds: readonly string[] };

/**
 * One edit. A patch replaces top-level fields wholesale (undefined clears one). `field` is a stable
 * key for undo grouping: consecutive changes with the same key are one step (see field-keys.ts).
 */
export type InspectorChange =
  | { target: 'map'; patch: Partial<PathwayMap>; field: string }
  | { target: 'groups'; groups: Group[]; field: string }
  /** A change to the map's levels (which may move cards off a removed level). */
  | { target: 'levels'; edit: LevelEdit; field: string }
  /** A change to the map's sources (a cited source is refused removal by the command itself). */
  | { target: 'sources'; edit: SourceEdit; field: string }
  /** A release recorded or removed, or the staleness setting changed. */
  | { target: 'releases'; edit: ReleaseEdit; field: string }
  /** A change to the map's log of hiring events. */
  | { target: 'hiringEvents'; edit: HiringEventEdit; field: string }
  | { target: 'occupation'; id: string; patch: Partial<Occupation>; field: string }
  | { target: 'step'; id: string; patch: Partial<Step>; field: string }
  | { target: 'transition'; id: string; patch: Partial<Transition>; field: string }
  /** One field set on several occupations: one undo step (the key carries the value, so two choices are two steps). */
  | { target: 'occupations'; ids: readonly string[]; edit: BulkEdit; field: string };

export type InspectorProps = {
  map: PathwayMap;
  selection: InspectorSelection;
  onChange: (change: InspectorChange) => void;
  onDelete?: (selection: InspectorSelection) => void;
  /** Adding, removing and selecting moves (a card's Moves section); without them, no such section. */
  moveActions?: MoveActions;
};

/** The side panel that edits what is selected. Presentational: the editor wires it to the store. */
export function Inspector(props: InspectorProps): JSX.Element {
  return (
    <aside aria-label="Inspector" className="inspector">
      <InspectorBody {...props} />
    </aside>
  );
}

function Heading({ children, onDelete, deleteLabel }: { children: ReactNode; onDelete: (() => void) | undefined; deleteLabel: string }) {
  return (
    <div className="inspector__header">
      <h2 className="inspector__heading">{children}</h2>
      {onDelete && (
        <button type="button" className="inspector__delete" onClick={onDelete}>
          {deleteLabel}
        </button>
      )}
    </div>
  );
}

function Gone({ what }: { what: string }) {
  return (
    <>
      <Heading onDelete={undefined} deleteLabel="">
        Nothing to inspect
      </Heading>
      <p className="inspector-hint">The selected {what} is no longer on the map.</p>
    </>
  );
}

function InspectorBody({ map, selection, onChange, onDelete, moveActions }: InspectorProps) {
  const remove = onDelete ? () => onDelete(selection) : undefined;
  // Forms are keyed by what they edit, so a new selection starts with fresh drafts.
  switch (selection.kind) {
    case 'map': {
      const emit: Emit = (patch, field) => onChange({ target: 'map', patch, field });
      return (
        <>
          <Heading onDelete={undefined} deleteLabel="">
            Map
          </Heading>
          <MapForm
            key={map.id}
            map={map}
            emit={emit}
            onGroups={(groups, field) => onChange({ target: 'groups', groups, field })}
            onLevels={(edit, field) => onChange({ target: 'levels', edit, field })}
            onSources={(edit, field) => onChange({ target: 'sources', edit, field })}
            onReleases={(edit, field) => onChange({ target: 'releases', edit, field })}
            onHiringEvents={(edit, field) => onChange({ target: 'hiringEvents', edit, field })}
          />
        </>
      );
    }
    case 'occupation': {
      const occupation = map.occupations.find((candidate) => candidate.id === selection.id);
      if (!occupation) return <Gone what="occupation" />;
      const emit: Emit = (patch, field) => onChange({ target: 'occupation', id: occupation.id, patch, field });
      return (
        <>
          <Heading onDelete={remove} deleteLabel="Delete occupation">
            Occupation: {occupation.title}
          </Heading>
          <OccupationForm
            key={`${map.id}:${occupation.id}`}
            map={map}
            occupation={occupation}
            emit={emit}
            moves={moveActions && <MovesSection map={map} card={occupation} noun="occupation" actions={moveActions} />}
          />
        </>
      );
    }
    case 'step': {
      const step = map.steps.find((candidate) => candidate.id === selection.id);
      if (!step) return <Gone what="step" />;
      const emit: Emit = (patch, field) => onChange({ target: 'step', id: step.id, patch, field });
      const kind = STEP_KIND_LABELS[step.kind];
      return (
        <>
          <Heading onDelete={remove} deleteLabel={`Delete ${kind.toLowerCase()}`}>
            {kind}: {step.title}
          </Heading>
          <StepForm
            key={`${map.id}:${step.id}`}
            map={map}
            step={step}
            emit={emit}
            moves={moveActions && <MovesSection map={map} card={step} noun={kind.toLowerCase()} actions={moveActions} />}
          />
        </>
      );
    }
    case 'transition': {
      const transition = map.transitions.find((candidate) => candidate.id === selection.id);
      if (!transition) return <Gone what="move" />;
      const emit: Emit = (patch, field) => onChange({ target: 'transition', id: transition.id, patch, field });
      return (
        <>
          <Heading onDelete={remove} deleteLabel="Delete move">
            Move: {titleOf(map, transition.from)} → {titleOf(map, transition.to)}
          </Heading>
          <TransitionForm key={`${map.id}:${transition.id}`} map={map} transition={transition} emit={emit} />
        </>
      );
    }
    case 'many': {
      // Only the occupations still on the map (one may have gone in another tab's change).
      const onMap = new Set(map.occupations.map((occupation) => occupation.id));
      const occupationIds = selection.occupationIds.filter((id) => onMap.has(id));
      return (
        <>
          <Heading onDelete={remove} deleteLabel="Delete">
            {selectionHeading(occupationIds.length, selection.transitionIds.length)}
          </Heading>
          {occupationIds.length > 1 ? (
            <BulkOccupationForm map={map} ids={occupationIds} onEdit={(edit) => onChange({ target: 'occupations', ids: occupationIds, edit, field: bulkKey(occupationIds, edit) })} />
          ) : (
            <p className="inspector-hint">Select one occupation or move to edit it, or several occupations to set their group, level or flags together.</p>
          )}
        </>
      );
    }
  }
}
