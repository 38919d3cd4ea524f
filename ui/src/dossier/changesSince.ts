import { HistoryEntry } from './caseFile';

/**
 * What happened to the case after the version a user saw: the history's entries whose sequence number (the case
 * version after the event) is above it. A stale edit shows these before the user records their step again, and a
 * live update names who made them.
 */
export function changesSince(entries: HistoryEntry[], seenVersion: number): HistoryEntry[] {
  return entries.filter((entry) => entry.sequenceNumber > seenVersion).sort((a, b) => a.sequenceNumber - b.sequenceNumber);
}

/**
 * `regisseur (sociaal-team-dordrecht)`: who made the changes, each once, in the order they acted; the ledger's own
 * entries (time limits set by the step) carry the user who gave the command, so they add no one.
 */
export function whoChanged(entries: HistoryEntry[]): string[] {
  const names: string[] = [];
  for (const entry of entries) {
    const name = `${entry.user} (${entry.organisation})`;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}
