import sentences from './refusals.nl.json';

/**
 * The one table from a refusal code (command/…/cases/Refusal.java, docs/errors.md) to the sentence a Dutch
 * professional reads. A deploy test (RefusalSentencesTest) fails when a refusal of the ledger has no sentence here.
 */
const table: Record<string, string> = sentences;

export function refusalSentence(refusal: string, detail?: string): string {
  return table[refusal] ?? detail ?? `De stap is geweigerd (${refusal}).`;
}

export function knownRefusals(): string[] {
  return Object.keys(table);
}
