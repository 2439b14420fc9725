/**
 * Words around the date itself that qualify it: approximate, lunar, unknown,
 * a time of day. Each is detected on folded text (see fold-date-text.ts),
 * recorded, and removed so only the date fields remain.
 */
import { withoutLunarGloss } from './lunar-gloss.js';
import { CYCLE_YEAR, cycleIndex } from './sexagenary-year.js';

export interface DateMarkers {
  /** The folded text with every recognised marker removed. */
  text: string;
  /** 'khoảng năm 1940', 'k. 1940', '~1940', '1940?' (DOMAIN.md §5: partial and approximate dates are normal). */
  approximate: boolean;
  /** 'âm lịch', 'ÂL', 'tháng Giêng', 'tháng Chạp', 'nhuận' (DOMAIN.md §5). */
  lunar: boolean;
  /** 'nhuận': the leap month of that number ('tháng 4 nhuận'); implies `lunar`. */
  leapMonth: boolean;
  /** An explicit "unknown" ('không rõ', 'chưa rõ', 'KR'). */
  unknown: boolean;
  /** A time of day other than midnight was removed (death entries record the hour). */
  timeDropped: boolean;
  /**
   * A weekday written before the date ('Thứ hai, ngày 5/3/1990', 'Chủ nhật 4/3/1990') was removed: its
   * day in JavaScript's numbering (0 = Sunday). The reader checks it against the date it reads.
   */
  weekday?: number;
  /** An age was written ('75 tuổi', '82t') and removed. */
  age?: boolean;
  /**
   * A year named in the sexagenary cycle ('năm Ất Sửu', 'Canh Tý') was removed: its offset in the
   * cycle (sexagenary-year.ts). Which year of that name is for the reader to decide, and a lunar
   * year only where it gives the date its year (beside '1900 (Canh Tý)' it is a gloss).
   */
  cycleYear?: number;
  /**
   * The year in figures bracketed beside a cycle name ('5/3 năm Canh Thìn (1940)'): which year of that name
   * the clerk meant. Recorded apart because a bracket after a day and month is a remark, dropped from `text`.
   */
  cycleGlossYear?: number;
}

/** '(1940)' right after a cycle name ('năm Canh Thìn (1940)'), the year it names in figures. */
const CYCLE_GLOSS_YEAR = /^\s*[([]\s*(\d{4})\s*[)\]]/;

const MERIDIEM_AM = /^(?:am|sa|a\.m\.?)$/;

/** '14:30', '00:00:00', '12:00:00 AM', ISO 'T00:00:00.000Z', '+07:00'. */
const CLOCK_TIME =
  /(?:t|(?<!\d))(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:\s*(am|pm|sa|ch|a\.m\.?|p\.m\.?))?(?:\s*(?:z|(?:gmt|utc)?\s*[+-]\d{2}:?\d{2}))?/g;
/**
 * 'lúc 14 giờ 30 phút', 'vào hồi 14h30', '14g30', '8 giờ sáng', '14h30 - 5/3/2018'. A figure after the hour is
 * no minute when a date goes on from it ('10h 5/3/2018', '10h 5-3-2018', '10h 5 - 3 - 2018': the day), its dashes
 * spaced unevenly too ('10h 5 -3-2018', '10h 5 - 3- 2018'); a dash set apart by spaces before a date that does not
 * go on so ('14h30 - 5/3/2018', '14h30 - 05-03-2018') only parts the time from it, and so does a bare dash
 * before a whole date ('10h30-5/3/1990', '10h30-5-3-1990': 30 is the minutes, the date after the dash is whole).
 */
const SPOKEN_TIME =
  /(?:\b(?:vao\s+)?(?:luc|hoi)\s*)?(?<!\d)(\d{1,2})\s*(?:gio|h|g)(?:\s*(\d{1,2})(?!\d)(?!\s*[/.]\s*\d|-(?!\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2}(?:\d{2})?(?!\d))\s*\d|\s+-\d+\s*-|\s+-\s+\d+(?:\s+-|\s*-\s))\s*(?:phut|p)?)?(?:\s*(?:sang|trua|chieu|toi|dem|khuya))?(?![a-z])/g;
/**
 * 'giờ Dần ngày 15-8-1975', 'vào giờ Tý': the hour told by its branch of the day, as old birth entries
 * do (each of the twelve covers two hours: Tý 23–1 … Hợi 21–23). Folded, Tý and Tỵ are both 'ty'.
 */
const BRANCH_HOUR = /\b(?:(?:vao\s+)?(?:luc|hoi)\s+)?gio\s+(?:ty|ti|suu|dan|mao|meo|thin|ngo|mui|than|dau|tuat|hoi)\b/g;
/** 'khoảng 9 giờ ngày 12/8/2022', 'chừng 14h30': the hour is approximate, not the day (removed with the hour). */
const APPROXIMATE_HOUR = /\b(?:khoang|chung|uoc)\s+(?=(?:(?:vao\s+)?(?:luc|hoi)\s*)?\d{1,2}\s*(?:gio|h|g|:\d{2})(?![a-z]))/g;
/** 'sáng ngày 15/8/2022', 'đêm 5/3/2019', 'ngày 5/3/2019 (sáng)': the part of the day without an hour. */
const PART_OF_DAY = /\b(?:buoi\s+|rang\s+|gan\s+)?(?:sang|trua|chieu|toi|dem|khuya|ban dem|nua dem)(?:\s+(?:som|muon|khuya))?\b/g;
/** '(tức ngày 27 tháng Giêng năm Bính Thân)': the same day told another way, usually the lunar one. */
const SAME_DAY_GLOSS = /\(\s*tuc\b[^)]*\)?|[,;]?\s*\btuc\b.*$/g;
/**
 * 'từ trần ngày …', 'qua đời ngày …', and a fallen soldier's 'hy sinh ngày 3-4-75' ('hi sinh')
 * (one-word verbs, 'chết', 'mất', are filler words of date-fields.ts).
 */
const DEATH_PHRASE = /\b(?:tu tran|qua doi|h[yi] sinh)\b/g;
/**
 * 'không rõ', 'chưa biết', 'không nhớ' (an old person's birth nobody remembers), 'không có'
 * (none), and a cell of 'Không' alone: said not known, not a date typed wrong.
 */
const UNKNOWN_PHRASE = /\b(?:khong|ko|kh|k|chua)\.?\s*(?:ro|biet|xac dinh|xd|ghi|nho(?:\s+ro)?|co)\b|\b(?:kr|kxd|kro|unknown|none|null)\b|\bn\/a\b|^\s*(?:khong|ko)\s*\.?\s*$/g;
/**
 * The named lunar months: Giêng = 1st, Chạp = 12th (DOMAIN.md §5). Tết (Nguyên Đán), the lunar new year,
 * is the first days of Giêng: 'mồng 2 Tết năm Canh Ngọ' is the 2nd day of the 1st lunar month.
 */
const LUNAR_FIRST_MONTH = /\b(?:thang\s*)?gieng\b|\btet(?:\s+nguyen\s+dan)?\b/g;
const LUNAR_LAST_MONTH = /\b(?:thang\s*)?chap\b/g;
/** 'rằm': the full moon, the 15th day of a lunar month ('rằm tháng Giêng', 'ngày rằm tháng 7'); only lunar months have one. */
const FULL_MOON_DAY = /\b(?:(?:ngay|hom)\s+)?ram\b/g;
// Also glued to the year ('12/3/1990AL'), where no word boundary separates them.
const LUNAR_WORD = /(?:\b|(?<=\d))(?:am lich|al|a\.l)\b\.?|\bam\b\.?/g;
const LEAP_WORD = /\bnhuan\b/g;
const SOLAR_WORD = /\b(?:duong lich|dl|d\.l)\b\.?/g;
// Folded 'chừng' is also 'chứng' of a paper named beside the date ('theo giấy chứng sinh', 'chứng tử', 'chứng nhận').
// 'đầu năm 1940', 'cuối năm', 'giữa năm', 'cuối tháng 3/1940': a part of the year or month, not a day of it.
// 'thượng tuần', 'trung tuần', 'hạ tuần tháng 3/1940': the first, middle or last ten days of the month.
const APPROXIMATE_WORD = /\b(?:(?:dau|cuoi|giua)(?=\s+(?:nam|thang)\b)|(?:thuong|trung|ha)\s+tuan(?=\s+thang\b)|khoang|chung(?!\s+(?:sinh|tu|nhan|minh|thuc|chi)\b)|uoc tinh|uoc chung|uoc|circa|ca|k)\b\.?|~/g;
/**
 * 'quý I/1990', 'quý 2 năm 1990': a quarter of the year, which no day or month names; removed (before a
 * year only) so the year is kept, approximate like 'đầu năm 1990'. Roman numerals II–IV are figures by now
 * (roman-month.ts), a lone 'I' is not.
 */
const QUARTER = /\bquy\s*(?:[1-4]|i)\s*(?:[/.,-]\s*)?(?=(?:nam\s*)?(?:\d{4}|\d{2})\s*$)/g;
/**
 * A weekday before a date, at the start of the cell or after 'ngày' ('Thứ hai, ngày 5/3/1990', 'hồi 14 giờ
 * ngày thứ hai 5/3/1990'): 'thứ hai' … 'thứ bảy', 'thứ 2' … 'thứ 7', 'chủ nhật' (folded). Vietnamese counts
 * Sunday as the first day, so 'thứ hai' (the second) is Monday. 'ngày' is kept: it labels the day that follows.
 */
const LEADING_WEEKDAY = /(^|\bngay\s+)(?:thu\s*(hai|ba|tu|nam|sau|bay|[2-7])|(chu\s*nhat))\b\s*[,;:.-]?\s*(?=(?:ngay|mong|mung)?\s*\d)/;
const WEEKDAY_WORDS: Readonly<Record<string, number>> = { hai: 1, ba: 2, tu: 3, nam: 4, sau: 5, bay: 6 };
/**
 * The weekday an English-US Excel's Long Date format ('dddd, mmmm dd, yyyy') writes first, as a
 * CSV exports the date as shown: 'Saturday, March 05, 2016'. Full names only, before a month name
 * or a figure: the short ones ('Thu', 'Sat') are Vietnamese words folded too.
 */
const ENGLISH_WEEKDAY = /^(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\s*,?\s*(?=[a-z]{3,9}\.?\s*\d|\d)/;
const ENGLISH_WEEKDAYS: readonly string[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** '1940?' — only after a full year: '19??' is a year nobody knows, not an approximate one. */
const TRAILING_QUESTION = /(?<!\d)(\d{4})\s*\(?\?+\)?\s*$/;

/** Folded number words 1–9 ('bốn' and 'tư' are both 4; 'lăm' is 5 after 'mười'/'mươi'; 'mốt' folds to 'mot'). */
const UNIT_WORDS: Readonly<Record<string, number>> = { mot: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, lam: 5, sau: 6, bay: 7, tam: 8, chin: 9 };
const UNIT = '(?:mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin)';
/**
 * A day or month written in words after its label: 'tháng ba', 'tháng mười một',
 * 'mồng năm', 'ngày hai mươi mốt'. 'năm' is also the year's label: after 'tháng'
 * it is the month five only before another 'năm' or at the end ('tháng năm năm 1990').
 */
const NUMBER_WORDS = new RegExp(
  `\\b(thang|ngay|mong|mung)\\s+((?:(?:hai|ba)\\s+muoi|muoi)(?:\\s+${UNIT})?|${UNIT})\\b`,
  'g',
);
const YEAR_LABEL_AHEAD = /^\s+nam\b|^\s*$/;

/** 'hai muoi mot' → 21, 'muoi lam' → 15, 'tu' → 4; null for what no day or month can be. */
function numberFromWords(words: string): number | null {
  const parts = words.split(/\s+/);
  let value = 0;
  let index = 0;
  if (parts.length > 1 && parts[1] === 'muoi') {
    value = (UNIT_WORDS[parts[0] ?? ''] ?? 0) * 10;
    index = 2;
  } else if (parts[0] === 'muoi') {
    value = 10;
    index = 1;
  }
  const unit = parts[index];
  if (unit !== undefined) {
    // 'lăm' only follows a ten; a bare 'lam' is not a number.
    if (unit === 'lam' && index === 0) return null;
    value += UNIT_WORDS[unit] ?? 0;
  }
  return value > 0 && value <= 31 ? value : null;
}

/**
 * Days and months written in words → digits. In a lunar date 'tháng một' is the
 * eleventh month (tháng một, tháng chạp: the last two), in a solar one January.
 */
function spellOutNumbers(text: string, lunar: boolean): string {
  return text.replace(NUMBER_WORDS, (match: string, label: string, words: string, offset: number) => {
    let spelled = words;
    let rest = '';
    // 'tháng mười năm 1990': the 'năm' is the year's label, not a five.
    if (label === 'thang' && /(?:^|\s)nam$/.test(words) && !YEAR_LABEL_AHEAD.test(text.slice(offset + match.length))) {
      spelled = words.slice(0, -3).trimEnd();
      rest = ' nam';
      if (spelled === '') return match;
    }
    let value = numberFromWords(spelled);
    if (value === null) return match;
    if (label === 'thang') {
      if (value > 12) return match;
      if (lunar && spelled === 'mot') value = 11;
    }
    return `${label} ${value}${rest}`;
  });
}

/**
 * '75 tuổi', '(82 tuổi)', 'khoảng 80 tuổi', 'thọ 80 tuổi', 'hưởng thọ 85 tuổi', 'tuổi 80',
 * '5 ngày tuổi'; '82t' only as the whole cell, in brackets or after a dash ('t3/1990' is a month).
 * Death books also write the age after 'thọ', 'hưởng thọ' or, for the young, 'hưởng dương'
 * without 'tuổi' ('thọ 85', 'Hưởng thọ: 88'): a number after those words is an age unless a
 * separator and a digit follow it (a date). A bare '85' stays a two-digit year. Before 'tuổi' or
 * after 'thọ' the age's 0 may be typed as a letter O ('thọ 9O', '8O tuổi': lookalike-digits.ts),
 * never before another letter.
 */
const AGE =
  /\(?\s*(?:huong\s+)?(?:(?:tho|duong)\s+)?(?<!\d)\d(?:\d|o(?![a-np-z])){0,2}\s*(?:ngay\s+|thang\s+)?tuoi\b\s*\)?|\(?\s*(?:huong\s+)?(?:(?:tho|duong)\s+)?\btuoi\s+\d{1,3}\b\s*\)?|\(?\s*(?:\bhuong\s+(?:tho|duong)|\btho)\b\s*:?\s*\d(?:\d|o(?![a-np-z])){0,2}(?![\do])(?:\s*t\b)?(?!\s*[/.,-]?\s*\d)\s*\)?|^\d{1,3}\s*t$|\(\s*\d{1,3}\s*t\s*\)|[-–]\s*\d{1,3}\s*t$/g;
const BRACKETED_REMARK = /\([^()\d]*\)|\[[^[\]\d]*\]/g;
/**
 * The register's remark on how the entry was made, typed after the date without
 * brackets: 'ĐKL', 'ĐKQH', 'đăng ký lại', 'ĐK quá hạn', 'đăng ký khai sinh lại',
 * 'quá hạn', 'đúng hạn' (DOMAIN.md §3.3). Only after the date's last figure and
 * only words to the end: nothing that could be part of a date.
 */
const TRAILING_REGISTRATION_REMARK =
  /(?<=\d)[\s.,;:-]*\b(?:dkl|dkqh|(?:dk|dang ky)(?:\s*(?:ks|kt|kh|khai sinh|khai tu|ket hon))?\s*(?:lai|qua han|muon|dung han)|qua han|dung han)\b(?:\s+[a-z]+)*[\s.]*$/;
const ANY_BRACKETED = /\([^()]*\)|\[[^[\]]*\]/g;
/**
 * Any other remark typed after a whole date without brackets ('5/3/1985 sinh đôi', '05/03/1985, con thứ
 * hai', 'ngày 5 tháng 3 năm 1985 tại nhà'): words only, to the end, after a day, a month and a year —
 * after a shorter date the words may be what is missing. Not a place ('tại Vĩnh Yên': the cell holds two
 * values, unread as before), nor a doubt ('5/3/1985 sai', 'chưa chắc', 'cần xác minh': the clerk does not
 * vouch for the date, which stays unread for the officer). Read after every marker word is taken out.
 * (An event's date with its place after 'tại' is split by the field reader: FieldReader.eventDate.)
 */
const DOUBT_WORDS = String.raw`\b(?:sai|nham|chua chac|khong chac|can xac minh|xac minh lai|kiem tra lai|chua ro|khong chinh xac|nghi ngo)\b`;
/** Folded words by which the clerk does not vouch for a date ('sai', 'chưa chắc', 'cần xác minh'). */
export const DATE_DOUBT_WORD = new RegExp(DOUBT_WORDS);
const TRAILING_WORDS_AFTER_FULL_DATE = new RegExp(
  String.raw`^((?:ngay\s*)?\d{1,2}\s*([/.-])\s*\d{1,2}\s*\2\s*(?:\d{4}|\d{2})|(?:ngay|mong|mung)\s*\d{1,2}\s*thang\s*\d{1,2}\s*nam\s*\d{4})[\s,;:.-]+(?!tai\b)(?!.*${DOUBT_WORDS})[a-z][a-z\s,;:.'-]*$`,
);

/**
 * An infant's age as the whole cell without 'tuổi', as death books of newborns write the deceased's birth:
 * '10 ngày', '3 tháng', '2 tuần', '1 tháng 10 ngày', or 'sơ sinh', 'mới sinh', 'mới đẻ' (a newborn). A date
 * puts its label before the figure ('ngày 10', 'tháng 3') or a month after it ('5 tháng 3'): never taken.
 */
const INFANT_AGE = /^\(?\s*(?:\d{1,2}\s*(?:thang|tuan)(?:\s*\d{1,2}\s*ngay)?|\d{1,3}\s*ngay|(?:tre\s+)?so\s+sinh|moi\s+(?:sinh|de))\s*\)?$/;

/** Digits, separators and the field labels only: no marker can be present (hot path for worded dates). */
const LABELS_ONLY = /^(?:[\d\s/.,-]|ngay|thang|nam(?=\s*\d)|mong|mung)*$/;

export function extractDateMarkers(folded: string): DateMarkers {
  if (INFANT_AGE.test(folded.trim())) return { text: '', approximate: false, lunar: false, leapMonth: false, unknown: false, timeDropped: false, age: true };
  if (LABELS_ONLY.test(folded)) return { text: folded, approximate: false, lunar: false, leapMonth: false, unknown: false, timeDropped: false };
  let weekday: number | undefined;
  let unglossed = folded
    .replace(LEADING_WEEKDAY, (_match, before: string, ordinal?: string) => {
      weekday = ordinal === undefined ? 0 : (WEEKDAY_WORDS[ordinal] ?? Number(ordinal) - 1);
      return before;
    })
    .replace(ENGLISH_WEEKDAY, (_match, name: string) => {
      weekday = ENGLISH_WEEKDAYS.indexOf(name);
      return '';
    })
    .replace(SAME_DAY_GLOSS, ' ')
    .replace(DEATH_PHRASE, ' ');
  let cycleYear: number | undefined;
  let cycleGlossYear: number | undefined;
  const cycleName = CYCLE_YEAR.exec(unglossed);
  if (cycleName !== null) {
    const index = cycleIndex(cycleName[1] ?? '', cycleName[2] ?? '');
    // A stem and branch no year pairs ('Giáp Sửu') stay in the text: the cell is unreadable, not yearless.
    if (index !== null) {
      cycleYear = index;
      const after = unglossed.slice(cycleName.index + cycleName[0].length);
      const gloss = CYCLE_GLOSS_YEAR.exec(after);
      if (gloss !== null) cycleGlossYear = Number(gloss[1]);
      unglossed = `${unglossed.slice(0, cycleName.index)} ${after}`;
    }
  }
  let timeDropped = false;
  let text = unglossed.replace(APPROXIMATE_HOUR, ' ').replace(CLOCK_TIME, (_match, hour: string, minute: string, second?: string, meridiem?: string) => {
    const h = Number(hour);
    const isMidnight =
      Number(minute) === 0 && Number(second ?? 0) === 0 && (h === 0 || (h === 12 && meridiem !== undefined && MERIDIEM_AM.test(meridiem)));
    if (!isMidnight) timeDropped = true;
    return ' ';
  });
  if (text.includes('gio')) {
    text = text.replace(BRANCH_HOUR, () => {
      timeDropped = true;
      return ' ';
    });
  }
  text = text.replace(SPOKEN_TIME, (_match, hour: string, minute?: string) => {
    if (Number(hour) !== 0 || Number(minute ?? 0) !== 0) timeDropped = true;
    return ' ';
  });
  text = text.replace(PART_OF_DAY, ' ');

  let age = false;
  text = text.replace(AGE, () => {
    age = true;
    return ' ';
  });

  let unknown = false;
  text = text.replace(UNKNOWN_PHRASE, () => {
    unknown = true;
    return ' ';
  });

  // Before the lunar words are read: those of a gloss bracket do not make the date lunar.
  text = withoutLunarGloss(text, (outside) => spellOutNumbers(outside, false));
  let lunar = false;
  const markLunar = (replacement: string) => () => {
    lunar = true;
    return replacement;
  };
  text = text.replace(LUNAR_FIRST_MONTH, markLunar(' thang 1 ')).replace(LUNAR_LAST_MONTH, markLunar(' thang 12 '));
  text = text.replace(FULL_MOON_DAY, markLunar(' ngay 15 '));
  text = text.replace(LUNAR_WORD, markLunar(' '));
  let leapMonth = false;
  text = text.replace(LEAP_WORD, () => {
    lunar = true;
    leapMonth = true;
    return ' ';
  });
  text = text.replace(SOLAR_WORD, ' ');
  // A year named in the cycle is a lunar year: 'tháng một năm Ất Sửu' is its eleventh month.
  text = spellOutNumbers(text, lunar || cycleYear !== undefined);

  let approximate = false;
  text = text.replace(APPROXIMATE_WORD, () => {
    approximate = true;
    return ' ';
  });
  text = text.replace(QUARTER, () => {
    approximate = true;
    return ' ';
  });
  text = text.replace(TRAILING_QUESTION, (_match, year: string) => {
    approximate = true;
    return year;
  });

  text = text.replace(TRAILING_REGISTRATION_REMARK, ' ');

  // What is left in brackets without a digit is a remark ('(đăng ký lại)', '(sinh đôi)'), not part of the date;
  // so is any bracket after a date written outside it ('12/5/1990 (ĐKL ngày 3/4/2016)', '(QĐ số 12)').
  text = text.replace(BRACKETED_REMARK, ' ');
  if (/[([]/.test(text)) {
    const outside = text.replace(ANY_BRACKETED, ' ');
    if (/\d/.test(outside)) text = outside;
  }
  text = text.trim().replace(TRAILING_WORDS_AFTER_FULL_DATE, '$1');
  const markers: DateMarkers = { text: text.trim(), approximate, lunar, leapMonth, unknown, timeDropped };
  if (age) markers.age = true;
  if (weekday !== undefined) markers.weekday = weekday;
  if (cycleYear !== undefined) markers.cycleYear = cycleYear;
  if (cycleGlossYear !== undefined) markers.cycleGlossYear = cycleGlossYear;
  return markers;
}
