#!/usr/bin/env node
/**
 * Prints the dates of the lunar table in src/deadlines/provisional-holidays.ts with the times
 * (Beijing time, UTC+8) of the new moons and of 清明 behind them, so that a date close to
 * midnight can be seen and checked by hand against the Hong Kong Observatory's conversion
 * table (https://www.hko.gov.hk/en/gts/time/conversion.htm).
 *
 * Rules (GB/T 33661-2017《农历的编算和颁行》): a lunar month begins on the day, in Beijing time,
 * of the new moon; 清明 is the day the Sun's apparent longitude reaches 15°. The month numbers
 * (which new moon starts 正月, 五月, 八月) are taken from the ICU Chinese calendar (Intl); the day
 * each month starts is recomputed here from the new moon.
 *
 * New moons: J. Meeus, Astronomical Algorithms (2nd ed.), ch. 49, with every periodic term and
 * the 14 planetary corrections (error a few seconds). ΔT: Espenak & Meeus polynomials. Solar
 * longitude: ch. 25, low accuracy (about 0.01°, some 15 minutes of time).
 *
 * Usage: node scripts/lunar-festivals.mjs [firstYear] [lastYear]
 */
const rad = (d) => (d * Math.PI) / 180;

/** JDE of new moon number k (k = 0: 2000-01-06). */
function newMoonJDE(k) {
  const T = k / 1236.85;
  let jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * T * T - 0.00000015 * T ** 3 + 0.00000000073 * T ** 4;
  const E = 1 - 0.002516 * T - 0.0000074 * T * T;
  const M = rad(2.5534 + 29.1053567 * k - 0.0000014 * T * T - 0.00000011 * T ** 3);
  const Mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * T * T + 0.00001238 * T ** 3 - 0.000000058 * T ** 4);
  const F = rad(160.7108 + 390.67050284 * k - 0.0016118 * T * T - 0.00000227 * T ** 3 + 0.000000011 * T ** 4);
  const O = rad(124.7746 - 1.56375588 * k + 0.0020672 * T * T + 0.00000215 * T ** 3);
  const s = Math.sin;
  jde +=
    -0.4072 * s(Mp) + 0.17241 * E * s(M) + 0.01608 * s(2 * Mp) + 0.01039 * s(2 * F) + 0.00739 * E * s(Mp - M) - 0.00514 * E * s(Mp + M) +
    0.00208 * E * E * s(2 * M) - 0.00111 * s(Mp - 2 * F) - 0.00057 * s(Mp + 2 * F) + 0.00056 * E * s(2 * Mp + M) - 0.00042 * s(3 * Mp) +
    0.00042 * E * s(M + 2 * F) + 0.00038 * E * s(M - 2 * F) - 0.00024 * E * s(2 * Mp - M) - 0.00017 * s(O) - 0.00007 * s(Mp + 2 * M) +
    0.00004 * s(2 * Mp - 2 * F) + 0.00004 * s(3 * M) + 0.00003 * s(Mp + M - 2 * F) + 0.00003 * s(2 * Mp + 2 * F) - 0.00003 * s(Mp + M + 2 * F) +
    0.00003 * s(Mp - M + 2 * F) - 0.00002 * s(Mp - M - 2 * F) - 0.00002 * s(3 * Mp + M) + 0.00002 * s(4 * Mp);
  const A = [
    [0.000325, 299.77 + 0.107408 * k - 0.009173 * T * T], [0.000165, 251.88 + 0.016321 * k], [0.000164, 251.83 + 26.651886 * k],
    [0.000126, 349.42 + 36.412478 * k], [0.00011, 84.66 + 18.206239 * k], [0.000062, 141.74 + 53.303771 * k], [0.00006, 207.14 + 2.453732 * k],
    [0.000056, 154.84 + 7.30686 * k], [0.000047, 34.52 + 27.261239 * k], [0.000042, 207.19 + 0.121824 * k], [0.00004, 291.34 + 1.844379 * k],
    [0.000037, 161.72 + 24.198154 * k], [0.000035, 239.56 + 25.513099 * k], [0.000023, 331.55 + 3.592518 * k],
  ];
  for (const [c, a] of A) jde += c * s(rad(a));
  return jde;
}

/** ΔT = TT − UT in seconds (Espenak & Meeus). */
function deltaT(y) {
  if (y < 2050) {
    const t = y - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t * t;
  }
  return -20 + 32 * ((y - 1820) / 100) ** 2 - 0.5628 * (2150 - y);
}

/** A JDE as the Beijing date and time. */
function beijing(jde) {
  const y = 2000 + (jde - 2451545) / 365.25;
  const ms = (jde - deltaT(y) / 86400 - 2440587.5) * 864e5 + 8 * 3600e3;
  const iso = new Date(ms).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 19) };
}

/** Apparent solar longitude in degrees (Meeus ch. 25, low accuracy). */
function sunLongitude(jde) {
  const T = (jde - 2451545) / 36525;
  const L0 = 280.46646 + 36000.76983 * T + 0.0003032 * T * T;
  const M = 357.52911 + 35999.05029 * T - 0.0001537 * T * T;
  const C = (1.914602 - 0.004817 * T - 0.000014 * T * T) * Math.sin(rad(M)) + (0.019993 - 0.000101 * T) * Math.sin(rad(2 * M)) + 0.000289 * Math.sin(rad(3 * M));
  const omega = 125.04 - 1934.136 * T;
  return (((L0 + C - 0.00569 - 0.00478 * Math.sin(rad(omega))) % 360) + 360) % 360;
}

/** JDE when the apparent solar longitude reaches `lon` degrees in Gregorian year `year`. */
function solarTermJDE(year, lon) {
  let jde = 2451545 + 365.2422 * (year - 2000) + (((lon - 280 + 360) % 360) / 360) * 365.2422;
  for (let i = 0; i < 50; i++) {
    const d = ((lon - sunLongitude(jde) + 540) % 360) - 180;
    jde += (d * 365.2422) / 360;
    if (Math.abs(d) < 1e-7) break;
  }
  return jde;
}

const DAY = 864e5;
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const dayOf = (d) => Date.parse(`${d}T00:00:00Z`) / DAY;
const icu = new Intl.DateTimeFormat('en-u-ca-chinese', { timeZone: 'UTC', month: 'numeric', day: 'numeric' });
const lunar = (d) => Object.fromEntries(icu.formatToParts(new Date(`${d}T00:00:00Z`)).map((p) => [p.type, p.value]));

/** The Beijing date and time of the new moon nearest a date. */
function newMoonNear(date) {
  const k0 = Math.round((dayOf(date) - 10957.5) / 29.530588861);
  let best;
  for (const k of [k0 - 1, k0, k0 + 1]) {
    const b = beijing(newMoonJDE(k));
    if (!best || Math.abs(dayOf(b.date) - dayOf(date)) < Math.abs(dayOf(best.date) - dayOf(date))) best = b;
  }
  return best;
}

const first = Number(process.argv[2] ?? 2025);
const last = Number(process.argv[3] ?? 2051);
console.log('year  正月初一          端午 (五月初五)     中秋 (八月十五)     清明');
for (let y = first; y <= last; y++) {
  const found = {};
  for (let i = 0; i < 366; i++) {
    const d = iso(Date.UTC(y, 0, 1) + i * DAY);
    const p = lunar(d);
    if (p.month === '1' && p.day === '1') found.spring = d;
    if (p.month === '5' && p.day === '5') found.dragon = d;
    if (p.month === '8' && p.day === '15') found.midAutumn = d;
  }
  const festival = (icuDate, dayOfMonth) => {
    const moon = newMoonNear(iso((dayOf(icuDate) - dayOfMonth + 1) * DAY));
    const date = iso((dayOf(moon.date) + dayOfMonth - 1) * DAY);
    return `${date} ${moon.time}${date === icuDate ? ' ' : '*'}`;
  };
  const q = beijing(solarTermJDE(y, 15));
  console.log(`${y}  ${festival(found.spring, 1)}  ${festival(found.dragon, 5)}  ${festival(found.midAutumn, 15)}  ${q.date} ${q.time}`);
}
console.log('* the ICU Chinese calendar (Intl) gives another day: the new moon is minutes from midnight.');
