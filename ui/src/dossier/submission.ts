import { newIdempotencyKey } from '../api/client';

/**
 * The Idempotency-Key of one submission: the same request sent again (a retry after a lost answer) keeps its key, so
 * the ledger records it once; a different request (corrected input, or the same step on a newer version) gets a new
 * one, because the ledger refuses a used key for a different body (422 idempotency-key-reused).
 */
export class Submission {
  private sent?: { request: string; key: string };

  keyFor(path: string, body: unknown): string {
    const request = `${path}\n${JSON.stringify(body)}`;
    if (!this.sent || this.sent.request !== request) {
      this.sent = { request, key: newIdempotencyKey() };
    }
    return this.sent.key;
  }
}
