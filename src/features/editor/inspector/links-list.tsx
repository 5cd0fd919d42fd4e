import { Link } from '../../../domain/schema/link';
import type { Link as LinkValue } from '../../../domain/schema/map';
import type { Emit } from './binders';
import { DraftField } from './fields';
import { ListEditor } from './list-editor';

const LABELS = { label: 'Label', url: 'URL' };

type Props = { links: readonly LinkValue[] | undefined; owner: string; emit: Emit };

/** Further reading. A new link is added once it has a label and a safe address (http, https or mailto). */
export function LinksList({ links, owner, emit }: Props) {
  return (
    <ListEditor<LinkValue>
      noun="link"
      items={links}
      schema={Link}
      shape={Link.shape}
      labels={LABELS}
      blank={() => ({})}
      fieldKey={`${owner}:links`}
      onItems={(items, field) => emit({ links: items }, field)}
      renderRow={({ field }) => (
        <>
          <DraftField {...field('label')} />
          <DraftField kind="url" {...field('url')} />
        </>
      )}
    />
  );
}
