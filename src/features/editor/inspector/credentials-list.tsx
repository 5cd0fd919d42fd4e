import { Credential } from '../../../domain/schema/credential';
import type { Credential as CredentialValue } from '../../../domain/schema/map';
import type { Emit } from './binders';
import { CREDENTIAL_KIND_CHOICES } from './choices';
import { DraftField, SelectField } from './fields';
import { ListEditor } from './list-editor';

const LABELS = { name: 'Name', kind: 'Kind', issuer: 'Issuer', url: 'URL' };

type Props = { credentials: readonly CredentialValue[] | undefined; owner: string; emit: Emit };

/** Licenses, certifications, certificates and degrees the occupation asks for. */
export function CredentialsList({ credentials, owner, emit }: Props) {
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
      renderRow={({ field }) => (
        <>
          <DraftField {...field('name')} />
          <SelectField {...field('kind')} options={CREDENTIAL_KIND_CHOICES} />
          <DraftField {...field('issuer')} />
          <DraftField kind="url" {...field('url')} />
        </>
      )}
    />
  );
}
