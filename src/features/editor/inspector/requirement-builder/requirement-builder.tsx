import { useEffect, useMemo, useRef, useState } from 'react';
import { EDUCATION_LABELS } from '../../../../domain/labels';
import { editTree, requirementAt } from '../../../../domain/requirements/edit';
import { readOutRequirement } from '../../../../domain/requirements/read-out';
import { unmeetableGroups } from '../../../../domain/requirements/unmeetable';
import type { RequirementGroup } from '../../../../domain/schema/requirement';
import type { BuilderApi, CardChoice, SourceChoice } from './builder-api';
import { GroupEditor } from './group-editor';
import { pathOfKey, placeName } from './names';
import './requirement-builder.css';

type Props = {
  value: RequirementGroup | undefined;
  /** The new tree (undefined once its last requirement is removed) and a key grouping undo steps (see field-keys.ts). */
  onChange: (value: RequirementGroup | undefined, field: string) => void;
  cards: readonly CardChoice[];
  /** The map's sources an item may cite; without them, items offer no sources. */
  sources?: readonly SourceChoice[];
  label: string;
};

const KIND_WORDS: Readonly<Record<string, string>> = { occupation: 'job', program: 'program', credential: 'credential', experience: 'experience', milestone: 'milestone' };

/**
 * Builds a requirement tree with choices and buttons, no syntax: "All of" or "Any N of", requirements
 * added, moved and removed, groups inside groups. Under it, the tree read out as the viewer reads it,
 * and a plain warning for a group no choice can meet.
 */
export function RequirementBuilder({ value, onChange, cards, sources = [], label }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState<{ key: string } | undefined>(undefined);
  const tree: RequirementGroup = value ?? { type: 'all', of: [] };

  useEffect(() => {
    if (focus === undefined) return;
    const marked = container.current?.querySelector<HTMLElement>(`[data-focus="${focus.key}"]`);
    const target = marked?.matches('button, select, input') ? marked : marked?.querySelector<HTMLElement>('select, input, button');
    target?.focus();
  }, [focus]);

  const api: BuilderApi = {
    rootLabel: label,
    sources,
    cardChoices: cards.map((card) => ({ value: card.id, label: `${card.title} (${KIND_WORDS[card.kind] ?? card.kind})` })),
    edit: (recipe, field, focusOn) => {
      const next = editTree(tree, recipe);
      // A move that asks for nothing has no tree, rather than an empty group.
      if (next !== tree) onChange(next.of.length === 0 && next.type === 'all' ? undefined : next, field);
      if (focusOn !== undefined) setFocus({ key: focusOn });
    },
  };

  const titles = useMemo(() => new Map(cards.map((card) => [card.id, card.title])), [cards]);
  const readOut = readOutRequirement(value, { titleOf: (id) => titles.get(id), educationLabel: (level) => EDUCATION_LABELS[level] });
  const warnings = unmeetableGroups(value).map(({ path, needed, available }) => {
    const place = pathOfKey(path);
    const phrase = requirementAt(tree, place)?.type === 'all' ? `All ${needed}` : `Any ${needed}`;
    const where = place.length === 0 ? 'the outer group' : placeName(place);
    const of = available === 0 ? 'no requirements' : `only ${available === 1 ? '1 requirement' : `${available} requirements`}`;
    return `${phrase} of ${of} can never be met (${where}). Add requirements or ask for fewer.`;
  });

  return (
    <div ref={container} role="group" aria-label={label} className="requirement-builder">
      <p className="requirement-builder__label">{label}</p>
      <GroupEditor group={tree} path={[]} api={api} />
      <p className="requirement-builder__read-out">
        Reads: <span>{value === undefined ? 'nothing required' : readOut}</span>
      </p>
      {warnings.map((warning) => (
        <p key={warning} className="requirement-builder__warning">
          {warning}
        </p>
      ))}
    </div>
  );
}
