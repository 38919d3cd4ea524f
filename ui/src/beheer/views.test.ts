import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/problem';
import { followRebuilds } from './rebuildsFollowed';
import { rebuildRefusal } from './rebuildRefusal';
import { rebuildWarning } from './rebuildWarning';
import { behindText, stateWord, viewName, ViewStatus } from './viewStatus';

function view(state: string, done = 10, total = 10, name = 'family-plan'): ViewStatus {
  return { name, state, done, total };
}

describe('the views', () => {
  it('are named and described in Dutch', () => {
    expect(viewName('family-plan')).toBe('gezinsplannen');
    expect(viewName('a-newer-view')).toBe('a-newer-view');
    expect(stateWord('REBUILDING')).toBe('wordt herbouwd');
    expect(behindText({ done: 10, total: 10 })).toBe('niet achter');
    expect(behindText({ done: 10, total: 11 })).toBe('1 gebeurtenis');
    expect(behindText({ done: 0, total: 4500 })).toBe('4.500 gebeurtenissen');
  });

  it('follow a rebuild from started to finished, also when it was over before the page looked again', () => {
    let followed = followRebuilds({}, [view('UP_TO_DATE')]);
    expect(followed).toEqual({});
    followed = followRebuilds({ 'family-plan': 'running' }, [view('REBUILDING', 3)]);
    expect(followed).toEqual({ 'family-plan': 'running' });
    followed = followRebuilds(followed, [view('UP_TO_DATE')]);
    expect(followed).toEqual({ 'family-plan': 'finished' });
    expect(followRebuilds(followed, [view('UP_TO_DATE')])).toEqual({ 'family-plan': 'finished' });
    expect(followRebuilds({ 'family-plan': 'running' }, [view('ERROR', 3)])).toEqual({ 'family-plan': 'failed' });
  });

  it('show a rebuild someone else started', () => {
    expect(followRebuilds({}, [view('REBUILDING', 1, 10, 'regional-figures')])).toEqual({ 'regional-figures': 'running' });
  });

  it('warn before a rebuild that the view is emptied and every event read again', () => {
    expect(rebuildWarning({ name: 'deadline-board', total: 48320 })).toBe(
      'Herbouwen maakt het overzicht termijnbewaking leeg en leest daarna alle 48.320 gebeurtenissen opnieuw, terwijl '
        + 'het casusregister gewoon doorwerkt. Zolang dat duurt, toont de termijnbewaking niet alle lopende termijnen. '
        + 'De gebeurtenissen zelf blijven onveranderd.',
    );
  });

  it('tell a conflict in Dutch', () => {
    const conflict = new ApiProblem(409, { type: 'urn:hgk-ledger:problem:conflict', detail: 'view family-plan is already rebuilding' });
    expect(rebuildRefusal(conflict, 'gezinsplannen')).toMatch(/^Het herbouwen van gezinsplannen kan nu niet beginnen/);
  });
});
