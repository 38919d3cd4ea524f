import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';

/**
 * Why some figures show `<5` or `x`: the rule of query/…/figures/FigureDefinitions.SUPPRESSION in plain Dutch. The
 * tables link here wherever they show a mark.
 */
export function SuppressionNote() {
  return (
    <section aria-labelledby="afscherming" className="hgk-note">
      <Heading2 id="afscherming" tabIndex={-1}>
        Afgeschermde cijfers
      </Heading2>
      <Paragraph>Deze cijfers mogen nooit tot een gezin herleidbaar zijn. Daarom worden kleine aantallen niet getoond:</Paragraph>
      <UnorderedList>
        <UnorderedListItem>
          <strong className="hgk-absent hgk-absent--small">&lt;5</strong>: een aantal van 1 tot en met 4.
        </UnorderedListItem>
        <UnorderedListItem>
          <strong className="hgk-absent hgk-absent--withheld">x</strong>: afgeschermd omdat er anders een klein aantal uit
          terug te rekenen is (uit een totaal en de andere aantallen, uit de regio en de andere gemeenten, of uit het jaar en
          het andere halfjaar), of omdat een aandeel of doorlooptijd op 1 tot en met 4 meldingen of casussen rust.
        </UnorderedListItem>
        <UnorderedListItem>
          <strong className="hgk-absent hgk-absent--none">n.v.t.</strong>: niet te berekenen, want er is in deze periode
          niets om het over te berekenen.
        </UnorderedListItem>
      </UnorderedList>
      <Paragraph>
        In de grafieken staat bij zo&apos;n cijfer geen staaf maar het teken zelf. Een 0 wordt wel getoond.
      </Paragraph>
    </section>
  );
}
