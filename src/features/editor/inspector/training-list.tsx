import type { TrainingProgram as ProgramValue } from '../../../domain/schema/map';
import { TrainingProgram } from '../../../domain/schema/training';
import type { Emit } from './binders';
import { DraftField } from './fields';
import { ListEditor } from './list-editor';

const LABELS = {
  name: 'Name',
  provider: 'Provider',
  url: 'URL',
  durationWeeks: 'Duration (weeks)',
  costUsd: 'Cost (USD)',
  capacity: 'Capacity',
  completions: 'Completions',
};

type Props = { training: readonly ProgramValue[] | undefined; owner: string; emit: Emit };

/** Programs that prepare people for the occupation, with their capacity and completions. */
export function TrainingList({ training, owner, emit }: Props) {
  return (
    <ListEditor<ProgramValue>
      noun="training program"
      items={training}
      schema={TrainingProgram}
      shape={TrainingProgram.shape}
      labels={LABELS}
      blank={() => ({})}
      fieldKey={`${owner}:training`}
      onItems={(items, field) => emit({ training: items }, field)}
      renderRow={({ field }) => (
        <>
          <DraftField {...field('name')} />
          <DraftField {...field('provider')} />
          <DraftField kind="url" {...field('url')} />
          <div className="inspector-columns">
            <DraftField kind="number" {...field('durationWeeks')} />
            <DraftField kind="number" {...field('costUsd')} />
          </div>
          <div className="inspector-columns">
            <DraftField kind="number" {...field('capacity')} />
            <DraftField kind="number" {...field('completions')} />
          </div>
        </>
      )}
    />
  );
}
