/**
 * The Vietnamese lunar calendar (âm lịch): a lunar date → its solar date.
 *
 * Months begin on the day of the new moon and the 11th month is the one
 * holding the winter solstice; a year with 13 months repeats the first month
 * without a principal solar term (the Sun entering a 30° sector of its
 * longitude) as a leap month (tháng nhuận). Which day an astronomical event
 * falls on depends on the time zone the calendar is computed for: Vietnam's
 * calendar has been computed for UTC+7 since the lunar year 1968 and followed
 * the Chinese calendar (UTC+8) before it, so Tết Mậu Thân fell on 29 January
 * 1968 in the North and on 30 January in the South, which kept UTC+8. The two
 * calendars differ in some years (Tết 1985: 21 January in Vietnam, 20 February
 * in China).
 *
 * The astronomy is Hồ Ngọc Đức's published algorithm ("Thuật toán tính âm
 * lịch", after Jean Meeus, Astronomical Algorithms): the new moon from its mean
 * time with the main periodic terms, and the Sun's apparent longitude. Checked
 * against the npm packages `vietnamese-date` (every day of 1968–2059 agrees) and
 * `lunar-javascript` (the Chinese calendar: every day of 1900–1967 agrees except
 * three months of 1914–1920 that start a day apart: their new moons fell a few
 * minutes after 16:00 UTC, and China's calendar then used Beijing's local time,
 * UTC+7:46). Neither is a dependency: the first computes every year for
 * UTC+7, wrong before 1968; the second is China's calendar, wrong from 1968
 * (Tết 1985).
 */

const PI = Math.PI;
const DEGREE = PI / 180;
/** Julian day of the new moon of 1900-01-01 (k = 0) and the mean synodic month. */
const NEW_MOON_EPOCH = 2415021.076998695;
const SYNODIC_MONTH = 29.530588853;

/** From this lunar year on, the calendar is computed for UTC+7; before it, for UTC+8. */
export const UTC7_FROM_LUNAR_YEAR = 1968;

export interface SolarDay {
  year: number;
  month: number;
  day: number;
}

/** The Julian day number of a Gregorian date. */
function julianDay(day: number, month: number, year: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

/** The Gregorian date of a Julian day number. */
function solarDay(jd: number): SolarDay {
  const a = jd + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: 100 * b + d - 4800 + Math.floor(m / 10),
  };
}

/** Julian date (UTC) of the k-th new moon after 1900-01-01. */
function newMoon(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEGREE);
  const sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
  const moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
  const latitude = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
  let c1 = (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly * DEGREE) + 0.0021 * Math.sin(2 * DEGREE * sunAnomaly);
  c1 = c1 - 0.4068 * Math.sin(moonAnomaly * DEGREE) + 0.0161 * Math.sin(DEGREE * 2 * moonAnomaly);
  c1 -= 0.0004 * Math.sin(DEGREE * 3 * moonAnomaly);
  c1 = c1 + 0.0104 * Math.sin(DEGREE * 2 * latitude) - 0.0051 * Math.sin(DEGREE * (sunAnomaly + moonAnomaly));
  c1 = c1 - 0.0074 * Math.sin(DEGREE * (sunAnomaly - moonAnomaly)) + 0.0004 * Math.sin(DEGREE * (2 * latitude + sunAnomaly));
  c1 = c1 - 0.0004 * Math.sin(DEGREE * (2 * latitude - sunAnomaly)) - 0.0006 * Math.sin(DEGREE * (2 * latitude + moonAnomaly));
  c1 = c1 + 0.001 * Math.sin(DEGREE * (2 * latitude - moonAnomaly)) + 0.0005 * Math.sin(DEGREE * (2 * moonAnomaly + sunAnomaly));
  // ΔT (terrestrial minus universal time), in days.
  const deltaT =
    t < -11 ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3 : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd + c1 - deltaT;
}

/** Julian day number of the local day on which the k-th new moon falls. */
function newMoonDay(k: number, timeZone: number): number {
  return Math.floor(newMoon(k) + 0.5 + timeZone / 24);
}

/** The Sun's apparent longitude (radians, 0 … 2π) at a Julian date (UTC). */
function sunLongitude(jd: number): number {
  const t = (jd - 2451545.0) / 36525;
  const t2 = t * t;
  const anomaly = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  let centre = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(DEGREE * anomaly);
  centre += (0.019993 - 0.000101 * t) * Math.sin(DEGREE * 2 * anomaly) + 0.00029 * Math.sin(DEGREE * 3 * anomaly);
  const longitude = (meanLongitude + centre) * DEGREE;
  return longitude - 2 * PI * Math.floor(longitude / (2 * PI));
}

/** Which 30° sector (0–11) of its longitude the Sun is in at the start of a local day. */
function sunSector(dayNumber: number, timeZone: number): number {
  return Math.floor((sunLongitude(dayNumber - 0.5 - timeZone / 24) / PI) * 6);
}

/** Julian day number of the first day of the 11th lunar month of the lunar year that ends in solar `year`. */
function month11Start(year: number, timeZone: number): number {
  const k = Math.floor((julianDay(31, 12, year) - 2415021) / SYNODIC_MONTH);
  const start = newMoonDay(k, timeZone);
  // A month starting after the Sun reached 270° (sector 9) begins after the solstice: the 11th is the one before.
  return sunSector(start, timeZone) >= 9 ? newMoonDay(k - 1, timeZone) : start;
}

/** In a 13-month year starting at month11: which month after it (1–13) is the leap month. */
function leapMonthOffset(month11: number, timeZone: number): number {
  const k = Math.floor((month11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let sector = sunSector(newMoonDay(k + i, timeZone), timeZone);
  let last: number;
  do {
    last = sector;
    i++;
    sector = sunSector(newMoonDay(k + i, timeZone), timeZone);
  } while (sector !== last && i < 14);
  return i - 1;
}

/** The time zone (hours east of UTC) Vietnam's calendar was computed for in this lunar year. */
export function lunarTimeZone(lunarYear: number): number {
  return lunarYear >= UTC7_FROM_LUNAR_YEAR ? 7 : 8;
}

export interface LunarMonthSpan {
  /** The solar date of the month's first day. */
  first: SolarDay;
  /** The solar date of its last day. */
  last: SolarDay;
  /** 29 or 30. */
  length: number;
}

/**
 * The solar days of lunar month `month` (1–12) of `lunarYear` — the leap month
 * of that number when `leap` — or null when the year has no such leap month.
 */
export function lunarMonthSpan(month: number, lunarYear: number, leap: boolean): LunarMonthSpan | null {
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(lunarYear)) return null;
  const timeZone = lunarTimeZone(lunarYear);
  // Months 11 and 12 of lunar year Y start in the cycle whose 11th month holds the solstice of solar year Y.
  const [startYear, endYear] = month < 11 ? [lunarYear - 1, lunarYear] : [lunarYear, lunarYear + 1];
  const a11 = month11Start(startYear, timeZone);
  const b11 = month11Start(endYear, timeZone);
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let offset = month - 11;
  if (offset < 0) offset += 12;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11, timeZone);
    let leapMonth = leapOffset - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return null;
    if (leap || offset >= leapOffset) offset += 1;
  } else if (leap) {
    return null;
  }
  const start = newMoonDay(k + offset, timeZone);
  const next = newMoonDay(k + offset + 1, timeZone);
  return { first: solarDay(start), last: solarDay(next - 1), length: next - start };
}

/**
 * The solar date of a lunar date, or null when no such day exists (a leap
 * month the year does not have, day 30 of a 29-day month, fields out of range).
 */
export function lunarToSolar(day: number, month: number, lunarYear: number, leap = false): SolarDay | null {
  const span = lunarMonthSpan(month, lunarYear, leap);
  if (span === null || !Number.isInteger(day) || day < 1 || day > span.length) return null;
  const { year, month: firstMonth, day: firstDay } = span.first;
  return solarDay(julianDay(firstDay, firstMonth, year) + day - 1);
}
