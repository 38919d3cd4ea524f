import { StatusBadge } from '@utrecht/component-library-react';
import { term } from '../text/terms';

const STATUS: Record<string, string> = { RED: 'danger', ORANGE: 'warning', GREEN: 'safe' };

/** the words beside the code while an investigation's findings have yet to determine it */
export const CODE_TO_BE_DETERMINED = 'code nog te bepalen';

/**
 * The safety code as a word on its colour, the same wherever a case is shown: the word carries the meaning, the colour
 * only helps (WCAG 1.4.1). No code yet is an outline, not an alarm. After an investigation concluded without a code,
 * the code of triage is only a first assessment: the badge says the code is still to be determined beside it.
 */
export function SafetyCodeBadge({ code, prefix = '', toBeDetermined = false }: {
  code?: string | null;
  prefix?: string;
  toBeDetermined?: boolean;
}) {
  const pending = toBeDetermined ? (
    <StatusBadge status="neutral" className="hgk-badge hgk-badge--to-be-determined">{CODE_TO_BE_DETERMINED}</StatusBadge>
  ) : null;
  if (!code) {
    return pending ?? <StatusBadge status="neutral" className="hgk-badge hgk-badge--none">{prefix ? `${prefix}geen` : 'geen code'}</StatusBadge>;
  }
  return (
    <>
      <StatusBadge status={STATUS[code] ?? 'neutral'} className={`hgk-badge hgk-badge--${code.toLowerCase()}`}>
        {prefix}
        {term('SafetyCode', code)}
      </StatusBadge>
      {pending && <> {pending}</>}
    </>
  );
}
