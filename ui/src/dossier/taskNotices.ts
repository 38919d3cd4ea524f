import { formatDate } from '../format/dutch';
import { term } from '../text/terms';
import { CaseFileView, PlanTask, TaskNotice } from './caseFile';

/**
 * The notices a task's owner gives the coordinator (seed 000 B2 §2.3), as the case file reads them: what each says in
 * Dutch, and how far the help for a task got by its owner's word. The ledger decides every notice again; this only
 * narrows the forms to the tasks a notice can be about.
 */

/** how far the help for a task got, by its current owner's notices */
export interface Help {
  started: boolean;
  /** ended or stopped early: nothing more is told of it */
  over: boolean;
}

export function noticesOf(view: CaseFileView, taskId: string): TaskNotice[] {
  return (view.notices ?? []).find((task) => task.taskId === taskId)?.notices ?? [];
}

/** a revision that gives the task to another organisation starts its help anew: only the owner's notices count */
export function helpOf(view: CaseFileView, task: PlanTask): Help {
  const byOwner = noticesOf(view, task.taskId)
    .filter((notice) => !notice.givenBy || notice.givenBy.organisation === task.ownerOrganisation);
  return {
    started: byOwner.some((notice) => notice.kind === 'HELP_STARTED'),
    over: byOwner.some((notice) => notice.kind === 'HELP_ENDED' || notice.kind === 'HELP_STOPPED_EARLY'),
  };
}

/** the tasks of the current plan whose help is where `wanted` says */
export function tasksWhere(view: CaseFileView, wanted: (help: Help) => boolean): PlanTask[] {
  return (view.plan?.tasks ?? []).filter((task) => wanted(helpOf(view, task)));
}

/** the help by its owner's word, for the table of tasks: `gestart`, `afgerond`, or nothing told yet */
export function helpState(view: CaseFileView, task: PlanTask): string {
  const told = noticesOf(view, task.taskId)
    .filter((notice) => ['HELP_STARTED', 'HELP_ENDED', 'HELP_STOPPED_EARLY'].includes(notice.kind));
  const last = told[told.length - 1];
  return last ? term('NoticeKind', last.kind) : 'nog niets gemeld';
}

export function taskLabel(task: PlanTask): string {
  return `${task.description} (${task.ownerOrganisation})`;
}

/** one notice in a Dutch sentence, without who gave it when (the list shows that beside it) */
export function noticeSentence(notice: TaskNotice): string {
  switch (notice.kind) {
    case 'HELP_STARTED':
      return `Hulp gestart op ${formatDate(notice.date)}; de hulp wordt gegeven door ${notice.professional}`;
    case 'HELP_ENDED':
      return `Hulp afgerond op ${formatDate(notice.date)}; effect: ${term('HelpEffect', notice.effect)}`;
    case 'HELP_STOPPED_EARLY':
      return `Hulp voortijdig afgebroken op ${formatDate(notice.date)}; oorzaak: ${term('EarlyStopCause', notice.cause)}`;
    case 'NO_SHOWS':
      return `Cliënt herhaald niet verschenen: ${notice.missedAppointments} afspraken gemist; mogelijke oorzaken: `
        + (notice.noShowCauses ?? []).map((cause) => term('NoShowCause', cause)).join(', ');
    case 'CLIENT_TRANSFERRED':
      return `Doorgeleid binnen de organisatie, van ${notice.previousProfessional} naar ${notice.professional}`;
    case 'OTHER_PARTY_PROPOSED':
      return `Voorstel: ${term('FormOfHelp', notice.formOfHelp)} door ${notice.organisation}`;
    default:
      return term('NoticeKind', (notice as TaskNotice).kind);
  }
}
