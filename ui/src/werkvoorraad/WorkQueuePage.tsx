import { Paragraph } from '@utrecht/component-library-react';
import { PageTitle } from '../layout/PageTitle';

export function WorkQueuePage() {
  return (
    <>
      <PageTitle>Werkvoorraad</PageTitle>
      <Paragraph>Dit onderdeel wordt gebouwd.</Paragraph>
    </>
  );
}
