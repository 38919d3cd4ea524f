import { newIdempotencyKey } from './client';

/**
 * The Idempotency-Key of one submission: the same while the same body is sent again (a retry after a lost answer is
 * then recorded once), a new one as soon as the body changes (the ledger refuses a key reused for another request).
 */
export class SubmissionKey {
  private body?: string;
  private key?: string;

  constructor(private readonly fresh: () => string = newIdempotencyKey) {}

  for(body: unknown): string {
    const text = JSON.stringify(body);
    if (text !== this.body || !this.key) {
      this.body = text;
      this.key = this.fresh();
    }
    return this.key;
  }

  /** after a success: the next submission is a new report, even with the same content */
  forget(): void {
    this.body = undefined;
    this.key = undefined;
  }
}
