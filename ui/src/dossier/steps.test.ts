import { describe, expect, it } from 'vitest';
import { CaseFileView, TaskNotice } from './caseFile';
import { STEPS, complaintsAbout, offeredSteps, stepById } from './steps';
import { todayInTheNetherlands } from '../format/dutch';
import { coordinatorInWords } from './coordinator';
import words from '../text/terms.nl.json';
import { CaseStep } from '../session/signedInUser';

const actor = { user: 'casemanager', organisation: 'veilig-thuis-zhz', role: 'CASE_WORKER' };
const report = {
  reportId: 'r1', receivedAt: '2026-12-01T09:00:00Z', contactType: 'REPORT', reporterType: 'PROFESSIONAL',
  reporterSector: 'EDUCATION', reporterInformed: false,
};
const members = [
  { personId: 'p1', role: 'VICTIM', personalData: { fullName: 'A. Voorbeeld' } },
  { personId: 'p2', role: 'PERPETRATOR', personalData: { fullName: 'B. Voorbeeld' } },
];

/** a case just reported: version 1, one report, nothing decided */
function reported(changes: Partial<CaseFileView> = {}): CaseFileView {
  return { caseId: 'c1', version: 1, status: 'OPEN', members, reports: [report], timeLimits: [], ...changes };
}

/** every step of the ledger's table: the state of the case alone decides what is offered */
const EVERY_STEP = Object.keys(words.CaseStep) as CaseStep[];
const ids = (view: CaseFileView, mine: CaseStep[] = EVERY_STEP) => offeredSteps(view, mine).map((step) => step.id);

describe('the steps offered in a state of the case', () => {
  it('offers a fresh report its code, a huisverbod and feedback, but no triage before the code', () => {
    expect(ids(reported())).toEqual(['code', 'coordinator', 'huisverbod', 'reporter-informed', 'closure']);
  });

  it('offers triage once there is a code, and the investigation once triage sent it to Veilig Thuis', () => {
    const coded = reported({ safetyCode: { code: 'ORANGE', assignedAt: '2026-12-01T10:00:00Z', assignedBy: actor } });
    expect(ids(coded)).toContain('triage');
    const triaged = { ...coded, triage: { outcome: 'VEILIG_THUIS_INVESTIGATION', decidedAt: '2026-12-01T11:00:00Z' } };
    expect(ids(triaged)).not.toContain('triage');
    expect(ids(triaged)).toContain('investigation-start');
    const investigating = { ...triaged, investigation: { startedAt: '2026-12-01T12:00:00Z' } };
    expect(ids(investigating)).not.toContain('investigation-start');
    expect(ids(investigating)).toContain('investigation-conclusion');
  });

  it('offers triage again for a report received after the last triage decision', () => {
    const view = reported({
      safetyCode: { code: 'ORANGE', assignedAt: '2026-12-01T10:00:00Z' },
      triage: { outcome: 'LOCAL_FIELD', decidedAt: '2026-12-01T11:00:00Z' },
      reports: [report, { ...report, reportId: 'r2', receivedAt: '2026-12-02T08:00:00Z' }],
    });
    expect(ids(view)).toContain('triage');
  });

  it('offers the plan after a coordinator, and its revision and evaluation after the plan', () => {
    const coordinated = reported({ coordinator: { userId: 'regisseur', organisation: 'sociaal-team-dordrecht', since: '2026-12-01T12:00:00Z' } });
    expect(ids(coordinated)).toEqual(expect.arrayContaining(['coordinator-replacement', 'plan']));
    expect(ids(coordinated)).not.toContain('coordinator');
    const planned = {
      ...coordinated,
      plan: {
        planVersion: 1, adoptedAt: '2026-12-01T13:00:00Z', goals: [], tasks: [], safetyAgreements: [], consents: [],
        evaluationDates: ['2026-12-31', '2027-01-31'], evaluatedDates: ['2026-12-31'],
      },
    };
    expect(ids(planned)).toEqual(expect.arrayContaining(['plan-revision', 'plan-evaluation']));
    expect(ids(planned)).not.toContain('plan');
    const evaluation = stepById('plan-evaluation')!;
    expect(evaluation.fields(planned)[0].options?.map((option) => option.value)).toEqual(['2027-01-31']);
  });

  it('follows the escalation model: only higher steps, and each step its own follow-up', () => {
    const atStep2 = reported({ escalation: { step: 'CASE_CONFERENCE', level: 2, raisedAt: '2026-12-01T12:00:00Z' } });
    expect(ids(atStep2)).toEqual(expect.arrayContaining(['case-conference', 'escalation-resolution']));
    expect(ids(atStep2)).not.toContain('closure');
    expect(stepById('escalation')!.fields(atStep2)[0].options?.map((option) => option.value)).toEqual([
      'MANAGEMENT', 'PROCESS_DIRECTOR',
    ]);
    const atStep4 = reported({
      escalation: { step: 'PROCESS_DIRECTOR', level: 4, raisedAt: '2026-12-01T12:00:00Z' },
      processDirector: { escalationStep: 'PROCESS_DIRECTOR', since: '2026-12-01T12:00:00Z' },
    });
    expect(ids(atStep4)).toContain('process-director');
    expect(ids(atStep4)).not.toContain('care-meeting');
    const appointed = { ...atStep4, processDirector: { ...atStep4.processDirector!, appointed: { userId: 'p.devries', organisation: 'meldpunt-zhz' } } };
    expect(ids(appointed)).toContain('care-meeting');
    expect(ids(appointed)).not.toContain('process-director');
    const called = { ...appointed, careMeeting: { urgent: true, calledAt: '2026-12-01T13:00:00Z' } };
    expect(ids(called)).toContain('care-meeting-held');
    expect(ids(called)).not.toContain('care-meeting');
    const atStep5 = reported({ escalation: { step: 'ADMINISTRATIVE', level: 5, raisedAt: '2026-12-01T12:00:00Z' } });
    expect(ids(atStep5)).toContain('administrative-decision');
    expect(ids(atStep5)).not.toContain('escalation');
  });

  it('offers the extension and end of a running huisverbod, and no closure while it runs', () => {
    const view = reported({ huisverbod: { personId: 'p2', imposedOn: '2026-12-01', endsOn: '2026-12-11' } });
    expect(ids(view)).toEqual(expect.arrayContaining(['huisverbod-extension', 'huisverbod-end']));
    expect(ids(view)).not.toContain('huisverbod');
    expect(ids(view)).not.toContain('closure');
  });

  it('offers a closed case only the feedback to a reporter not yet informed, never to an anonymous one', () => {
    const closed = reported({ status: 'CLOSED', closureReason: 'CARE_COMPLETED' });
    expect(ids(closed)).toEqual(['reporter-informed']);
    const anonymous = reported({ status: 'CLOSED', reports: [{ ...report, reporterType: 'ANONYMOUS', reporterSector: null }] });
    expect(ids(anonymous)).toEqual([]);
  });
});

describe('the coordinator, the process director and step 5 as the seed writes it', () => {
  const coordinator = { userId: 'regisseur', organisation: 'sociaal-team-dordrecht', since: '2026-12-01T12:00:00Z' };
  const coordinated = reported({ coordinator });
  const atStep4 = reported({
    coordinator,
    escalation: { step: 'PROCESS_DIRECTOR', level: 4, raisedAt: '2026-12-01T12:00:00Z' },
    processDirector: { escalationStep: 'PROCESS_DIRECTOR', since: '2026-12-01T12:00:00Z' },
  });
  const directed = reported({
    ...atStep4,
    processDirector: { ...atStep4.processDirector!, appointed: { userId: 'procesregisseur', organisation: 'meldpunt-zorg-en-overlast-zhz' } },
  });
  const order = {
    orderId: 'o1', party: 'jeugdhulp-dordrecht', care: 'gezinsbehandeling', monitoredUntil: '2027-01-31',
    orderedAt: '2026-12-02T09:00:00Z',
  };

  it('offers escalating and reporting inadequate coordination only once the case has a coordinator, up to step 4', () => {
    expect(ids(reported())).not.toContain('escalation');
    expect(ids(reported())).not.toContain('inadequate-coordination');
    expect(ids(coordinated)).toEqual(expect.arrayContaining(['escalation', 'inadequate-coordination']));
    expect(ids(atStep4)).not.toContain('escalation');
    expect(ids(atStep4)).not.toContain('inadequate-coordination');
  });

  it('never offers step 5 to raise: it is the process director\'s option at step 4', () => {
    const options = stepById('escalation')!.fields(coordinated)[0].options?.map((option) => option.value);
    expect(options).toEqual(['ADVICE', 'CASE_CONFERENCE', 'MANAGEMENT', 'PROCESS_DIRECTOR']);
  });

  it('offers the process director\'s options at step 4 once one is appointed, and resolving only then', () => {
    for (const step of ['care-order', 'party-managers', 'meldpunt-manager', 'coordination-return', 'escalation-resolution']) {
      expect(ids(atStep4)).not.toContain(step);
      expect(ids(directed)).toContain(step);
    }
    const atStep5 = reported({ ...directed, escalation: { step: 'ADMINISTRATIVE', level: 5, raisedAt: '2026-12-03T12:00:00Z' } });
    expect(ids(atStep5)).toEqual(expect.arrayContaining(['administrative-decision', 'coordination-return', 'escalation-resolution']));
    expect(ids(atStep5)).not.toContain('meldpunt-manager');
    expect(ids(atStep5)).not.toContain('party-managers');
    expect(ids(atStep5)).not.toContain('care-order');
  });

  it('offers concluding a care order while one is monitored, also after the escalation ended', () => {
    expect(ids(coordinated)).not.toContain('care-order-conclusion');
    const monitored = reported({ ...coordinated, careOrders: [order] });
    expect(ids(monitored)).toContain('care-order-conclusion');
    expect(stepById('care-order-conclusion')!.fields(monitored)[0].options).toEqual([
      { value: 'o1', label: 'jeugdhulp-dordrecht: gezinsbehandeling' },
    ]);
    const concluded = reported({ ...coordinated, careOrders: [{ ...order, concludedAt: '2026-12-20T09:00:00Z', complied: true }] });
    expect(ids(concluded)).not.toContain('care-order-conclusion');
  });

  it('sends a care order with the id the form chose, and its conclusion with the id in the path', () => {
    const step = stepById('care-order')!;
    const draft = step.initial(directed);
    expect(draft.values.orderId).toMatch(/^[0-9a-f-]{36}$/);
    draft.values = { ...draft.values, party: ' jeugdhulp-dordrecht ', care: 'gezinsbehandeling', monitoredUntil: '2027-01-31' };
    expect(step.body(draft, directed)).toEqual({
      orderId: draft.values.orderId, party: 'jeugdhulp-dordrecht', care: 'gezinsbehandeling', monitoredUntil: '2027-01-31',
    });
    expect(step.path('c1', draft)).toBe('/api/cases/c1/care-orders');
    const conclusion = stepById('care-order-conclusion')!;
    const values = { orderId: 'o1', complied: 'false', reason: '' };
    expect(conclusion.path('c1', { values })).toBe('/api/cases/c1/care-orders/o1/conclusion');
    expect(conclusion.body({ values }, directed)).toEqual({ complied: false });
  });

  it('returns coordination to the coordinator of before unless the process director names another', () => {
    const step = stepById('coordination-return')!;
    expect(step.initial(directed).values).toMatchObject({ userId: 'regisseur', organisation: 'sociaal-team-dordrecht' });
    expect(step.path('c1', step.initial(directed))).toBe('/api/cases/c1/coordinator/return');
  });

  it('asks what the managers agreed, and the bottleneck and advice for the Meldpunt\'s manager', () => {
    const managers = stepById('party-managers')!;
    expect(complaintsAbout(managers, managers.initial(directed), directed)).toEqual({ reason: 'Vul dit veld in.' });
    const manager = stepById('meldpunt-manager')!;
    expect(Object.keys(complaintsAbout(manager, manager.initial(directed), directed))).toEqual(['bottleneck', 'advice']);
    expect(manager.path('c1', manager.initial(directed))).toBe('/api/cases/c1/escalations/meldpunt-manager');
  });

  it('reports inadequate coordination with the day it was raised with the coordinator, not a day to come', () => {
    const step = stepById('inadequate-coordination')!;
    const field = step.fields(coordinated).find((candidate) => candidate.name === 'raisedWithCoordinatorOn')!;
    expect(field.max).toBe(todayInTheNetherlands());
    expect(step.body({ values: { raisedWithCoordinatorOn: '2026-12-01', concern: ' geen overleg ', reason: '' } }, coordinated))
      .toEqual({ raisedWithCoordinatorOn: '2026-12-01', concern: 'geen overleg' });
  });
});

describe('the steps offered to the user: only those of their organisation (GET /api/me, from the ledger\'s table)', () => {
  const veiligThuis: CaseStep[] = ['REPORT', 'ASSIGN_CODE', 'DECIDE_TRIAGE', 'START_INVESTIGATION', 'CONCLUDE_INVESTIGATION',
    'INFORM_REPORTER', 'APPOINT_COORDINATOR', 'REPLACE_COORDINATOR', 'ADOPT_FAMILY_PLAN', 'RAISE_ESCALATION', 'CLOSE_CASE'];
  const mayor: CaseStep[] = ['REPORT', 'IMPOSE_HUISVERBOD', 'EXTEND_HUISVERBOD', 'END_HUISVERBOD'];

  it('offers Veilig Thuis its code and feedback on a fresh report, but not the mayor\'s huisverbod', () => {
    // escalating waits for a coordinator (the coordinating organisation's step)
    expect(ids(reported(), veiligThuis)).toEqual(['code', 'coordinator', 'reporter-informed', 'closure']);
  });

  it('offers the mayor the huisverbod and nothing else', () => {
    expect(ids(reported(), mayor)).toEqual(['huisverbod']);
    const imposed = reported({ huisverbod: { personId: 'p2', imposedOn: '2026-12-01', endsOn: '2026-12-11' } });
    expect(ids(imposed, mayor)).toEqual(['huisverbod-extension', 'huisverbod-end']);
  });

  it('offers someone whose organisation takes no step nothing', () => {
    expect(ids(reported(), [])).toEqual([]);
    expect(ids(reported(), ['REPORT'])).toEqual([]);
  });

  it('names a step of the ledger\'s table for every form', () => {
    for (const step of STEPS) {
      expect(EVERY_STEP, step.id).toContain(step.caseStep);
    }
  });
});

describe('the body each step sends', () => {
  const view = reported();

  it('sends the fields as the API names them, trimmed, and leaves an empty reason out', () => {
    const code = stepById('code')!;
    expect(code.body({ values: { code: 'RED', reason: '  ' } }, view)).toEqual({ code: 'RED' });
    expect(code.body({ values: { code: 'RED', reason: ' kind niet veilig ' } }, view)).toEqual({ code: 'RED', reason: 'kind niet veilig' });
    expect(code.path('c1', { values: {} })).toBe('/api/cases/c1/code');
  });

  it('sends an urgent care meeting without a date, and a date only when not urgent', () => {
    const step = stepById('care-meeting')!;
    expect(step.body({ values: { urgent: 'true', meetBy: '2027-01-01', reason: '' } }, view)).toEqual({ urgent: true });
    expect(step.body({ values: { urgent: 'false', meetBy: '2027-01-01', reason: '' } }, view)).toEqual({ urgent: false, meetBy: '2027-01-01' });
  });

  it('puts the report and the decision in the path, not the body', () => {
    const informed = stepById('reporter-informed')!;
    const draft = informed.initial(view);
    expect(informed.path('c1', draft)).toBe('/api/cases/c1/reports/r1/reporter-informed');
    expect(informed.body(draft, view)).toEqual({});
  });

  it('chooses the perpetrator and today for a huisverbod', () => {
    const step = stepById('huisverbod')!;
    const draft = step.initial(view);
    expect(step.body(draft, view)).toEqual({ personId: 'p2', imposedOn: todayInTheNetherlands() });
  });

  it('sends a revision with the next plan version and keeps the ids of the tasks', () => {
    const planned = reported({
      plan: {
        planVersion: 2, adoptedAt: '2026-12-01T13:00:00Z', goals: [{ lifeDomain: 'SAFETY', description: 'veilig thuis' }],
        tasks: [{ taskId: 't1', description: 'cursus', ownerOrganisation: 'reclassering', dueDate: '2027-01-10', status: 'PLANNED' }],
        safetyAgreements: ['112 bellen'], evaluationDates: ['2027-01-31'], evaluatedDates: [],
        consents: [
          { personId: 'p1', decidedBy: 'PERSON', decision: 'GIVEN', signed: false, clientOpinion: { note: 'akkoord' } },
          { personId: 'p3', decidedBy: 'LEGAL_REPRESENTATIVE', representativeId: 'p1', decision: 'REFUSED', signed: true },
        ],
      },
    });
    const step = stepById('plan-revision')!;
    const draft = step.initial(planned);
    draft.values.reason = 'taak afgerond';
    draft.plan!.tasks[0].status = 'DONE';
    expect(step.body(draft, planned)).toEqual({
      planVersion: 3,
      reason: 'taak afgerond',
      plan: {
        goals: [{ lifeDomain: 'SAFETY', description: 'veilig thuis' }],
        tasks: [{ taskId: 't1', description: 'cursus', ownerOrganisation: 'reclassering', dueDate: '2027-01-10', status: 'DONE' }],
        safetyAgreements: ['112 bellen'], evaluationDates: ['2027-01-31'],
        consents: [
          { personId: 'p1', decision: 'GIVEN', signed: false, clientOpinion: 'akkoord' },
          { personId: 'p3', representativeId: 'p1', decision: 'REFUSED', signed: true },
        ],
      },
    });
  });

  it('asks again whether a plan of before signing was recorded was signed, and who represented the child', () => {
    const old = reported({
      plan: {
        planVersion: 1, adoptedAt: '2025-06-01T13:00:00Z', goals: [], tasks: [], safetyAgreements: [], evaluationDates: [],
        evaluatedDates: [], consents: [
          { personId: 'p1', decidedBy: 'PERSON', decision: 'GIVEN', signed: null },
          { personId: 'p3', decidedBy: 'LEGAL_REPRESENTATIVE', representativeId: null, decision: 'GIVEN', signed: null },
        ],
      },
    });
    const step = stepById('plan-revision')!;
    const draft = step.initial(old);
    draft.values.reason = 'evaluatie';
    expect(complaintsAbout(step, draft, old)).toEqual({
      'plan.consents[0].signed': 'Geef aan of het plan is ondertekend.',
      'plan.consents[1].representativeId': 'Kies de wettelijk vertegenwoordiger.',
      'plan.consents[1].signed': 'Geef aan of het plan is ondertekend.',
    });
  });

  it('sends the oral decision with the id chosen once and the moment in UTC', () => {
    const step = stepById('administrative-decision')!;
    const draft = step.initial(view);
    draft.values.decision = 'zorg wordt ingezet';
    draft.values.decidedAt = '2026-12-03T14:30';
    const body = step.body(draft, view);
    expect(body).toMatchObject({ decisionId: draft.values.decisionId, decidedAt: '2026-12-03T13:30:00.000Z', decision: 'zorg wordt ingezet' });
    expect(step.body(draft, view).decisionId).toBe(body.decisionId);
  });
});

describe('what is checked before anything is sent', () => {
  const view = reported();

  it('asks for a required reason and a choice, as the API would', () => {
    const escalation = stepById('escalation')!;
    expect(complaintsAbout(escalation, { values: { step: '', urgencyReason: '', reason: ' ' } }, view)).toEqual({
      step: 'Maak een keuze.',
      reason: 'Vul dit veld in.',
    });
  });

  it('asks for a date only where the form shows it', () => {
    const step = stepById('care-meeting')!;
    expect(complaintsAbout(step, { values: { urgent: 'true', meetBy: '' } }, view)).toEqual({});
    expect(complaintsAbout(step, { values: { urgent: 'false', meetBy: '' } }, view)).toEqual({ meetBy: 'Vul een datum in.' });
  });

  it('refuses a reason longer than the API takes', () => {
    const step = stepById('closure')!;
    expect(complaintsAbout(step, { values: { closureReason: 'CARE_COMPLETED', reason: 'x'.repeat(2001) } }, view).reason)
      .toMatch(/Ten hoogste 2000 tekens/);
  });

  it('checks every row of the plan by the API\'s field names', () => {
    const step = stepById('plan')!;
    const draft = step.initial(view);
    draft.plan!.tasks.push({ description: '', ownerOrganisation: 'x', dueDate: '', status: 'PLANNED' });
    expect(complaintsAbout(step, draft, view)).toEqual({
      'plan.goals[0].description': 'Beschrijf het doel.',
      'plan.tasks[0].description': 'Beschrijf de taak.',
      'plan.tasks[0].dueDate': 'Vul een datum in.',
    });
  });

  it('asks the client\'s opinion of an answer not signed, unless the person\'s data was erased', () => {
    const step = stepById('plan')!;
    const erased = reported({ members: [...members, { personId: 'p3', role: 'CHILD', personalData: { erased: true } }] });
    const draft = step.initial(erased);
    draft.plan!.goals = [];
    draft.plan!.consents = [
      { personId: 'p1', answeredBy: 'SELF', decision: 'REFUSED', signed: 'false', clientOpinion: '  ' },
      { personId: 'p2', answeredBy: 'SELF', decision: 'GIVEN', signed: 'false', clientOpinion: 'akkoord' },
      { personId: 'p3', answeredBy: 'p1', decision: 'GIVEN', signed: 'false', clientOpinion: '' },
    ];
    expect(complaintsAbout(step, draft, erased)).toEqual({
      'plan.consents[0].clientOpinion': 'Zonder handtekening: leg de mening van de cliënt over het plan vast.',
    });
    expect(step.body(draft, erased).plan).toMatchObject({ consents: [
      { personId: 'p1', decision: 'REFUSED', signed: false },
      { personId: 'p2', decision: 'GIVEN', signed: false, clientOpinion: 'akkoord' },
      { personId: 'p3', representativeId: 'p1', decision: 'GIVEN', signed: false },
    ] });
  });

  it('knows, for every refusal it places at a field, a field the form has', () => {
    const rich = reported({
      plan: { planVersion: 1, adoptedAt: '', goals: [], tasks: [], safetyAgreements: [], evaluationDates: [], evaluatedDates: [], consents: [] },
      huisverbod: { personId: 'p2', imposedOn: '2026-12-01', endsOn: '2026-12-11' },
    });
    for (const step of STEPS) {
      const names = step.fields(rich).map((field) => field.name);
      for (const field of Object.values(step.refusalFields ?? {})) {
        expect(names, `${step.id} places a refusal at ${field}`).toContain(field);
      }
    }
  });
});

describe('the code follows the investigation', () => {
  const investigating = reported({
    safetyCode: { code: 'ORANGE', assignedAt: '2026-12-01T10:00:00Z' },
    triage: { outcome: 'VEILIG_THUIS_INVESTIGATION', decidedAt: '2026-12-01T11:00:00Z' },
    investigation: { startedAt: '2026-12-01T12:00:00Z' },
  });

  it('concludes with the code of the findings, which is chosen, not taken over from triage', () => {
    const step = stepById('investigation-conclusion')!;
    const draft = step.initial(investigating);
    draft.values.conclusion = 'UNSAFETY_ESTABLISHED';
    expect(step.body(draft, investigating)).toEqual({ conclusion: 'UNSAFETY_ESTABLISHED' });
    draft.values.code = 'RED';
    expect(step.body(draft, investigating)).toEqual({ conclusion: 'UNSAFETY_ESTABLISHED', code: 'RED' });
  });

  it('concludes without a code when it is still to be determined', () => {
    const step = stepById('investigation-conclusion')!;
    const field = step.fields(investigating).find((candidate) => candidate.name === 'code')!;
    expect(field.required).toBeFalsy();
    expect(field.emptyLabel).toBe('Nog te bepalen');
    expect(step.body({ values: { conclusion: 'UNDETERMINED', code: '', reason: '' } }, investigating))
      .toEqual({ conclusion: 'UNDETERMINED' });
  });

  it('offers the code on the findings, and no coordinator, while the code is to be determined', () => {
    const concluded = { ...investigating, codeToBeDetermined: true,
      investigation: { startedAt: '2026-12-01T12:00:00Z', concludedAt: '2026-12-10T12:00:00Z', conclusion: 'UNDETERMINED' } };
    expect(ids(concluded)).toContain('code');
    expect(ids(concluded)).not.toContain('coordinator');
    expect(stepById('code')!.label(concluded)).toBe('Veiligheidscode vaststellen op de bevindingen van het onderzoek');
    expect(ids({ ...concluded, codeToBeDetermined: false })).toContain('coordinator');
  });
});

describe('the family as coordinator', () => {
  const withErased = reported({ members: [...members, { personId: 'p3', role: 'CHILD', personalData: { erased: true } }] });

  it('sends the parent who coordinates, and nothing when a professional does', () => {
    const step = stepById('coordinator')!;
    const body = { userId: 'regisseur-hm', organisation: 'wijkteam-leiden', personId: 'p1', reason: '' };
    expect(step.body({ values: body }, withErased)).toEqual({ userId: 'regisseur-hm', organisation: 'wijkteam-leiden', personId: 'p1' });
    expect(step.body({ values: { ...body, personId: '' } }, withErased)).toEqual({ userId: 'regisseur-hm', organisation: 'wijkteam-leiden' });
  });

  it('offers only the people whose data is kept, and a professional as the empty choice', () => {
    for (const id of ['coordinator', 'coordinator-replacement']) {
      const field = stepById(id)!.fields(withErased).find((candidate) => candidate.name === 'personId')!;
      expect(field.required).toBeFalsy();
      expect(field.emptyLabel).toBe('Nee: een professional voert de regie');
      expect(field.options?.map((option) => option.value)).toEqual(['p1', 'p2']);
    }
  });

  it('names the family that coordinates and the organisation that supports it', () => {
    const coordinated = reported({ coordinator: { userId: 'regisseur', organisation: 'sociaal-team-dordrecht', personId: 'p1', since: '2026-12-01T12:00:00Z' } });
    expect(coordinatorInWords(coordinated)).toBe(
      'Het gezin heeft de regie: A. Voorbeeld (slachtoffer), ondersteund door regisseur (sociaal-team-dordrecht)');
    expect(coordinatorInWords({ ...coordinated, coordinator: { ...coordinated.coordinator!, personId: null } }))
      .toBe('regisseur (sociaal-team-dordrecht)');
  });
});

describe('care avoidance', () => {
  const coordinated = reported({
    coordinator: { userId: 'regisseur', organisation: 'sociaal-team-dordrecht', since: '2026-12-01T12:00:00Z' },
    reports: [{ ...report, formsOfViolence: ['PARTNER_VIOLENCE'] }],
  });

  it('is recorded once the case has a coordinator, with the advice to ask Veilig Thuis first', () => {
    expect(ids(reported())).not.toContain('care-avoidance');
    expect(ids(coordinated)).toContain('care-avoidance');
    expect(stepById('care-avoidance')!.hint?.(coordinated)).toContain('eerst advies aan Veilig Thuis');
    expect(stepById('care-avoidance')!.hint?.(reported({ reports: [{ ...report, formsOfViolence: [] }] }))).toBeUndefined();
  });

  it('sends the client and the texts, and leaves out a view the client did not give', () => {
    const step = stepById('care-avoidance')!;
    const values = { personId: 'p2', worryingSituation: ' weigert contact ', risks: 'kinderen onveilig', clientView: '  ', reason: '' };
    expect(step.path('c1', { values })).toBe('/api/cases/c1/care-avoidance');
    expect(step.body({ values }, coordinated)).toEqual({ personId: 'p2', worryingSituation: 'weigert contact', risks: 'kinderen onveilig' });
    expect(complaintsAbout(step, { values: { ...values, risks: '' } }, coordinated)).toEqual({ risks: 'Vul dit veld in.' });
  });

  it('offers the Meldpunt its action plan while one is awaited', () => {
    expect(ids(coordinated)).not.toContain('action-plan');
    const awaited = { ...coordinated, actionPlanAwaited: true };
    expect(ids(awaited)).toContain('action-plan');
    const step = stepById('action-plan')!;
    expect(step.fields(awaited)[0].options?.map((option) => option.value)).toEqual(['CARE_REFERRAL', 'NEW_COORDINATOR', 'PROCESS_DIRECTION']);
    expect(step.body({ values: { approach: 'NEW_COORDINATOR', reason: '' } }, awaited)).toEqual({ approach: 'NEW_COORDINATOR' });
  });
});

describe('the notices of a task\'s owner to the coordinator', () => {
  const provider = { user: 'hulpverlener', organisation: 'jeugdhulp-dordrecht', role: 'CASE_WORKER' };
  const youthCare = { taskId: 't1', description: 'jeugdhulp', ownerOrganisation: 'jeugdhulp-dordrecht', dueDate: '2027-01-31', status: 'PLANNED' };
  const planned = reported({
    coordinator: { userId: 'regisseur', organisation: 'sociaal-team-dordrecht', since: '2026-12-01T12:00:00Z' },
    plan: {
      planVersion: 1, adoptedAt: '2026-12-01T13:00:00Z', goals: [], tasks: [youthCare], safetyAgreements: [],
      evaluationDates: [], evaluatedDates: [], consents: [],
    },
  });
  const told = (...kinds: TaskNotice['kind'][]): CaseFileView => ({
    ...planned,
    notices: [{ taskId: 't1', inCurrentPlan: true, notices: kinds.map((kind) => ({ taskId: 't1', kind, givenAt: '2026-12-02T09:00:00Z', givenBy: provider })) }],
  });
  const notices = (view: CaseFileView) => ids(view).filter((id) => stepById(id)!.group === 'Berichten aan de regisseur');

  it('offers the start first, and no-shows or a proposal before it; no notice without a plan', () => {
    expect(notices(reported())).toEqual([]);
    expect(notices(planned)).toEqual(['help-started', 'no-shows', 'other-party-proposed']);
  });

  it('offers the end, an early stop and a transfer once the help started, and nothing once it is over', () => {
    expect(notices(told('HELP_STARTED'))).toEqual(['help-ended', 'help-stopped-early', 'no-shows', 'client-transferred', 'other-party-proposed']);
    expect(notices(told('HELP_STARTED', 'HELP_STOPPED_EARLY'))).toEqual([]);
    expect(notices({ ...told('HELP_STARTED'), status: 'CLOSED' })).toEqual([]);
  });

  it('sends the task, the day and the coded values; the causes of no-shows as a list and their number as a number', () => {
    const started = stepById('help-started')!;
    const draft = started.initial(planned);
    expect(started.path('c1', draft)).toBe('/api/cases/c1/notices/help-started');
    expect(started.body(draft, planned)).toEqual({ taskId: 't1', startedOn: todayInTheNetherlands() });
    const noShows = stepById('no-shows')!;
    expect(noShows.body({ values: { taskId: 't1', missedAppointments: '3', causes: 'CARE_AVOIDANCE,ILLNESS', reason: '' } }, planned))
      .toEqual({ taskId: 't1', missedAppointments: 3, causes: ['CARE_AVOIDANCE', 'ILLNESS'] });
    const proposed = stepById('other-party-proposed')!;
    expect(proposed.body({ values: { taskId: 't1', organisation: ' ggz-dordrecht ', formOfHelp: 'MENTAL_HEALTH_CARE', reason: '' } }, planned))
      .toEqual({ taskId: 't1', organisation: 'ggz-dordrecht', formOfHelp: 'MENTAL_HEALTH_CARE' });
  });

  it('asks for a whole number of appointments and at least one cause before sending', () => {
    const noShows = stepById('no-shows')!;
    expect(complaintsAbout(noShows, { values: { taskId: 't1', missedAppointments: 'twee', causes: '' } }, planned)).toEqual({
      missedAppointments: 'Vul een geheel getal in.',
      causes: 'Maak een keuze.',
    });
    // fewer than 2 is the ledger's to refuse (NO_SHOWS_NOT_REPEATED), at the field
    expect(complaintsAbout(noShows, { values: { taskId: 't1', missedAppointments: '1', causes: 'UNKNOWN' } }, planned)).toEqual({});
    expect(noShows.refusalFields).toMatchObject({ NO_SHOWS_NOT_REPEATED: 'missedAppointments', NOT_THE_TASK_OWNER: 'taskId' });
  });
});
