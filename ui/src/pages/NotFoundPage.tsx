import { Link } from 'react-router-dom';
import { Paragraph } from '@utrecht/component-library-react';
import { PageTitle } from '../layout/PageTitle';

export function NotFoundPage() {
  return (
    <>
      <PageTitle>Pagina niet gevonden</PageTitle>
      <Paragraph>
        Deze pagina bestaat niet. <Link to="/" className="utrecht-link">Ga naar het begin</Link>.
      </Paragraph>
    </>
  );
}
