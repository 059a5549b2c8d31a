import { describe, expect, it } from 'vitest';

// Guards the three-zone set-up of vitest.config.ts: if TZ were not applied, the other suites
// would silently run three times in the same zone.
describe('host time zone of this run', () => {
  it('is the zone the project asked for', () => {
    const tz = process.env.TZ;
    expect(tz).toBeDefined();
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(tz);
    const offsets: Record<string, number> = { 'Asia/Shanghai': -480, UTC: 0, 'America/Los_Angeles': 480 };
    // getTimezoneOffset is minutes *behind* UTC; 2025-01-15 is outside US daylight time.
    expect(new Date(2025, 0, 15).getTimezoneOffset()).toBe(offsets[tz as string]);
  });
});
