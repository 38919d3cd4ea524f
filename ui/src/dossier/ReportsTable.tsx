import { Heading2, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { formatDateTime } from '../format/dutch';
import { term } from '../text/terms';
import { Report } from './caseFile';

/** The reports and advice requests bundled into the case, oldest first, and whether each reporter was informed. */
export function ReportsTable({ reports }: { reports: Report[] }) {
  return (
    <section aria-labelledby="meldingen">
      <Heading2 id="meldingen">Meldingen en adviesvragen</Heading2>
      {reports.length === 0 ? (
        <Paragraph>Geen meldingen.</Paragraph>
      ) : (
        <div className="hgk-table-scroll">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Soort</TableHeaderCell>
                <TableHeaderCell scope="col">Melder</TableHeaderCell>
                <TableHeaderCell scope="col">Ontvangen</TableHeaderCell>
                <TableHeaderCell scope="col">Vormen van geweld</TableHeaderCell>
                <TableHeaderCell scope="col">Melder geïnformeerd</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {reports.map((report) => (
                <TableRow key={report.reportId}>
                  <TableCell>{term('ContactType', report.contactType)}</TableCell>
                  <TableCell>
                    {term('ReporterType', report.reporterType)}
                    {report.reporterSector ? ` (${term('ReporterSector', report.reporterSector)})` : ''}
                  </TableCell>
                  <TableCell>{formatDateTime(report.receivedAt)}</TableCell>
                  <TableCell>{(report.formsOfViolence ?? []).map((form) => term('FormOfViolence', form)).join(', ')}</TableCell>
                  <TableCell>
                    {report.reporterType === 'ANONYMOUS' ? 'niet mogelijk (anoniem)' : report.reporterInformed ? 'ja' : 'nog niet'}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
