import words from './terms.nl.json';

/**
 * The Dutch words for the values of the API (the published language's enumerations), one table for the whole
 * interface. A deploy test (InterfaceWordsTest) fails when a value of the ledger has no word here.
 */
export type Vocabulary = keyof typeof words;

const table: Record<string, Record<string, string>> = words;

/** the Dutch word for `value` of `vocabulary`; an unknown value (a newer ledger) is shown as it is */
export function term(vocabulary: Vocabulary, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') {
    return '';
  }
  return table[vocabulary]?.[value] ?? value;
}

/** every value of a vocabulary with its word, in the table's order: the options of a select */
export function options(vocabulary: Vocabulary): { value: string; label: string }[] {
  return Object.entries(table[vocabulary] ?? {}).map(([value, label]) => ({ value, label }));
}
