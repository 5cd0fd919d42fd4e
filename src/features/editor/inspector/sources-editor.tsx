import { useEffect, useRef, useState } from 'react';
import { sourceRemovalRefusal, type SourceEdit, type SourcePatch } from '../../../domain/commands/sources';
import type { PathwayMap, Source as SourceValue } from '../../../domain/schema/map';
import { Source } from '../../../domain/schema/source';
import { citationsOf } from '../../../domain/sources/citations';
import { DraftField, type FieldKind } from './fields';
import { problemsOf, sentence } from './validate';

type Props = { map: PathwayMap; onSources: (edit: SourceEdit, field: string) => void };
type Key = Exclude<keyof SourceValue & keyof typeof Source.shape, 'id'>;

// Adding and removing are each their own undo step (a key used once); typing in one field joins by source and field.
let structuralEdits = 0;
const once = (what: string) => `map:sources:${what}#${(structuralEdits += 1)}`;

const FIELDS: ReadonlyArray<{ key: Key; label: string; kind?: FieldKind; hint?: string }> = [
  { key: 'label', label: 'Title' },
  { key: 'publisher', label: 'Publisher', hint: 'e.g. "U.S. Bureau of Labor Statistics".' },
  { key: 'url', label: 'Web address', kind: 'url', hint: 'https:// or http:// only.' },
  { key: 'retrieved', label: 'Date retrieved', kind: 'date' },
  { key: 'year', label: 'Year of the figures', kind: 'number' },
  { key: 'notes', label: 'Notes', kind: 'textarea' },
];

/**
 * The map's sources: create, edit and remove, each showing where it is cited. A cited source is
 * not removed: the message says where it is cited, so no citation is left naming nothing.
 */
export function SourcesEditor({ map, onSources }: Props) {
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [title, setTitle] = useState('');
  const [focusIndex, setFocusIndex] = useState<number | undefined>(undefined);
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusIndex !== undefined) container.current?.querySelector<HTMLElement>(`[data-source-index="${focusIndex}"] input`)?.focus();
  }, [focusIndex]);

  const add = () => {
    if (title.trim() === '') return setNotice('Give the new source a title first.');
    onSources({ op: 'add', source: { label: title.trim() } }, once('add'));
    setTitle('');
    setNotice(undefined);
    setFocusIndex(map.sources.length);
  };
  const remove = (source: SourceValue) => {
    const refusal = sourceRemovalRefusal(map, source.id);
    if (refusal !== undefined) return setNotice(refusal);
    onSources({ op: 'remove', id: source.id }, once('remove'));
    setNotice(`Removed “${source.label}”. Undo brings it back.`);
  };

  return (
    <div ref={container} className="inspector-list">
      {map.sources.length === 0 && <p className="inspector-hint">No sources yet. Add the pages and tables the map's figures come from.</p>}
      <ol className="requirement-group__list">
        {map.sources.map((source, index) => (
          <li key={source.id} data-source-index={index}>
            <fieldset className="inspector-row">
              <legend>{source.label}</legend>
              {FIELDS.map(({ key, label, kind, hint }) => (
                <DraftField
                  key={key}
                  label={`${label} of source ${index + 1}`}
                  value={source[key]}
                  kind={kind ?? 'text'}
                  optional={key !== 'label'}
                  {...(hint !== undefined && { hint })}
                  apply={(value) => {
                    const problem = problemsOf(Source.shape[key], value)[0];
                    if (problem) return sentence(problem, {}, label);
                    if (value !== source[key]) onSources({ op: 'update', id: source.id, patch: { [key]: value } as SourcePatch }, `map:sources[${source.id}].${key}`);
                    return undefined;
                  }}
                />
              ))}
              <CitedBy map={map} source={source} />
              <button type="button" className="inspector-row__remove" onClick={() => remove(source)}>
                Remove source {index + 1}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <p role="status" className="inspector-list__notice">
        {notice}
      </p>
      <DraftField label="New source title" value={title} apply={(value) => (setTitle(typeof value === 'string' ? value : ''), undefined)} />
      <button type="button" onClick={add}>
        Add source
      </button>
    </div>
  );
}

function CitedBy({ map, source }: { map: PathwayMap; source: SourceValue }) {
  const cited = citationsOf(map, source.id);
  if (cited.length === 0) return <p className="inspector-row__note">Not cited yet.</p>;
  return (
    <details className="inspector-row__note">
      <summary>Cited by {cited.length === 1 ? '1 figure or card' : `${cited.length} figures or cards`}</summary>
      <ul>
        {cited.map((citation) => (
          <li key={citation.path}>{citation.where}</li>
        ))}
      </ul>
    </details>
  );
}
