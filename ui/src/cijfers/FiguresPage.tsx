import { useSearchParams } from 'react-router-dom';
import { ButtonLink, Heading2, Heading3, Link, Paragraph } from '@utrecht/component-library-react';
import { PageTitle } from '../layout/PageTitle';
import { Loading } from '../layout/Loading';
import { ProblemAlert } from '../layout/ProblemAlert';
import { useUser } from '../session/Session';
import { term } from '../text/terms';
import { formatDate } from '../format/dutch';
import { choiceFromSearch, FiguresChoice, periodName, searchFromChoice } from './FiguresChoice';
import { FiguresChoiceForm } from './FiguresChoiceForm';
import { useFigures } from './useFigures';
import { FigureChart } from './FigureChart';
import { FigureNumbers } from './FigureNumbers';
import { SuppressionNote } from './SuppressionNote';
import { absencesIn, answersAsRows, areaName, FigureTable, figuresAsRows, periodRowName } from './FigureTable';
import { figuresByKey, figuresCsvAddress, RegionalFigures } from './RegionalFigures';
import { figureLabel, limitName, sectionTitle } from './figureLabels';
import './figures.css';

const CATEGORIES = ['CHILD_ABUSE', 'DOMESTIC_VIOLENCE', 'ELDER_ABUSE'];
const CONTACTS = [
  { key: 'contacts.adviceRequests', name: 'Adviesvragen' },
  { key: 'contacts.reports', name: 'Meldingen' },
];
/** the kinds of limit with a national norm (docs/reading.md): the share to meet in time, in percent */
const NORMED_LIMITS = ['TRIAGE', 'INVESTIGATION'];

/**
 * The regional monitoring figures for analysts and inspectors (`GET /api/figures`): per form of violence, per
 * municipality and per half-year, the time limits against the national norms, and every figure in a table; small
 * numbers suppressed as the API gives them. The choice of region, municipality and period is kept in the address.
 */
export function FiguresPage() {
  const user = useUser();
  const [search, setSearch] = useSearchParams();
  const choice = choiceFromSearch(search, user.region);
  const { figures, error, loading } = useFigures(choice);

  function choose(next: FiguresChoice) {
    setSearch(searchFromChoice(next));
  }

  return (
    <>
      <PageTitle>Cijfers</PageTitle>
      <Paragraph lead>
        De monitoringcijfers van Veilig Thuis per regio, gemeente en halfjaar: adviesvragen en meldingen, triage en de
        landelijke normen, en de andere cijfers van de regiovisie. Alleen aantallen, nooit een gezin.
      </Paragraph>
      <FiguresChoiceForm key={`${choice.region}|${choice.period}|${choice.municipality ?? ''}`} choice={choice} onChoose={choose} />
      {!choice.region && <Paragraph>Kies een Veilig Thuis-regio om de cijfers te zien.</Paragraph>}
      {loading && choice.region && <Loading what="De cijfers" />}
      <ProblemAlert error={error} />
      {figures && !loading && <FiguresOfChoice choice={choice} chosen={figures.chosen} halves={figures.halves} municipalities={figures.municipalities} />}
    </>
  );
}

function FiguresOfChoice({ choice, chosen, halves, municipalities }: { choice: FiguresChoice; chosen: RegionalFigures; halves: RegionalFigures[]; municipalities: RegionalFigures[] }) {
  const area = chosen.municipality ? `gemeente ${chosen.municipality.name}` : `regio ${chosen.region.name}`;
  const when = periodName(chosen.period);
  const byKey = figuresByKey(chosen);
  const nothing = ['contacts.adviceRequests', 'contacts.reports'].every((key) => byKey.get(key)?.display === '0');

  const byForm: FigureTable = {
    series: CONTACTS,
    rows: CATEGORIES.map((category) => ({
      name: capitalised(term('ViolenceCategory', category)),
      cells: figuresAsRows(chosen, CONTACTS.map((one) => ({ key: `${one.key}.${category}` })), '').rows.map((row) => row.cells[0]),
    })),
  };
  const byMunicipality = answersAsRows(municipalities.map((one) => ({ name: areaName(one), figures: one })), CONTACTS);
  const byHalfYear = answersAsRows(halves.map((one) => ({ name: periodRowName(one), figures: one })), CONTACTS);
  const normTables = NORMED_LIMITS.map((kind) => ({
    kind,
    norm: byKey.get(`timeLimits.${kind}.norm`)?.value ?? null,
    byHalfYear: answersAsRows(
      halves.map((one) => ({ name: periodRowName(one), figures: one })),
      [{ key: `timeLimits.${kind}.shareMetInTime`, name: 'Op tijd gehaald' }],
    ),
  }));
  const normByMunicipality = answersAsRows(
    municipalities.map((one) => ({ name: areaName(one), figures: one })),
    NORMED_LIMITS.flatMap((kind) => [
      { key: `timeLimits.${kind}.due`, name: `${capitalised(term('TimeLimit', kind))}: termijnen` },
      { key: `timeLimits.${kind}.shareMetInTime`, name: `${capitalised(term('TimeLimit', kind))}: op tijd` },
      { key: `timeLimits.${kind}.meetsNorm`, name: `${capitalised(term('TimeLimit', kind))}: voldoet aan de norm` },
    ]),
  );
  const marked = absencesIn([byForm, byMunicipality, byHalfYear, normByMunicipality, ...normTables.map((one) => one.byHalfYear)]);

  return (
    <div className="hgk-figures-page">
      <section aria-labelledby="keuze" className="hgk-figures-heading">
        <Heading2 id="keuze">
          Cijfers van de {area}, {when}
        </Heading2>
        <Paragraph>
          Van {formatDate(chosen.from)} tot en met {formatDate(chosen.to)}
          {chosen.municipality ? `, in Veilig Thuis-regio ${chosen.region.name} (${chosen.region.code})` : ` (${chosen.region.code})`}. Een
          periode die nog loopt, verandert nog.
        </Paragraph>
        <ButtonLink
          appearance="secondary-action-button"
          href={figuresCsvAddress(choice)}
          download={`cijfers-${choice.municipality ?? choice.region}-${choice.period}.csv`}
        >
          Download deze cijfers als CSV-bestand
        </ButtonLink>
        {nothing && (
          <Paragraph className="hgk-empty">
            In deze periode zijn in de {area} geen adviesvragen of meldingen ontvangen. De tabellen hieronder tonen daarom
            vooral nullen.
          </Paragraph>
        )}
        {marked.size > 0 && (
          <Paragraph>
            Sommige cijfers zijn afgeschermd omdat ze te klein zijn; ze staan er als <strong>&lt;5</strong> of{' '}
            <strong>x</strong>. <Link href="#afscherming">Lees waarom</Link>.
          </Paragraph>
        )}
      </section>

      <section aria-labelledby="vormen">
        <Heading2 id="vormen">Adviesvragen en meldingen per vorm van geweld</Heading2>
        <FigureChart caption={`Adviesvragen en meldingen per vorm van geweld, ${area}, ${when}`} table={byForm} unit="count" />
        <Paragraph small>Een adviesvraag of melding over meer vormen telt bij elke vorm mee.</Paragraph>
      </section>

      <section aria-labelledby="gemeenten">
        <Heading2 id="gemeenten">Per gemeente</Heading2>
        <FigureChart caption={`Adviesvragen en meldingen per gemeente van de regio ${chosen.region.name}, ${when}`} table={byMunicipality} unit="count" />
      </section>

      <section aria-labelledby="halfjaren">
        <Heading2 id="halfjaren">Per halfjaar</Heading2>
        <FigureChart caption={`Adviesvragen en meldingen per halfjaar, ${area}, ${halves[2]?.period ?? ''}`} table={byHalfYear} unit="count" />
      </section>

      <section aria-labelledby="normen">
        <Heading2 id="normen">Termijnen tegen de landelijke normen</Heading2>
        <Paragraph>
          Een termijn telt in het halfjaar waarin hij afliep, zodra hij gehaald is of als verstreken is vastgelegd. Een
          termijn die nog loopt, telt nog niet mee.
        </Paragraph>
        {normTables.map(({ kind, norm, byHalfYear: table }) => (
          <section key={kind} aria-labelledby={`norm-${kind}`}>
            <Heading3 id={`norm-${kind}`}>{capitalised(limitName(kind))}</Heading3>
            <FigureChart
              caption={`Aandeel op tijd gehaald per halfjaar, ${limitName(kind)}, ${area}`}
              table={table}
              unit="percent"
              norm={norm === null ? undefined : { value: Number(norm), label: 'landelijke norm' }}
              empty={`Er is nog geen aandeel te berekenen: in ${halves[2]?.period ?? 'dit jaar'} is nog geen termijn voor ${limitName(kind)} afgelopen (gehaald of verstreken). De landelijke norm is ${norm ?? '–'}%.`}
            />
          </section>
        ))}
        <FigureNumbers caption={`Termijnen per gemeente tegen de landelijke normen, ${when}`} table={normByMunicipality} rowHeading="Gemeente" />
      </section>

      <SuppressionNote />

      <section aria-labelledby="alle-cijfers">
        <Heading2 id="alle-cijfers">Alle cijfers van de {area}</Heading2>
        <Paragraph>Dezelfde cijfers als in het CSV-bestand, per onderdeel. Open een onderdeel om de tabel te zien.</Paragraph>
        {chosen.sections.map((section) => (
          <section key={section.key} aria-labelledby={`onderdeel-${section.key}`} className="hgk-figures-section">
            <Heading3 id={`onderdeel-${section.key}`}>{sectionTitle(section.key, section.title)}</Heading3>
            <details>
            <summary>Toon de cijfers: {sectionTitle(section.key, section.title).toLowerCase()}</summary>
            <FigureNumbers
              caption={`${sectionTitle(section.key, section.title)}, ${area}, ${when}`}
              table={figuresAsRows(chosen, section.figures.map((figure) => ({ key: figure.key, name: figureLabel(figure.key, figure.label) })), 'Waarde')}
            />
            {chosen.definitions[section.key] && (
              <>
                <Paragraph small>Definitie, zoals het casusregister die geeft (in het Engels):</Paragraph>
                <Paragraph small lang="en">
                  {chosen.definitions[section.key]}
                </Paragraph>
              </>
            )}
            </details>
          </section>
        ))}
      </section>
    </div>
  );
}

function capitalised(text: string): string {
  return text ? text.charAt(0).toUpperCase() + text.substring(1) : text;
}
