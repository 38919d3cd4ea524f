import { formatNumber } from '../format/dutch';
import { viewName, ViewStatus } from './viewStatus';

/** what the users of each view notice while it is rebuilt */
const WHILE_REBUILDING: Record<string, string> = {
  'family-plan': 'zien casemanagers en regisseurs een gezinsplan mogelijk niet of niet volledig',
  'case-list': 'toont de werkvoorraad niet alle casussen en vindt zoeken ze niet allemaal',
  'deadline-board': 'toont de termijnbewaking niet alle lopende termijnen',
  'regional-figures': 'zijn de regiocijfers te laag',
};

/**
 * The confirmation of a rebuild: it empties the view and reads every event again while the ledger keeps running.
 * The events themselves are not touched.
 */
export function rebuildWarning(view: Pick<ViewStatus, 'name' | 'total'>): string {
  const notice = WHILE_REBUILDING[view.name] ?? 'is het overzicht onvolledig';
  return `Herbouwen maakt het overzicht ${viewName(view.name)} leeg en leest daarna alle `
    + `${formatNumber(view.total)} gebeurtenissen opnieuw, terwijl het casusregister gewoon doorwerkt. Zolang dat `
    + `duurt, ${notice}. De gebeurtenissen zelf blijven onveranderd.`;
}
