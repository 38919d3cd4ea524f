import { Paragraph } from '@utrecht/component-library-react';
import { PageTitle } from '../layout/PageTitle';

export function PrivacyPage() {
  return (
    <>
      <PageTitle>Privacy</PageTitle>
      <Paragraph>Dit onderdeel wordt gebouwd.</Paragraph>
    </>
  );
}
