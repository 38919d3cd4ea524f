import { Paragraph } from '@utrecht/component-library-react';
import { PageTitle } from '../layout/PageTitle';

export function FiguresPage() {
  return (
    <>
      <PageTitle>Cijfers</PageTitle>
      <Paragraph>Dit onderdeel wordt gebouwd.</Paragraph>
    </>
  );
}
