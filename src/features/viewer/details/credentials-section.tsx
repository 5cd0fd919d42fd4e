import { ExternalLink } from '../../../components/external-link';
import type { Credential } from '../../../domain/schema/map';
import { CREDENTIAL_KIND_LABELS as KIND_WORDS } from '../../../domain/labels';
import { DetailSection } from './detail-section';

/** Licenses, certifications, certificates and degrees, each with its issuer and a link when there is one. */
export function CredentialsSection({ credentials }: { credentials: readonly Credential[] }) {
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
          </li>
        ))}
      </ul>
    </DetailSection>
  );
}
