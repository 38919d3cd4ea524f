import { describe, expect, it } from 'vitest';
import { CaseFileView, TaskNotice } from './caseFile';
import { helpOf, helpState, noticeSentence, tasksWhere } from './taskNotices';

const provider = { user: 'hulpverlener', organisation: 'jeugdhulp-dordrecht', role: 'CASE_WORKER' };
const task = { taskId: 't1', description: 'ambulante jeugdhulp', ownerOrganisation: 'jeugdhulp-dordrecht', dueDate: '2027-01-31', status: 'PLANNED' };
const other = { ...task, taskId: 't2', description: 'huisbezoek', ownerOrganisation: 'sociaal-team-dordrecht' };
const notice = (kind: TaskNotice['kind'], fields: Partial<TaskNotice> = {}): TaskNotice =>
  ({ taskId: 't1', kind, givenAt: '2026-12-03T09:00:00Z', givenBy: provider, ...fields });

function withNotices(...notices: TaskNotice[]): CaseFileView {
  return {
    caseId: 'c1', version: 9, status: 'OPEN',
    plan: {
      planVersion: 1, adoptedAt: '2026-12-01T09:00:00Z', goals: [], tasks: [task, other], safetyAgreements: [],
      evaluationDates: [], evaluatedDates: [], consents: [],
    },
    notices: notices.length ? [{ taskId: 't1', inCurrentPlan: true, notices }] : [],
  };
}

describe('the notices of a task\'s owner', () => {
  it('says each notice in Dutch, with its coded values in words', () => {
    expect(noticeSentence(notice('HELP_STARTED', { date: '2026-12-03', professional: 'j.smit' })))
      .toBe('Hulp gestart op 3 december 2026; de hulp wordt gegeven door j.smit');
    expect(noticeSentence(notice('HELP_ENDED', { date: '2026-12-03', effect: 'GOALS_PARTLY_ACHIEVED' })))
      .toBe('Hulp afgerond op 3 december 2026; effect: doelen deels bereikt');
    expect(noticeSentence(notice('HELP_STOPPED_EARLY', { date: '2026-12-03', cause: 'CLIENT_MOVED' })))
      .toBe('Hulp voortijdig afgebroken op 3 december 2026; oorzaak: de cliënt is verhuisd');
    expect(noticeSentence(notice('NO_SHOWS', { missedAppointments: 3, noShowCauses: ['CARE_AVOIDANCE', 'ILLNESS'] })))
      .toBe('Cliënt herhaald niet verschenen: 3 afspraken gemist; mogelijke oorzaken: zorgmijding, ziekte');
    expect(noticeSentence(notice('CLIENT_TRANSFERRED', { previousProfessional: 'j.smit', professional: 'k.mulder' })))
      .toBe('Doorgeleid binnen de organisatie, van j.smit naar k.mulder');
    expect(noticeSentence(notice('OTHER_PARTY_PROPOSED', { organisation: 'ggz-dordrecht', formOfHelp: 'MENTAL_HEALTH_CARE' })))
      .toBe('Voorstel: ggz door ggz-dordrecht');
  });

  it('follows the help of a task from nothing told, to started, to over', () => {
    expect(helpOf(withNotices(), task)).toEqual({ started: false, over: false });
    expect(helpState(withNotices(), task)).toBe('nog niets gemeld');
    const started = withNotices(notice('HELP_STARTED'), notice('NO_SHOWS'));
    expect(helpOf(started, task)).toEqual({ started: true, over: false });
    expect(helpState(started, task)).toBe('hulp gestart');
    const stopped = withNotices(notice('HELP_STARTED'), notice('HELP_STOPPED_EARLY'));
    expect(helpOf(stopped, task)).toEqual({ started: true, over: true });
    expect(helpState(stopped, task)).toBe('hulp voortijdig afgebroken');
  });

  it('counts only the current owner\'s notices: a task given to another organisation starts anew', () => {
    const moved = withNotices(notice('HELP_STARTED', { givenBy: { ...provider, organisation: 'ggz-dordrecht' } }));
    expect(helpOf(moved, task)).toEqual({ started: false, over: false });
  });

  it('narrows the tasks to those a notice can be about', () => {
    const view = withNotices(notice('HELP_STARTED'));
    expect(tasksWhere(view, (help) => help.started && !help.over).map((t) => t.taskId)).toEqual(['t1']);
    expect(tasksWhere(view, (help) => !help.started).map((t) => t.taskId)).toEqual(['t2']);
  });
});
