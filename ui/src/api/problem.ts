import { refusalSentence } from '../text/refusals';

/** One field's complaint in a 400 problem detail: `errors: [{field, message}]`. */
export interface FieldComplaint {
  field: string;
  message: string;
}

/** An RFC 9457 problem detail as the ledger answers every error (docs/errors.md). */
export interface ProblemDetail {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  refusal?: string;
  errors?: FieldComplaint[];
  expectedVersion?: number;
  actualVersion?: number;
  [extra: string]: unknown;
}

const PREFIX = 'urn:hgk-ledger:problem:';

/** An answer of the API that is not a success, carried as an Error so that callers can catch it. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly problem: ProblemDetail;

  constructor(status: number, problem: ProblemDetail) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  /** the last part of the problem type, e.g. `stale-version`, `command-refused` */
  get kind(): string {
    const type = this.problem.type ?? '';
    return type.startsWith(PREFIX) ? type.substring(PREFIX.length) : type;
  }

  /** field name → message, for showing each complaint at its field */
  get fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const complaint of this.problem.errors ?? []) {
      byField[complaint.field] = byField[complaint.field]
        ? `${byField[complaint.field]} ${complaint.message}`
        : complaint.message;
    }
    return byField;
  }
}

/** What a Dutch professional reads when the API refuses: the refusal's own sentence where there is one. */
export function describeProblem(error: unknown): string {
  if (!(error instanceof ApiProblem)) {
    return 'De verbinding met het casusregister is mislukt. Probeer het opnieuw.';
  }
  const { problem } = error;
  if (problem.refusal) {
    return refusalSentence(problem.refusal, problem.detail);
  }
  switch (error.kind) {
    case 'unauthenticated':
      return 'U bent niet (meer) aangemeld. Meld u opnieuw aan.';
    case 'forbidden':
      return 'U mag dit met uw rol niet doen.';
    case 'not-your-step':
      return 'Deze stap hoort in deze casus niet bij u of uw organisatie.';
    case 'csrf':
      return 'Uw sessie is verlopen of de pagina is verouderd. Laad de pagina opnieuw.';
    case 'unknown-case':
    case 'not-found':
      return 'Deze casus bestaat niet of valt buiten uw bevoegdheid.';
    case 'stale-version':
      return 'Iemand anders heeft de casus intussen gewijzigd. Bekijk de wijziging en doe uw stap opnieuw.';
    case 'invalid-request':
    case 'invalid-value':
    case 'unknown-field':
    case 'invalid-query':
      return 'Niet alle gegevens zijn juist ingevuld. Zie de meldingen bij de velden.';
    case 'view-behind':
      return 'Het overzicht loopt nog even achter. Probeer het over een paar seconden opnieuw.';
    case 'request-too-large':
      return 'Het verzoek is te groot.';
    case 'internal-error':
      return 'Er ging iets mis in het casusregister. Er is niets vastgelegd. Probeer het opnieuw.';
    default:
      return problem.detail ?? problem.title ?? `Fout ${error.status}`;
  }
}
