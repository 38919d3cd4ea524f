/**
 * The reason an inspector gave for reading a case, remembered per signed-in user and case while the page lives: asked
 * once per case, sent with every read of it (the API refuses a history read without one), and gone on reload, on
 * sign-out or in another tab. Never localStorage: a reason can say much about a family and must not outlive the work.
 */
const reasons = new Map<string, string>();

function key(username: string, caseId: string): string {
  return `${username}\u0000${caseId.toLowerCase()}`;
}

export const readingReasons = {
  of(username: string, caseId: string): string | undefined {
    return reasons.get(key(username, caseId));
  },
  give(username: string, caseId: string, reason: string): void {
    reasons.set(key(username, caseId), reason.trim());
  },
  forget(username: string, caseId: string): void {
    reasons.delete(key(username, caseId));
  },
};
