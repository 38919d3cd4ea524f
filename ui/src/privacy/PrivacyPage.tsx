import './privacy.css';
import { Link, Paragraph } from '@utrecht/component-library-react';
import { PageTitle } from '../layout/PageTitle';
import { useSession } from '../session/Session';
import { AccessLogSection } from './AccessLogSection';
import { ErasureSection } from './ErasureSection';

/**
 * Privacy: the access log for the privacy officer (reads by their organisation) and the inspector (reads of their
 * region's cases), both as the API scopes them; erasure of a person for the privacy officer only.
 */
export function PrivacyPage() {
  const { user } = useSession();
  const officer = user?.role === 'PRIVACY_OFFICER';
  return (
    <>
      <PageTitle>Privacy</PageTitle>
      <Paragraph appearance="lead">
        {officer
          ? 'Wie van uw organisatie een casus heeft ingezien, en het wissen van de persoonsgegevens van een persoon.'
          : 'Wie de casussen van uw regio heeft ingezien, van welke organisatie ook.'}
      </Paragraph>
      {officer && (
        <nav aria-label="Op deze pagina" className="hgk-on-this-page">
          <Link href="#toegangslog">Toegangslog</Link>
          <Link href="#wissen">Persoonsgegevens van een persoon wissen</Link>
        </nav>
      )}
      <AccessLogSection
        scope={
          officer
            ? `Inzagen door medewerkers van ${user?.organisation ?? 'uw organisatie'}`
            : `Inzagen in casussen van regio ${user?.region ?? 'uw regio'}`
        }
      />
      {officer && <ErasureSection />}
    </>
  );
}
