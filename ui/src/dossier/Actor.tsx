import { term } from '../text/terms';
import { Actor } from './caseFile';

/** `casemanager (veilig-thuis-zhz, medewerker)`: who did it, for which organisation, in which role */
export function describeActor(actor: Actor | undefined | null): string {
  if (!actor) return '';
  return `${actor.user} (${actor.organisation}, ${term('ActorRole', actor.role)})`;
}
