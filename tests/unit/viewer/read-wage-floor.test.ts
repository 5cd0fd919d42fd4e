import { describe, expect, it } from 'vitest';
import { MAX_WAGE_FLOOR, NOT_AN_AMOUNT, readWageFloor, TOO_HIGH } from '../../../src/features/viewer/filters/parse-wage-floor';

describe('readWageFloor', () => {
  it('reads dollars an hour, with or without a dollar sign and thousands commas; empty is no floor', () => {
    expect(readWageFloor('')).toEqual({ ok: true, floor: undefined });
    expect(readWageFloor('   ')).toEqual({ ok: true, floor: undefined });
    // A lone "$" is the start of "$20", not a mistake.
    expect(readWageFloor('$')).toEqual({ ok: true, floor: undefined });
    expect(readWageFloor('18.50')).toEqual({ ok: true, floor: 18.5 });
    expect(readWageFloor(' $ 20 ')).toEqual({ ok: true, floor: 20 });
    expect(readWageFloor('0')).toEqual({ ok: true, floor: 0 });
    expect(readWageFloor('.5')).toEqual({ ok: true, floor: 0.5 });
    expect(readWageFloor('1,000')).toEqual({ ok: true, floor: 1000 });
  });

  it('says when the text is not an amount of dollars', () => {
    for (const text of ['-5', 'abc', 'twenty', '1e3', '1.2.3', '12 dollars']) {
      expect(readWageFloor(text), text).toEqual({ ok: false, problem: NOT_AN_AMOUNT });
    }
  });

  it('takes the limit itself, and says what the limit is for anything above it', () => {
    expect(MAX_WAGE_FLOOR).toBe(1000);
    expect(readWageFloor('1000.00')).toEqual({ ok: true, floor: 1000 });
    expect(TOO_HIGH).toContain('$1,000 or less');
    for (const text of ['1000.01', '45000', '$52,000', '9'.repeat(40), '9'.repeat(400)]) {
      expect(readWageFloor(text), text).toEqual({ ok: false, problem: TOO_HIGH });
    }
  });
});
