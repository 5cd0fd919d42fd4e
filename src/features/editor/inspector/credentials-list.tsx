import { Credential } from '../../../domain/schema/credential';
import type { Credential as CredentialValue, Source } from '../../../domain/schema/map';
import type { Emit } from './binders';
import { CREDENTIAL_KIND_CHOICES } from './choices';
import { DraftField, SelectField } from './fields';
import { ListEditor } from './list-editor';
import { SourcesChooser } from './sources-chooser';

const LABELS = { name: 'Name', kind: 'Kind', issuer: 'Issuer', url: 'URL' };

type Props = { credentials: readonly CredentialValue[] | undefined; sources: readonly Source[]; owner: string; emit: Emit };

/** Licenses, certifications, certificates and degrees the occupation asks for, each with the sources it cites. */
export function CredentialsList({ credentials, sources, owner, emit }: Props) {
  return (
    <ListEditor<CredentialValue>
      noun="credential"
      items={credentials}
      schema={Credential}
      shape={Credential.shape}
      labels={LABELS}
      blank={() => ({ kind: 'certification' })}
      fieldKey={`${owner}:credentials`}
      onItems={(items, field) => emit({ credentials: items }, field)}
      renderRow={({ item, field, set }) => (
        <>
          <DraftField {...field('name')} />
          <SelectField {...field('kind')} options={CREDENTIAL_KIND_CHOICES} />
          <DraftField {...field('issuer')} />
          <DraftField kind="url" {...field('url')} />
          <SourcesChooser
            label={`Sources of ${typeof item.name === 'string' && item.name.trim() !== '' ? item.name.trim() : 'the new credential'}`}
            sources={sources}
            value={item.sourceIds as readonly string[] | undefined}
            onChange={(sourceIds, key) => set('sourceIds', sourceIds, key)}
          />
        </>
      )}
    />
  );
}
