import { Fragment } from 'react';
import { ExternalLink } from '../../../components/external-link';
import type { Credential, PathwayMap } from '../../../domain/schema/map';
import { CREDENTIAL_KIND_LABELS as KIND_WORDS } from '../../../domain/labels';
import { DetailSection } from './detail-section';
import { SourceCitation } from './source-citation';

/** Licenses, certifications, certificates and degrees, each with its issuer, a link when there is one and its sources. */
export function CredentialsSection({ map, credentials }: { map: PathwayMap; credentials: readonly Credential[] }) {
  return (
    <DetailSection title="Credentials">
      <ul className="detail-list">
        {credentials.map((credential, index) => (
          <li key={index}>
            {credential.url ? <ExternalLink href={credential.url}>{credential.name}</ExternalLink> : credential.name}
            <span className="detail-note">
              {' '}
              ({[KIND_WORDS[credential.kind], credential.issuer?.trim() && `issued by ${credential.issuer.trim()}`]
                .filter(Boolean)
                .join(', ')}
              )
            </span>
            {credential.sourceIds && credential.sourceIds.length > 0 && (
              <span className="detail-note">
                {' '}
                {credential.sourceIds.length === 1 ? 'Source' : 'Sources'}:{' '}
                {credential.sourceIds.map((id, position) => (
                  <Fragment key={id}>
                    {position > 0 && '; '}
                    <SourceCitation map={map} sourceId={id} />
                  </Fragment>
                ))}
              </span>
            )}
          </li>
        ))}
      </ul>
    </DetailSection>
  );
}
