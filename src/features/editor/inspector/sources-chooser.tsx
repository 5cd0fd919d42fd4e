import type { Source } from '../../../domain/schema/map';
import { CheckboxField } from './fields';

type Props = {
  /** Names the chooser: "Sources of NCLEX-RN", "Sources of requirement 2". */
  label: string;
  sources: readonly Pick<Source, 'id' | 'label'>[];
  value: readonly string[] | undefined;
  /** The new list, undefined when none is left (the field leaves the file). */
  onChange: (ids: string[] | undefined, field: string) => void;
};

/**
 * Which of the map's sources something cites: a checkbox per source, in the map's order. An id the
 * map does not list is kept as it is (the validator reports it); sources are created in the map form.
 */
export function SourcesChooser({ label, sources, value, onChange }: Props) {
  const chosen = new Set(value ?? []);
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...(value ?? []), id] : (value ?? []).filter((candidate) => candidate !== id);
    onChange(next.length > 0 ? next : undefined, `sourceIds:${id}=${on}`);
  };
  return (
    <fieldset className="inspector-sources">
      <legend>{label}</legend>
      {sources.length === 0 ? (
        <p className="inspector-hint">The map has no sources yet: add them under Map → Sources.</p>
      ) : (
        sources.map((source) => (
          <CheckboxField key={source.id} label={source.label} checked={chosen.has(source.id)} onToggle={(on) => toggle(source.id, on)} />
        ))
      )}
    </fieldset>
  );
}
