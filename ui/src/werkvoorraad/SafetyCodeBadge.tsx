import { StatusBadge } from '@utrecht/component-library-react';
import { term } from '../text/terms';
import { SafetyCode } from './caseList';

const STATUS: Record<SafetyCode, string> = { RED: 'danger', ORANGE: 'warning', GREEN: 'safe' };

/** the safety code as a word on its colour: the word carries the meaning, the colour only helps (WCAG 1.4.1) */
export function SafetyCodeBadge({ code }: { code?: SafetyCode | null }) {
  if (!code) {
    return <StatusBadge status="neutral" className="hgk-badge hgk-badge--none">geen code</StatusBadge>;
  }
  return (
    <StatusBadge status={STATUS[code]} className={`hgk-badge hgk-badge--${code.toLowerCase()}`}>
      {term('SafetyCode', code)}
    </StatusBadge>
  );
}
