import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { addTime, timeBetween, weekdayRule, type WorkingDays } from '../../src/modules/calendar/working-time.js';

// Working-hour deadlines count only 09:00–18:00 Beijing time on working days: weekends and public
// holidays stop the clock, make-up working days (调休) run it.
const window = { startMinute: 9 * 60, endMinute: 18 * 60 };
const china: WorkingDays = (date) => chineseDays.isWorkday(date);
const at = (local: string) => new Date(`${local}+08:00`);
const iso = (d: Date) => d.toISOString();

describe('working time', () => {
  it('counts calendar hours straight through', () => {
    expect(iso(addTime(at('2026-01-02T10:00:00'), 24 * 60, 'CALENDAR', china, window))).toBe(iso(at('2026-01-03T10:00:00')));
  });

  it('skips a weekend', () => {
    // Friday 2026-03-13 16:00 + 9 working hours: 2 h on Friday, 7 h on Monday
    expect(iso(addTime(at('2026-03-13T16:00:00'), 9 * 60, 'WORKING', weekdayRule, window))).toBe(iso(at('2026-03-16T16:00:00')));
  });

  it('skips a public holiday and works a make-up Saturday (国庆 2025: Oct 1–8 off, Sat Oct 11 worked)', () => {
    // Tuesday 2025-09-30 17:00 + 2 working hours: 1 h that day, then Oct 9 (Thursday) 09:00–10:00
    expect(iso(addTime(at('2025-09-30T17:00:00'), 2 * 60, 'WORKING', china, window))).toBe(iso(at('2025-10-09T10:00:00')));
    // Friday 2025-10-10 17:00 + 2 working hours: 1 h on Friday, 1 h on the make-up Saturday
    expect(iso(addTime(at('2025-10-10T17:00:00'), 2 * 60, 'WORKING', china, window))).toBe(iso(at('2025-10-11T10:00:00')));
  });

  it('starts counting at the next opening when raised after hours', () => {
    expect(iso(addTime(at('2026-03-16T20:00:00'), 60, 'WORKING', weekdayRule, window))).toBe(iso(at('2026-03-17T10:00:00')));
  });

  it('measures back what it added', () => {
    const from = at('2026-02-13T15:30:00');
    const to = addTime(from, 20 * 60, 'WORKING', china, window);
    expect(timeBetween(from, to, 'WORKING', china, window)).toBe(20 * 60);
  });
});
