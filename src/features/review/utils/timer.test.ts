import { describe, expect, it } from 'vitest';
import { formatClock, timerAnnouncement, timerState } from './timer';

const START = '2026-11-23T10:00:00.000Z';
const at = (minutes: number, seconds = 0) => new Date(START).getTime() + minutes * 60_000 + seconds * 1000;

describe('the review timer', () => {
  it('has not started without a start time', () => {
    expect(timerState(null, at(3))).toEqual({ phase: 'not_started' });
    expect(timerAnnouncement(timerState(null, at(3)))).toBe('The timer has not been started.');
  });

  it('walks the five items in six-minute timeboxes', () => {
    expect(timerState(START, at(0))).toMatchObject({ item: 'pauseViolations', itemRemainingMs: 360_000 });
    expect(timerState(START, at(5, 59))).toMatchObject({ item: 'pauseViolations', itemRemainingMs: 1_000 });
    expect(timerState(START, at(6))).toMatchObject({ item: 'dwellAnomalies', itemIndex: 1 });
    expect(timerState(START, at(13, 30))).toMatchObject({
      item: 'suppressedVolume',
      itemRemainingMs: 270_000,
      totalRemainingMs: 990_000,
    });
    expect(timerState(START, at(29, 59))).toMatchObject({ phase: 'running', item: 'pressure' });
  });

  it('is over after thirty minutes and says by how much', () => {
    const over = timerState(START, at(32));
    expect(over).toMatchObject({ phase: 'over', item: 'pressure', totalRemainingMs: 0, overMs: 120_000 });
    expect(timerAnnouncement(over)).toBe('Time is up: the review has run 2 minutes over.');
  });

  it('counts from the server time, so a clock before the start shows the full half hour', () => {
    expect(timerState(START, at(-1))).toMatchObject({ item: 'pauseViolations', totalRemainingMs: 1_800_000 });
  });

  it('announces whole minutes only, so the live region changes once a minute', () => {
    const a = timerAnnouncement(timerState(START, at(13, 10)));
    const b = timerAnnouncement(timerState(START, at(13, 50)));
    expect(a).toBe(b);
    expect(a).toBe('Suppressed campaign volume: 5 minutes left for this item, 17 minutes left in total.');
    expect(timerAnnouncement(timerState(START, at(17, 30)))).toContain('1 minute left for this item');
  });

  it('formats a clock rounded up to the second', () => {
    expect(formatClock(309_000)).toBe('05:09');
    expect(formatClock(400)).toBe('00:01');
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(-5)).toBe('00:00');
  });
});
