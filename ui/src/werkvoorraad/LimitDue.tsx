import { StatusBadge } from '@utrecht/component-library-react';
import { term } from '../text/terms';
import { describeDueInWords, urgencyOf, URGENCY_LABEL } from '../format/dueMoment';

/** a running time limit: its kind in Dutch, its last day, and "te laat" or "vandaag" in words beside the colour */
export function LimitDue({ limit, now, showKind = true }: {
  limit: { limit: string; dueAt: string; overdue: boolean };
  now: Date;
  showKind?: boolean;
}) {
  const urgency = urgencyOf(limit, now);
  return (
    <span className="hgk-limit">
      {showKind && <span className="hgk-limit__kind">{term('TimeLimit', limit.limit)}</span>}
      <span className="hgk-limit__due">
        {describeDueInWords(limit.dueAt)}
        {urgency !== 'later' && (
          <>
            {' '}
            <StatusBadge status={urgency === 'overdue' ? 'danger' : 'warning'} className="hgk-badge">
              {URGENCY_LABEL[urgency]}
            </StatusBadge>
          </>
        )}
      </span>
    </span>
  );
}
