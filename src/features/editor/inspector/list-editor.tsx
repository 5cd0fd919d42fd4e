import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { z } from '../../../domain/schema/zod';
import type { Binding, Shape } from './binders';
import { removeKey, rowKey } from './field-keys';
import { isOptional, problemsOf, sentence, withField, type FieldLabels } from './validate';

type Row = Record<string, unknown>;

/**
 * What a row's fields are drawn from: `field('name')` binds the row's name to an input; `set` sets a
 * field with its own undo key (a sources chooser: each ticked source its own step).
 */
export type RowApi = { item: Row; field: (key: string) => Binding; set: (key: string, value: unknown, undoKey: string) => string | undefined };

export type ListEditorProps<T extends object> = {
  /** "credential": names the rows ("Credential 2"), the buttons ("Add credential") and messages. */
  noun: string;
  items: readonly T[] | undefined;
  /** The schema of one item, checked whole before a row is sent. */
  schema: z.ZodType;
  shape: Shape;
  labels: FieldLabels;
  /** The starting values of a new row (e.g. a default kind, a fresh id). */
  blank: () => Row;
  /** Undo-grouping prefix, e.g. "occupation:cna:credentials". */
  fieldKey: string;
  /** Send [] rather than undefined when the last row goes (for lists the format always has). */
  keepEmpty?: boolean;
  /** A reason the item may not be removed, shown instead of removing it. */
  refuseRemoval?: (item: T) => string | undefined;
  onItems: (items: T[] | undefined, field: string) => void;
  renderRow: (row: RowApi) => ReactNode;
};

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Rows of one list with add and remove. A new row stays here, unsent, until it is valid as a whole
 * (a link needs both a label and a safe URL); it then joins the list in place, keeping focus.
 */
export function ListEditor<T extends object>(props: ListEditorProps<T>) {
  const { noun, schema, shape, labels, fieldKey, onItems } = props;
  const list = (props.items ?? []) as readonly Row[];
  const [pending, setPending] = useState<Row | null>(null);
  const [notice, setNotice] = useState('');
  const [focusRequest, setFocusRequest] = useState(0);
  const newRow = useRef<HTMLFieldSetElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focusRequest > 0) newRow.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [focusRequest]);

  const edit = (index: number, key: string, value: unknown, undoKey = key): string | undefined => {
    const isNew = index >= list.length;
    const candidate = withField(isNew ? (pending ?? {}) : (list[index] ?? {}), key, value);
    const problems = problemsOf(schema, candidate);
    const own = problems.find((problem) => problem.path[0] === key);
    if (own) return sentence(own, labels, labels[key] ?? key);
    if (isNew) {
      if (problems.length > 0) {
        setPending(candidate);
        return undefined;
      }
      setPending(null);
      onItems([...list, candidate] as T[], rowKey(fieldKey, index, undoKey));
      return undefined;
    }
    const other = problems[0];
    if (other) return sentence(other, labels, capital(noun));
    onItems(list.map((item, i) => (i === index ? candidate : item)) as T[], rowKey(fieldKey, index, undoKey));
    return undefined;
  };

  const remove = (index: number) => {
    const item = list[index];
    if (item === undefined) {
      setPending(null);
    } else {
      const reason = props.refuseRemoval?.(item as T);
      if (reason) {
        setNotice(reason);
        return;
      }
      const rest = list.filter((_, i) => i !== index) as T[];
      onItems(rest.length === 0 && !props.keepEmpty ? undefined : rest, removeKey(fieldKey, index, list.length));
    }
    setNotice('');
    addButton.current?.focus();
  };

  const add = () => {
    if (pending === null) setPending(props.blank());
    setFocusRequest((count) => count + 1);
  };

  const rows = pending === null ? list : [...list, pending];
  return (
    <div className="inspector-list">
      {rows.map((item, index) => {
        const isNew = index >= list.length;
        const field = (key: string): Binding => ({
          label: labels[key] ?? key,
          value: item[key],
          optional: shape[key] ? isOptional(shape[key]) : true,
          apply: (value) => edit(index, key, value),
        });
        const missing = isNew ? problemsOf(schema, item)[0] : undefined;
        return (
          // Rows have no ids; an index key is safe because each field resets its draft when its value changes.
          <fieldset key={index} className="inspector-row" ref={isNew ? newRow : undefined}>
            <legend>{isNew ? `New ${noun}` : `${capital(noun)} ${index + 1}`}</legend>
            {props.renderRow({ item, field, set: (key, value, undoKey) => edit(index, key, value, undoKey) })}
            {missing && <p className="inspector-row__note">Not added yet: {sentence(missing, labels, capital(noun))}.</p>}
            <button type="button" className="inspector-row__remove" onClick={() => remove(index)}>
              {isNew ? `Discard new ${noun}` : `Remove ${noun} ${index + 1}`}
            </button>
          </fieldset>
        );
      })}
      <p role="status" className="inspector-list__notice">
        {notice}
      </p>
      <button type="button" ref={addButton} onClick={add}>
        Add {noun}
      </button>
    </div>
  );
}
