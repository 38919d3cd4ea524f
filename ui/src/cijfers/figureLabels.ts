import { term } from '../text/terms';

/**
 * The Dutch name of each figure and section of `GET /api/figures`, made from the figure's stable key
 * (query/…/figures/FigureCatalogue.java) and the interface's one table of words for the enumerations; the API's own
 * labels are English. A key this table does not know (a newer ledger) is shown with the API's label.
 */
const SECTIONS: Record<string, string> = {
  contacts: 'Adviesvragen en meldingen per vorm van geweld',
  reporters: 'Meldingen per melder',
  safetyCodes: 'Veiligheidscodes',
  triage: 'Triage',
  leadTimes: 'Doorlooptijden vanaf de eerste melding',
  escalations: 'Opschalingen per stap',
  repeatReports: 'Hermeldingen',
  huisverbod: 'Tijdelijk huisverbod',
  closures: 'Afgesloten casussen per reden',
  reporterFeedback: 'Terugkoppeling aan melders',
  timeLimits: 'Termijnen tegen de landelijke normen',
  providerNotices: 'Voortijdig afgebroken hulp en herhaald niet verschijnen, per soort organisatie',
};

const FIXED: Record<string, string> = {
  'contacts.adviceRequests': 'Adviesvragen',
  'contacts.reports': 'Meldingen',
  'reports.bySector.NONE': 'Meldingen door professionals zonder vastgelegde sector',
  'safetyCodes.first': 'Casussen met hun eerste veiligheidscode',
  'safetyCodes.changes': 'Veiligheidscodes gewijzigd',
  'triage.decisions': 'Triagebesluiten',
  'triage.reports.withinNorm': 'Meldingen getrieerd binnen 5 werkdagen',
  'triage.reports.late': 'Meldingen getrieerd na meer dan 5 werkdagen',
  'triage.reports.notTriaged': 'Meldingen (nog) niet getrieerd',
  'triage.reports.shareWithinNorm': 'Aandeel getrieerde meldingen binnen 5 werkdagen',
  'escalations.raised': 'Opschalingen',
  repeatReports: 'Hermeldingen: meldingen die een nieuwe casus openen nadat een eerdere casus van het huishouden is afgesloten',
  'repeatReports.within12Months': 'Hermeldingen binnen 12 maanden na afsluiting van de eerdere casus',
  'repeatReports.after12Months': 'Hermeldingen 12 maanden of langer na afsluiting van de eerdere casus',
  'huisverbod.imposed': 'Huisverboden opgelegd',
  'huisverbod.extended': 'Huisverboden verlengd',
  'huisverbod.ended': 'Huisverboden beëindigd',
  closures: 'Casussen afgesloten',
  'reporterFeedback.given': 'Meldingen waarvan de melder in de periode voor het eerst is teruggekoppeld',
  'reporterFeedback.reports': 'Meldingen van een melder die teruggekoppeld kan worden (niet anoniem)',
  'reporterFeedback.reports.informed': 'Daarvan melder teruggekoppeld',
  'reporterFeedback.reports.notInformed': 'Daarvan melder (nog) niet teruggekoppeld',
  'providerNotices.stoppedEarly': 'Hulp voor een taak uit het gezinsplan voortijdig afgebroken',
  'providerNotices.noShows': 'Herhaald niet verschijnen van een cliënt gemeld',
};

const PROVIDER_NOTICES: Record<string, string> = {
  stoppedEarly: 'Hulp voortijdig afgebroken',
  noShows: 'Herhaald niet verschijnen',
};

const LEAD_TIME_STEPS: Record<string, string> = {
  reportToCode: 'de eerste veiligheidscode',
  reportToCoordinator: 'de eerste zorgcoördinator',
  reportToPlan: 'het vastgestelde gezinsplan',
};

const LIMIT_FIGURES: Record<string, string> = {
  due: 'termijnen in de periode, gehaald of verstreken',
  metInTime: 'op tijd gehaald',
  late: 'te laat',
  'late.metLate': 'te laat, na het verstrijken alsnog gehaald',
  'late.notMet': 'verstreken en niet gehaald',
  shareMetInTime: 'aandeel op tijd gehaald',
  norm: 'landelijke norm (aandeel op tijd)',
  meetsNorm: 'voldoet aan de landelijke norm',
};

export function sectionTitle(key: string, apiTitle: string): string {
  return SECTIONS[key] ?? apiTitle;
}

export function figureLabel(key: string, apiLabel: string = key): string {
  if (FIXED[key]) return FIXED[key];
  let match: RegExpExecArray | null;
  if ((match = /^contacts\.(adviceRequests|reports)\.(\w+)$/.exec(key))) {
    return `${match[1] === 'reports' ? 'Meldingen' : 'Adviesvragen'} over ${term('ViolenceCategory', match[2])}`;
  }
  if ((match = /^reports\.byReporterType\.(\w+)$/.exec(key))) {
    return `Meldingen door melder: ${term('ReporterType', match[1])}`;
  }
  if ((match = /^reports\.bySector\.(\w+)$/.exec(key))) {
    return `Meldingen door professionals uit de sector ${term('ReporterSector', match[1])}`;
  }
  if ((match = /^safetyCodes\.first\.(\w+)$/.exec(key))) {
    return `Eerste veiligheidscode ${term('SafetyCode', match[1])}`;
  }
  if ((match = /^triage\.decisions\.(\w+)$/.exec(key))) {
    return `Triagebesluit: ${term('TriageOutcome', match[1])}`;
  }
  if ((match = /^leadTimes\.(\w+)\.(cases|medianDays|p90Days)$/.exec(key)) && LEAD_TIME_STEPS[match[1]]) {
    const step = LEAD_TIME_STEPS[match[1]];
    if (match[2] === 'cases') return `Casussen die ${step} bereikten (eerste melding in de periode)`;
    if (match[2] === 'medianDays') return `Mediaan in dagen van de eerste melding tot ${step}`;
    return `90e percentiel in dagen van de eerste melding tot ${step}`;
  }
  if ((match = /^escalations\.raised\.(\w+)$/.exec(key))) {
    return `Opschalingen naar ${term('EscalationStep', match[1])}`;
  }
  if ((match = /^huisverbod\.ended\.(\w+)$/.exec(key))) {
    return `Huisverboden beëindigd: ${term('HuisverbodEndReason', match[1])}`;
  }
  if ((match = /^closures\.(\w+)$/.exec(key))) {
    return `Afgesloten: ${term('ClosureReason', match[1])}`;
  }
  if ((match = /^providerNotices\.(stoppedEarly|noShows)\.(\w+)$/.exec(key))) {
    // the type's name is a label elsewhere (Zorgaanbieder, Lokaal team); inside a sentence a common noun is small
    const type = term('OrganisationType', match[2]);
    const by = match[2] === 'OTHER' ? 'een andere of geen vastgelegde soort organisatie'
      : ['PROVIDER', 'LOCAL_TEAM', 'POLICE', 'MAYOR', 'MUNICIPALITY'].includes(match[2]) ? type.toLowerCase() : type;
    return `${PROVIDER_NOTICES[match[1]]}, gemeld door ${by}`;
  }
  if ((match = /^timeLimits\.(\w+)\.(.+)$/.exec(key)) && LIMIT_FIGURES[match[2]]) {
    return `Termijn ${limitName(match[1])}: ${LIMIT_FIGURES[match[2]]}`;
  }
  return apiLabel;
}

/** what a kind of time limit asks, as the norms are known: `triage binnen 5 werkdagen na een melding` */
export function limitName(kind: string): string {
  switch (kind) {
    case 'TRIAGE':
      return 'triage binnen 5 werkdagen na een melding';
    case 'INVESTIGATION':
      return 'onderzoek Veilig Thuis binnen 10 weken afgerond';
    case 'PROCESS_DIRECTOR':
      return 'procesregisseur binnen 2 werkdagen na opschaling naar stap 4';
    case 'CASE_CONFERENCE':
      return 'spoedcasusoverleg binnen 2 werkdagen (vastgelegd vóór december 2026)';
    case 'CARE_MEETING':
      return 'zorgoverleg van stap 4 binnen de termijn van de procesregisseur';
    case 'WRITTEN_CONFIRMATION':
      return 'bestuurlijk besluit binnen 24 uur schriftelijk bevestigd';
    case 'PLAN_EVALUATION':
      return 'gezinsplan geëvalueerd op de evaluatiedatum';
    case 'TASK':
      return 'taak uit het gezinsplan op tijd gedaan';
    case 'CARE_ORDER':
      return 'opgedragen zorg afgesloten aan het einde van de afgesproken periode';
    default:
      return term('TimeLimit', kind);
  }
}
