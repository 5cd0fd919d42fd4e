import type { Source } from '../../domain/schema/map';
import type { SourcePatch } from '../../domain/commands/sources';

export type SourceDraft = { mode: 'existing'; id: string } | { mode: 'new'; fields: SourcePatch & { label: string } };

/** The source the new wages cite: one of the map's, or a new one (title, publisher, address, retrieved). */
export function WageSourceChoice({
  sources,
  value,
  onChange,
  problem,
}: {
  sources: readonly Pick<Source, 'id' | 'label'>[];
  value: SourceDraft;
  onChange: (value: SourceDraft) => void;
  problem: string | undefined;
}) {
  const fields = value.mode === 'new' ? value.fields : undefined;
  const newFields = fields ?? { label: '' };
  const setField = (key: 'label' | 'publisher' | 'url' | 'retrieved', text: string) =>
    onChange({ mode: 'new', fields: { ...newFields, [key]: key === 'label' ? text : text || undefined } });
  return (
    <fieldset className="wage-sheet__source">
      <legend>Source the new wages cite</legend>
      {sources.length > 0 && (
        <label>
          <input
            type="radio"
            name="wage-source"
            checked={value.mode === 'existing'}
            onChange={() => onChange({ mode: 'existing', id: '' })}
          />
          A source on the map
        </label>
      )}
      {value.mode === 'existing' && (
        <label>
          Source
          <select value={value.id} onChange={(event) => onChange({ mode: 'existing', id: event.target.value })}>
            <option value="" disabled>
              Choose a source…
            </option>
            {sources.map((source) => (
              <option key={source.id} value={source.id}>
                {source.label}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        <input type="radio" name="wage-source" checked={value.mode === 'new'} onChange={() => onChange({ mode: 'new', fields: newFields })} />A new source
      </label>
      {fields && (
        <div className="wage-sheet__fields">
          <label>
            Title
            <input value={fields.label} maxLength={200} onChange={(event) => setField('label', event.target.value)} />
          </label>
          <label>
            Publisher
            <input value={fields.publisher ?? ''} maxLength={200} onChange={(event) => setField('publisher', event.target.value)} />
          </label>
          <label>
            Web address
            <input type="url" value={fields.url ?? ''} onChange={(event) => setField('url', event.target.value)} />
          </label>
          <label>
            Retrieved
            <input type="date" value={fields.retrieved ?? ''} onChange={(event) => setField('retrieved', event.target.value)} />
          </label>
        </div>
      )}
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
