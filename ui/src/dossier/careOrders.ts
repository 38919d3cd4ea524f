import { formatDate, formatDateTime } from '../format/dutch';
import { CareOrder } from './caseFile';

/** how far the monitoring of a care order (doorzettingsmacht) is, in the words of the case file */
export function careOrderState(order: CareOrder): string {
  if (!order.concludedAt) return `gevolgd tot en met ${formatDate(order.monitoredUntil)}`;
  return `afgesloten ${formatDateTime(order.concludedAt)}: ${order.complied ? 'geleverd zoals opgedragen' : 'niet geleverd'}`;
}
