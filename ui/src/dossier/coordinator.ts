import { CaseFileView } from './caseFile';
import { memberLabel } from './members';

/**
 * Who coordinates, in words: a professional by user name and organisation, or the family ("het gezin heeft de
 * regie", seed 001) by the person of the case who does, supported by the organisation that records the steps.
 */
export function coordinatorInWords(view: CaseFileView): string {
  const coordinator = view.coordinator;
  if (!coordinator) return '';
  const professional = `${coordinator.userId} (${coordinator.organisation})`;
  if (!coordinator.personId) return professional;
  const member = view.members?.find((candidate) => candidate.personId === coordinator.personId);
  return `Het gezin heeft de regie: ${member ? memberLabel(member) : 'een persoon van de casus'}, ondersteund door ${professional}`;
}
