import { ApiProblem, describeProblem } from '../api/problem';

/** Why a rebuild did not start, in Dutch: a 409 when it is already rebuilding or its handlers allow no reset. */
export function rebuildRefusal(error: unknown, viewName: string): string {
  if (error instanceof ApiProblem && error.status === 409) {
    return `Het herbouwen van ${viewName} kan nu niet beginnen: het overzicht wordt al herbouwd, of het staat `
      + 'herbouwen niet toe. Wacht tot het lopende herbouwen klaar is en probeer het dan opnieuw.';
  }
  if (error instanceof ApiProblem && error.status === 404) {
    return `Het overzicht ${viewName} bestaat niet (meer). Vernieuw de pagina.`;
  }
  return describeProblem(error);
}
