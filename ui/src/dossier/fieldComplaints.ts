import { ApiProblem } from '../api/problem';

/**
 * The API's complaints about fields (`errors[].field`, 400) by field, in Dutch where the ledger's message is one of
 * Bean Validation's standard ones; any other message (a value type's own refusal) is shown as the ledger wrote it,
 * rather than guessed at.
 */
export function fieldComplaintsInDutch(problem: ApiProblem): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const [field, message] of Object.entries(problem.fieldErrors)) {
    byField[field] = inDutch(message);
  }
  return byField;
}

function inDutch(message: string): string {
  if (/must not be (blank|null|empty)/.test(message)) return 'Vul dit veld in.';
  const size = /size must be between \d+ and (\d+)/.exec(message);
  if (size) return `Ten hoogste ${size[1]} tekens.`;
  if (/must be a date in the past or in the present/.test(message)) return 'Deze datum ligt in de toekomst.';
  if (/must be a (future|present)/.test(message)) return 'Deze datum ligt in het verleden.';
  return message;
}
