import { StatusBadge } from '@utrecht/component-library-react';
import { term } from '../text/terms';

const STATUS: Record<string, string> = { RED: 'danger', ORANGE: 'warning', GREEN: 'safe' };

/**
 * The safety code as a word on its colour, the same wherever a case is shown: the word carries the meaning, the colour
 * only helps (WCAG 1.4.1). No code yet is an outline, not an alarm.
 */
export function SafetyCodeBadge({ code, prefix = '' }: { code?: string | null; prefix?: string }) {
  if (!code) {
    return <StatusBadge status="neutral" className="hgk-badge hgk-badge--none">{prefix ? `${prefix}geen` : 'geen code'}</StatusBadge>;
  }
  return (
    <StatusBadge status={STATUS[code] ?? 'neutral'} className={`hgk-badge hgk-badge--${code.toLowerCase()}`}>
      {prefix}
      {term('SafetyCode', code)}
    </StatusBadge>
  );
}
