import { Member } from './caseFile';
import { ageOn, isErased } from './members';

/** who answers for a person: the person themselves, or a legal representative (ConsentDecider) */
export type Answerer = 'PERSON' | 'LEGAL_REPRESENTATIVE';

/** one answer a plan records, as far as the rule looks at it */
export interface RecordedAnswer {
  personId: string;
  byRepresentative: boolean;
}

export interface ConsentNeed {
  personId: string;
  /** the person's entry in the case, for their name and role */
  member: Member;
  needed: Answerer[];
  missing: Answerer[];
  /** answers the plan records that the person's age does not allow */
  notAllowed: Answerer[];
}

/**
 * Whose answers a person owes a plan on `day` (seed 000 B2 §2.2), as a hint while the plan is edited; the ledger decides
 * (shared-events …/consent/ConsentRequirement, which this follows). From 12 a person answers themselves; under 16 a
 * legal representative answers for them, so both from 12 to 15. A person without a recorded birth date answers
 * themselves (they cannot be shown to be under 12).
 */
export function neededAnswers(birthDate: string | null | undefined, day: string): Answerer[] {
  if (!birthDate) return ['PERSON'];
  const age = ageOn(birthDate, day);
  const needed: Answerer[] = [];
  if (age >= 12) needed.push('PERSON');
  if (age < 16) needed.push('LEGAL_REPRESENTATIVE');
  return needed;
}

/**
 * Per person of the case whose data was not erased (an erased person is not asked), in the order the case learnt of
 * them: the answers needed on `day`, those the plan lacks, and those it records that the age does not allow. A person
 * named by several reports counts with the birth date last recorded.
 */
export function consentNeeds(members: Member[], answers: RecordedAnswer[], day: string): ConsentNeed[] {
  const people = new Map<string, { member: Member; birthDate?: string | null; erased: boolean }>();
  for (const member of members) {
    const known = people.get(member.personId);
    people.set(member.personId, {
      member: known?.member ?? member,
      birthDate: member.personalData?.birthDate ?? known?.birthDate,
      erased: isErased(member) || Boolean(known?.erased),
    });
  }
  return [...people.entries()].filter(([, person]) => !person.erased).map(([personId, person]) => {
    const needed = neededAnswers(person.birthDate, day);
    const recorded = (answerer: Answerer) => answers.some((answer) =>
      answer.personId === personId && answer.byRepresentative === (answerer === 'LEGAL_REPRESENTATIVE'));
    const allowed: Answerer[] = person.birthDate ? needed : ['PERSON', 'LEGAL_REPRESENTATIVE'];
    return {
      personId,
      member: person.member,
      needed,
      missing: needed.filter((answerer) => !recorded(answerer)),
      notAllowed: (['PERSON', 'LEGAL_REPRESENTATIVE'] as Answerer[])
        .filter((answerer) => recorded(answerer) && !allowed.includes(answerer)),
    };
  });
}
