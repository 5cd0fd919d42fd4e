import { useEffect, useRef, useState } from 'react';
import { cardsOnLevel, levelRemovalRefusal, type LevelEdit } from '../../../domain/commands/levels';
import { Level, MAX_LEVELS } from '../../../domain/schema/level';
import type { PathwayMap } from '../../../domain/schema/map';
import { DraftField } from './fields';
import { problemsOf, sentence } from './validate';

type Props = { map: PathwayMap; onLevels: (edit: LevelEdit, field: string) => void };

// Adding, moving and removing are each their own undo step: a key used once. Renaming joins by level.
let structuralEdits = 0;
const once = (what: string) => `map:levels:${what}#${(structuralEdits += 1)}`;

/**
 * The map's own levels in order: rename, add (up to MAX_LEVELS), move up and down, remove. A level cards
 * are on is not removed: the message says how many, and offers to move them to a neighbouring level.
 */
export function LevelsEditor({ map, onLevels }: Props) {
  const [notice, setNotice] = useState<{ text: string; levelId?: string } | undefined>(undefined);
  const [focus, setFocus] = useState<{ selector: string } | undefined>(undefined);
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) container.current?.querySelector<HTMLElement>(focus.selector)?.focus();
  }, [focus]);

  const levels = map.levels;
  const send = (edit: LevelEdit, field: string, focusOn?: string) => {
    onLevels(edit, field);
    setNotice(undefined);
    if (focusOn) setFocus({ selector: focusOn });
  };
  const add = () => {
    if (levels.length >= MAX_LEVELS) return setNotice({ text: `A map can have at most ${MAX_LEVELS} levels.` });
    send({ op: 'add', label: `Level ${levels.length + 1}` }, once('add'), `[data-level-index="${levels.length}"] input`);
  };
  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    const button = by === -1 ? (target > 0 ? 'up' : 'down') : target < levels.length - 1 ? 'down' : 'up';
    send({ op: 'move', id: levels[index]!.id, by }, once('move'), `[data-level-index="${target}"] [data-move="${button}"]`);
  };
  const remove = (index: number, moveCardsTo?: string) => {
    const id = levels[index]!.id;
    const refusal = levelRemovalRefusal(map, id, moveCardsTo);
    if (refusal !== undefined) return setNotice({ text: refusal, levelId: cardsOnLevel(map, id).length > 0 ? id : undefined });
    send({ op: 'remove', id, ...(moveCardsTo !== undefined && { moveCardsTo }) }, once('remove'), '[data-add-level]');
  };

  const refusedAt = notice?.levelId === undefined ? -1 : levels.findIndex((level) => level.id === notice.levelId);
  const neighbours = [levels[refusedAt - 1], levels[refusedAt + 1]].filter((level) => refusedAt >= 0 && level !== undefined);
  return (
    <div ref={container} className="inspector-list">
      <ol className="requirement-group__list">
        {levels.map((level, index) => (
          <li key={level.id} data-level-index={index} className="inspector-row">
            <DraftField
              label={`Label of level ${index + 1}`}
              value={level.label}
              optional={false}
              apply={(value) => {
                const problem = problemsOf(Level.shape.label, value)[0];
                if (problem) return sentence(problem, {}, `Label of level ${index + 1}`);
                if (value !== level.label) onLevels({ op: 'rename', id: level.id, label: value as string }, `map:levels[${level.id}].label`);
                return undefined;
              }}
            />
            <div className="requirement-group__row-buttons">
              <button type="button" data-move="up" disabled={index === 0} onClick={() => move(index, -1)}>
                Move level {index + 1} up
              </button>
              <button type="button" data-move="down" disabled={index === levels.length - 1} onClick={() => move(index, 1)}>
                Move level {index + 1} down
              </button>
              <button type="button" onClick={() => remove(index)}>
                Remove level {index + 1}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <p role="status" className="inspector-list__notice">
        {notice?.text}
      </p>
      <div className="requirement-group__row-buttons">
        {neighbours.map((level) => (
          <button key={level!.id} type="button" onClick={() => remove(refusedAt, level!.id)}>
            Move them to “{level!.label}” and remove “{levels[refusedAt]!.label}”
          </button>
        ))}
      </div>
      <button type="button" data-add-level onClick={add}>
        Add level
      </button>
    </div>
  );
}
