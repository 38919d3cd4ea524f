import { describe, expect, it } from 'vitest';
import { bsnDigits, isBsn, isCalendarDate, isHouseNumber, isMunicipalityCode, isPostcode, tidyPostcode } from './dutchIdentifiers';

describe('a BSN', () => {
  it('passes the elfproef, as the ledger checks it', () => {
    expect(isBsn('111222333')).toBe(true);
    expect(isBsn('999999990')).toBe(true);
    expect(isBsn('123456782')).toBe(true);
  });

  it('fails with one digit wrong, too few digits, letters or all zeros', () => {
    expect(isBsn('111222334')).toBe(false);
    expect(isBsn('12345678')).toBe(false);
    expect(isBsn('11122233A')).toBe(false);
    expect(isBsn('000000000')).toBe(false);
    expect(isBsn('')).toBe(false);
  });

  it('may be written with spaces, dots and dashes, and is sent without them', () => {
    expect(isBsn('1112.22.333')).toBe(true);
    expect(isBsn('111 222 333')).toBe(true);
    expect(bsnDigits('111-222-333')).toBe('111222333');
  });
});

describe('an address', () => {
  it('has a Dutch postcode, with or without the space, tidied for showing', () => {
    expect(isPostcode('3311 AB')).toBe(true);
    expect(isPostcode('3311ab')).toBe(true);
    expect(isPostcode('0311 AB')).toBe(false);
    expect(isPostcode('331 AB')).toBe(false);
    expect(isPostcode('3311 A')).toBe(false);
    expect(tidyPostcode(' 3311ab ')).toBe('3311 AB');
  });

  it('has a house number with an optional addition', () => {
    for (const number of ['12', '12A', '12-A', '14-B', '7 bis', '12345']) expect(isHouseNumber(number)).toBe(true);
    for (const number of ['', 'A', '1234567890', '12--A', '12 ABCDE']) expect(isHouseNumber(number)).toBe(false);
  });

  it('has a municipality code of the CBS form', () => {
    expect(isMunicipalityCode('GM0505')).toBe(true);
    expect(isMunicipalityCode('gm0505')).toBe(true);
    expect(isMunicipalityCode('0505')).toBe(false);
    expect(isMunicipalityCode('Dordrecht')).toBe(false);
  });
});

describe('a date', () => {
  it('exists in the calendar', () => {
    expect(isCalendarDate('2016-02-29')).toBe(true);
    expect(isCalendarDate('2015-02-29')).toBe(false);
    expect(isCalendarDate('29-02-2016')).toBe(false);
    expect(isCalendarDate('')).toBe(false);
  });
});
