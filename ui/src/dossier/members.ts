import { term } from '../text/terms';
import { Member } from './caseFile';

/**
 * How the people of a case are named on screen. A person whose data the privacy officer erased keeps their role in
 * the case, but nothing that identifies them: the interface says so plainly instead of showing an empty name.
 */
export const ERASED = 'gegevens gewist';

export function isErased(member: Member): boolean {
  return Boolean(member.personalData?.erased);
}

export function memberName(member: Member): string {
  if (isErased(member)) return ERASED;
  return member.personalData?.fullName?.trim() || 'naam niet opgegeven';
}

/**
 * The people of the case once each: a person named by several reports is one member per report in the view; the
 * first entry stands for them, with their data as the last report recorded it (an erasure blanks every entry).
 */
export function distinctPeople(members: Member[]): Member[] {
  const people = new Map<string, Member>();
  for (const member of members) {
    const known = people.get(member.personId);
    people.set(member.personId, known ? { ...known, personalData: member.personalData ?? known.personalData } : member);
  }
  return [...people.values()];
}

/** `B. Voorbeeld (pleger)`: for choosing a person in a form */
export function memberLabel(member: Member): string {
  return `${memberName(member)} (${term('PersonRole', member.role)})`;
}

/** whole years on `today` (both ISO days), as a Dutch birthday counts them */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/**
 * The BSN with all but its last three digits hidden: enough to tell two people apart on screen, not enough to read
 * over someone's shoulder. The full number is shown only when the user asks for it.
 */
export function maskedBsn(bsn: string): string {
  return bsn.length <= 3 ? bsn : `${'•'.repeat(bsn.length - 3)}${bsn.slice(-3)}`;
}
