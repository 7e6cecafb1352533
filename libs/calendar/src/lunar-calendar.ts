import { type DayNumber, type IsoDate, dayNumberOf, formatIsoDate, gregorianOf, parseIsoDate } from './iso-date';

/*
 * The Vietnamese lunar calendar, after Hồ Ngọc Đức's published algorithm ("Âm lịch Việt Nam",
 * astronomical new moons and solar terms computed for the meridian of UTC+7, the legal time of
 * Việt Nam). The time zone is what makes it Vietnamese: computed for UTC+8 it gives the Chinese
 * calendar, which differs in some years (Tết 1985 was 1985-01-21 in Việt Nam, 1985-02-20 in China).
 *
 * Written here rather than taken from `@dqcai/vn-lunar`: that package's CommonJS entry is
 * obfuscated and, being a `.js` file in a `"type": "module"` package, loads as an empty module
 * under Node's `require` — which is how the compiled apps load it.
 */

export interface LunarDate {
  readonly day: number;
  readonly month: number;
  readonly year: number;
  /** True for the intercalary month (tháng nhuận) that repeats `month`. */
  readonly leap: boolean;
}

const VIETNAM_TIME_ZONE_HOURS = 7;
const SYNODIC_MONTH = 29.530588853;
/** Julian day of the new moon of 1900-01-01, the epoch of the new-moon numbering `k`. */
const NEW_MOON_EPOCH = 2415021.076998695;
const RADIANS = Math.PI / 180;

/** Julian day (with fraction, UT) of the k-th new moon after 1900-01-01 (Meeus, simplified). */
function newMoon(k: number): number {
  const t = k / 1236.85;
  const [t2, t3] = [t * t, t * t * t];
  const mean =
    2415020.75933 +
    29.53058868 * k +
    0.0001178 * t2 -
    0.000000155 * t3 +
    0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RADIANS);
  const sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * RADIANS;
  const moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * RADIANS;
  const latitude = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * RADIANS;
  const correction =
    (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly) +
    0.0021 * Math.sin(2 * sunAnomaly) -
    0.4068 * Math.sin(moonAnomaly) +
    0.0161 * Math.sin(2 * moonAnomaly) -
    0.0004 * Math.sin(3 * moonAnomaly) +
    0.0104 * Math.sin(2 * latitude) -
    0.0051 * Math.sin(sunAnomaly + moonAnomaly) -
    0.0074 * Math.sin(sunAnomaly - moonAnomaly) +
    0.0004 * Math.sin(2 * latitude + sunAnomaly) -
    0.0004 * Math.sin(2 * latitude - sunAnomaly) -
    0.0006 * Math.sin(2 * latitude + moonAnomaly) +
    0.001 * Math.sin(2 * latitude - moonAnomaly) +
    0.0005 * Math.sin(2 * moonAnomaly + sunAnomaly);
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return mean + correction - deltaT;
}

/** The sun's apparent longitude at a Julian day, in radians within [0, 2π). */
function sunLongitude(julianDay: number): number {
  const t = (julianDay - 2451545.0) / 36525;
  const t2 = t * t;
  const anomaly = (357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * RADIANS;
  const meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const equationOfCentre =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(anomaly) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * anomaly) +
    0.00029 * Math.sin(3 * anomaly);
  const longitude = (meanLongitude + equationOfCentre) * RADIANS;
  return longitude - 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
}

/** Day on which the k-th new moon falls, local time UTC+7. */
function newMoonDay(k: number): DayNumber {
  return Math.floor(newMoon(k) + 0.5 + VIETNAM_TIME_ZONE_HOURS / 24);
}

/** Sector (0–11, 30° each) of the sun's longitude at the local midnight starting `day`. */
function sunSector(day: DayNumber): number {
  return Math.floor((sunLongitude(day - 0.5 - VIETNAM_TIME_ZONE_HOURS / 24) / Math.PI) * 6);
}

/** First day of lunar month 11 of `year`: the month containing the winter solstice. */
function lunarMonth11(year: number): DayNumber {
  const k = Math.floor((dayNumberOf(31, 12, year) - 2415021) / SYNODIC_MONTH);
  const candidate = newMoonDay(k);
  return sunSector(candidate) >= 9 ? newMoonDay(k - 1) : candidate;
}

/** Months after month 11 at which the leap month falls: the first month without a major solar term. */
function leapMonthOffset(month11: DayNumber): number {
  const k = Math.floor((month11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

/** The solar day of a lunar date. @throws RangeError when the year has no such leap month. */
export function dayNumberOfLunarDate({ day, month, year, leap }: LunarDate): DayNumber {
  const [a11, b11] =
    month < 11 ? [lunarMonth11(year - 1), lunarMonth11(year)] : [lunarMonth11(year), lunarMonth11(year + 1)];
  let offset = (month - 11 + 12) % 12;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11);
    const leapMonth = (leapOffset - 2 + 12) % 12;
    if (leap && month !== leapMonth) throw new RangeError(`Năm âm lịch ${year} không có tháng ${month} nhuận`);
    if (leap || offset >= leapOffset) offset += 1;
  } else if (leap) {
    throw new RangeError(`Năm âm lịch ${year} không có tháng nhuận`);
  }
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  return newMoonDay(k + offset) + day - 1;
}

/**
 * Number of the last new moon on or before `dayNumber`. The mean synodic month only estimates
 * it: a true new moon can fall a day away from the mean (the published algorithm's single
 * comparison then yields a "day 0", e.g. on 2054-05-07).
 */
function lastNewMoonOnOrBefore(dayNumber: DayNumber): number {
  let k = Math.floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  while (newMoonDay(k + 1) <= dayNumber) k++;
  while (newMoonDay(k) > dayNumber) k--;
  return k;
}

/** The lunar date of a solar day. */
function lunarDateOfDay(dayNumber: DayNumber): LunarDate {
  const monthStart = newMoonDay(lastNewMoonOnOrBefore(dayNumber));
  const solarYear = gregorianOf(dayNumber)[2];
  const month11 = lunarMonth11(solarYear);
  const startsThisYear = month11 >= monthStart;
  const [a11, b11] = startsThisYear ? [lunarMonth11(solarYear - 1), month11] : [month11, lunarMonth11(solarYear + 1)];
  const diff = Math.floor((monthStart - a11) / 29);
  let [month, leap] = [diff + 11, false];
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11);
    if (diff >= leapOffset) [month, leap] = [diff + 10, diff === leapOffset];
  }
  if (month > 12) month -= 12;
  const year = (startsThisYear ? solarYear : solarYear + 1) - (month >= 11 && diff < 4 ? 1 : 0);
  return { day: dayNumber - monthStart + 1, month, year, leap };
}

/** The Vietnamese lunar date of a Gregorian date, e.g. `2026-02-17` is mùng 1 tháng Giêng Bính Ngọ (1/1/2026). */
export function lunarDateOf(date: IsoDate): LunarDate {
  return lunarDateOfDay(parseIsoDate(date));
}

/** The Gregorian date of a Vietnamese lunar date. @throws RangeError when the year has no such leap month. */
export function solarDateOf(lunarDate: LunarDate): IsoDate {
  return formatIsoDate(dayNumberOfLunarDate(lunarDate));
}
