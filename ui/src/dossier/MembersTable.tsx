import { useState } from 'react';
import { Button, Heading2, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { formatDate, todayInTheNetherlands } from '../format/dutch';
import { term } from '../text/terms';
import { Member } from './caseFile';
import { ERASED, ageOn, isErased, maskedBsn, memberName } from './members';

/** The people of the household with their role, as the reports named them; erased people are marked, not hidden. */
export function MembersTable({ members }: { members: Member[] }) {
  return (
    <section aria-labelledby="gezin">
      <Heading2 id="gezin">Gezin</Heading2>
      {members.length === 0 ? (
        <Paragraph>Er zijn geen personen bij deze casus vastgelegd.</Paragraph>
      ) : (
        <div className="hgk-table-scroll">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Naam</TableHeaderCell>
                <TableHeaderCell scope="col">Rol</TableHeaderCell>
                <TableHeaderCell scope="col">Geboortedatum</TableHeaderCell>
                <TableHeaderCell scope="col">BSN</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {members.map((member) => (
                <MemberRow key={member.personId} member={member} />
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}

function MemberRow({ member }: { member: Member }) {
  const [showBsn, setShowBsn] = useState(false);
  const data = member.personalData;
  const erased = isErased(member);
  const name = memberName(member);
  return (
    <TableRow>
      <TableHeaderCell scope="row" className={erased ? 'hgk-erased' : undefined}>
        {name}
      </TableHeaderCell>
      <TableCell>{term('PersonRole', member.role)}</TableCell>
      <TableCell>
        {erased
          ? ERASED
          : data?.birthDate
            ? `${formatDate(data.birthDate)} (${ageOn(data.birthDate, todayInTheNetherlands())} jaar)`
            : 'niet opgegeven'}
      </TableCell>
      <TableCell>
        {erased ? (
          ERASED
        ) : data?.bsn ? (
          <span className="hgk-bsn">
            <span className="hgk-nowrap">{showBsn ? data.bsn : maskedBsn(data.bsn)}</span>
            <Button
              appearance="subtle-button"
              aria-pressed={showBsn}
              aria-label={`${showBsn ? 'Verberg' : 'Toon'} BSN van ${name}`}
              onClick={() => setShowBsn(!showBsn)}
            >
              {showBsn ? 'verberg' : 'toon'}
            </Button>
          </span>
        ) : (
          'niet opgegeven'
        )}
      </TableCell>
    </TableRow>
  );
}
