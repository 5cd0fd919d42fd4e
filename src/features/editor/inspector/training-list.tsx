import type { TrainingProgram as ProgramValue, Source } from '../../../domain/schema/map';
import { TrainingProgram } from '../../../domain/schema/training';
import type { Emit } from './binders';
import { choicesOf } from './choices';
import { DraftField, SelectField } from './fields';
import { ListEditor } from './list-editor';

const LABELS = {
  name: 'Name',
  provider: 'Provider',
  url: 'URL',
  durationWeeks: 'Duration (weeks)',
  costUsd: 'Cost (USD)',
  capacity: 'Capacity',
  completions: 'Completions',
  year: 'Year counted',
  sourceId: 'Program source',
};

type Props = { training: readonly ProgramValue[] | undefined; sources: readonly Source[]; owner: string; emit: Emit };

/** Programs that prepare people for the occupation, with their capacity and completions a year, the year they count and their source. */
export function TrainingList({ training, sources, owner, emit }: Props) {
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
          <DraftField kind="number" {...field('year')} hint="The year of the capacity and completions." />
          <SelectField {...field('sourceId')} options={choicesOf(sources)} none="No source" />
        </>
      )}
    />
  );
}
