import { Paragraph } from '@utrecht/component-library-react';
import { PageTitle } from '../layout/PageTitle';

export function AdministrationPage() {
  return (
    <>
      <PageTitle>Beheer</PageTitle>
      <Paragraph>Dit onderdeel wordt gebouwd.</Paragraph>
    </>
  );
}
