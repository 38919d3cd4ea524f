import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { formatDate } from '../format/dutch';
import { CaseFileView } from './caseFile';
import { memberLabel } from './members';

/** The running huisverbod: on whom, imposed when, and the last day it runs. */
export function HuisverbodSection({ view }: { view: CaseFileView }) {
  const huisverbod = view.huisverbod;
  const member = view.members?.find((candidate) => candidate.personId === huisverbod?.personId);
  return (
    <section aria-labelledby="huisverbod">
      <Heading2 id="huisverbod">Huisverbod</Heading2>
      {!huisverbod ? (
        <Paragraph>Er loopt geen huisverbod.</Paragraph>
      ) : (
        <Paragraph>
          Opgelegd aan {member ? memberLabel(member) : 'een persoon van de casus'} op {formatDate(huisverbod.imposedOn)}; loopt tot
          en met {formatDate(huisverbod.endsOn)}.
        </Paragraph>
      )}
    </section>
  );
}
