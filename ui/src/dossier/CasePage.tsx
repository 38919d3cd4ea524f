import { Paragraph } from '@utrecht/component-library-react';
import { PageTitle } from '../layout/PageTitle';

export function CasePage() {
  return (
    <>
      <PageTitle>Dossier</PageTitle>
      <Paragraph>Dit onderdeel wordt gebouwd.</Paragraph>
    </>
  );
}
