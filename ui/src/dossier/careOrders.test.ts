import { describe, expect, it } from 'vitest';
import { careOrderState } from './careOrders';

const order = {
  orderId: 'o1', party: 'jeugdhulp-dordrecht', care: 'gezinsbehandeling', monitoredUntil: '2027-01-31',
  orderedAt: '2026-12-02T09:00:00Z',
};

describe('a care order in the case file', () => {
  it('is followed until its day while it is monitored', () => {
    expect(careOrderState(order)).toBe('gevolgd tot en met 31 januari 2027');
  });

  it('says whether the party delivered once it is concluded', () => {
    expect(careOrderState({ ...order, concludedAt: '2026-12-20T09:00:00Z', complied: true }))
      .toBe('afgesloten 20 december 2026 om 10:00: geleverd zoals opgedragen');
    expect(careOrderState({ ...order, concludedAt: '2026-12-20T09:00:00Z', complied: false }))
      .toBe('afgesloten 20 december 2026 om 10:00: niet geleverd');
  });
});
