import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CellValue } from '../../src/ingest/source-cell.js';
import { normalizeDate } from '../../src/normalize/date/normalize-date.js';

/** Cells as they come out of typed-up registers: [cell, expected value, expected codes in order]. */
type Row = [CellValue, string | null, string[]];

const NO = [] as string[];

const fullDates: Row[] = [
  ['5/3/1990', '1990-03-05', NO],
  ['05/03/1990', '1990-03-05', NO],
  ['  05/03/1990 ', '1990-03-05', NO],
  ['05-03-1990', '1990-03-05', NO],
  ['5.3.1990', '1990-03-05', NO],
  ['5 3 1990', '1990-03-05', NO],
  ['5 / 3 / 1990', '1990-03-05', NO],
  ['05\u00a0/03/1990', '1990-03-05', NO],
  ['5–3–1990', '1990-03-05', NO],
  ['１５/０８/１９７５', '1975-08-15', NO],
  ["'05/03/1990", '1990-03-05', NO],
  // Word's and Excel's autocorrect turn the apostrophe that keeps a cell text into a curly quote
  ['‘05/01/2001', '2001-01-05', NO],
  ['’05/01/2001', '2001-01-05', NO],
  ['“05/01/2001”', '2001-01-05', NO],
  ['1990-03-05', '1990-03-05', NO],
  ['1990-3-5', '1990-03-05', NO],
  ['1990/03/05', '1990-03-05', NO],
  ['1990-03-05 00:00:00', '1990-03-05', NO],
  ['1990-03-05T00:00:00.000Z', '1990-03-05', NO],
  ['05/03/1990 12:00:00 AM', '1990-03-05', NO],
  ['05031990', '1990-03-05', NO],
  ['19900305', '1990-03-05', NO],
  ['5031990', '1990-03-05', NO],
  ['29/02/2000', '2000-02-29', NO],
  ['29/2/1996', '1996-02-29', NO],
  ['31/12/1999', '1999-12-31', NO],
  ['5-Mar-1990', '1990-03-05', NO],
  ['March 5, 1990', '1990-03-05', NO],
];

const wordedDates: Row[] = [
  ['ngày 5 tháng 3 năm 1990', '1990-03-05', NO],
  ['Ngày 05 tháng 03 năm 1990', '1990-03-05', NO],
  ['NGÀY 05 THÁNG 03 NĂM 1990', '1990-03-05', NO],
  ['ngay 5 thang 3 nam 1990', '1990-03-05', NO],
  ['Ngay 5 Thang 3 Nam 1990', '1990-03-05', NO],
  ['5 tháng 3 năm 1990', '1990-03-05', NO],
  ['ngày 5/3/1990', '1990-03-05', NO],
  ['Ngày 5, tháng 3, năm 1990', '1990-03-05', NO],
  ['ngày mồng 2 tháng 9 năm 1945', '1945-09-02', NO],
  ['mùng 10 tháng 10 năm 1954', '1954-10-10', NO],
  ['ngày5tháng3năm1990', '1990-03-05', NO],
  // The labels abbreviated, with or without a space before the number (a death book's 'Ngày sinh').
  ['ng 5 th 3 n 1930', '1930-03-05', NO],
  ['ng5 th3 n1930', '1930-03-05', NO],
  ['15 thg 8, 1975', '1975-08-15', NO], // 'thg': tháng as phones and web forms shorten it
  ['15thg8/1975', '1975-08-15', NO],
  ['ngày 15 thg 8 năm 1975', '1975-08-15', NO],
  ['Ng.5 Th.3 N.1930', '1930-03-05', NO],
  ['ngày5/3/1930', '1930-03-05', NO],
  ['năm1930', '1930', NO],
  ['th3 n1930', '1930-03', NO],
  ['Sinh ngày 5/3/1990', '1990-03-05', NO],
  ['SN: 05/03/1990', '1990-03-05', NO],
  // decomposed Unicode (NFD, as Windows-1258 decoders produce)
  ['ngày 5 tháng 3 năm 1990'.normalize('NFD'), '1990-03-05', NO],
  // undecoded legacy fonts: reference/legacy-encodings.md §3 worked example
  ['ngµy 15 th¸ng 8 n¨m 1975', '1975-08-15', NO],
  ['ngaøy 15 thaùng 8 naêm 1975', '1975-08-15', NO],
  ['NGAØY 15 THAÙNG 8 NAÊM 1975', '1975-08-15', NO],
  ['ngµy\u00a015 th¸ng 8 n¨m 1975', '1975-08-15', NO],
  ['tháng 3 năm 1990', '1990-03', NO],
  ['Tháng 03 năm 1990', '1990-03', NO],
  ['tháng 3/1990', '1990-03', NO],
  ['T3/1990', '1990-03', NO],
  ['t.3/1990', '1990-03', NO],
  ['năm 1950', '1950', NO],
  ['Năm 1950', '1950', NO],
  ['nam 1950', '1950', NO],
  // the day or the month in words, as old books and re-registrations write them
  ['ngày mồng 5 tháng ba năm 1990', '1990-03-05', NO],
  ['ngày 15 tháng mười năm 1990', '1990-10-15', NO],
  ['ngày 20 tháng mười một năm 1990', '1990-11-20', NO],
  ['ngày 2 tháng mười hai năm 1990', '1990-12-02', NO],
  ['ngày 2 tháng tư năm 1990', '1990-04-02', NO],
  ['ngày 2 tháng bốn năm 1990', '1990-04-02', NO],
  ['ngày mồng năm tháng năm năm 1990', '1990-05-05', NO],
  ['Ngày Mười Lăm Tháng Tám Năm 1975', '1975-08-15', NO],
  ['ngày hai mươi mốt tháng chín năm 1990', '1990-09-21', NO],
  ['ngày ba mươi tháng tư năm 1975', '1975-04-30', NO],
  ['ngay 5 thang mot nam 1990', '1990-01-05', NO],
  ['tháng bảy năm 1950', '1950-07', NO],
  ['th¸ng ba n¨m 1950', '1950-03', NO],
  ['ngày ba mươi mốt tháng hai năm 1990', null, ['DATE_IMPOSSIBLE']],
  ['tháng mười ba năm 1990', null, ['DATE_UNPARSEABLE']],
];

const partialDates: Row[] = [
  ['00/00/1950', '1950', NO],
  ['0/0/1950', '1950', NO],
  ['../../1950', '1950', NO],
  ['--/--/1950', '1950', NO],
  ['?/?/1950', '1950', NO],
  ['??/??/1950', '1950', NO],
  ['xx/xx/1950', '1950', NO],
  ['1950', '1950', NO],
  [' 1950 ', '1950', NO],
  ['1950.0', '1950', NO],
  ['../03/1950', '1950-03', NO],
  ['00/03/1950', '1950-03', NO],
  ['?/3/1950', '1950-03', NO],
  ['1?/3/1950', '1950-03', NO], // a half-known day is an unknown day
  ['1990..', '1990', NO], // trailing dots after a whole year
  ['5..3..1990', '1990-03-05', NO],
  ['3/1950', '1950-03', NO],
  ['03/1950', '1950-03', NO],
  ['03-1950', '1950-03', NO],
  ['1950-03', '1950-03', NO],
  ['ngày ... tháng ... năm 1950', '1950', NO],
  ['không rõ ngày tháng, năm 1950', '1950', NO],
  ['không nhớ ngày tháng, năm 1950', '1950', NO],
  ['5/3/1990 (không có giấy chứng sinh)', '1990-03-05', NO],
];

const qualified: Row[] = [
  ['khoảng năm 1940', '1940', ['DATE_APPROXIMATE']],
  ['Khoảng 1940', '1940', ['DATE_APPROXIMATE']],
  ['khoang nam 1940', '1940', ['DATE_APPROXIMATE']],
  ['k. 1940', '1940', ['DATE_APPROXIMATE']],
  ['~1940', '1940', ['DATE_APPROXIMATE']],
  ['1940?', '1940', ['DATE_APPROXIMATE']],
  ['khoảng tháng 3/1940', '1940-03', ['DATE_APPROXIMATE']],
  // A part of the year or month: an old person's birth as the family remembers it.
  ['đầu năm 1940', '1940', ['DATE_APPROXIMATE']],
  ['Cuối năm 1940', '1940', ['DATE_APPROXIMATE']],
  ['giữa năm 1940', '1940', ['DATE_APPROXIMATE']],
  ['cuối tháng 3/1940', '1940-03', ['DATE_APPROXIMATE']],
  // 'rằm': the full moon, day 15 of a lunar month (Tết Canh Thìn fell on 8 February 1940).
  ['rằm tháng Giêng năm 1940', '1940-02-22', ['DATE_LUNAR_CONVERTED']],
  ['Rằm tháng Giêng năm 1940 (âm lịch)', '1940-02-22', ['DATE_LUNAR_CONVERTED']],
  ['ngày rằm tháng 8 năm 1940 âm lịch', '1940-09-16', ['DATE_LUNAR_CONVERTED']],
  ['5/3/1950 âm lịch', '1950-04-21', ['DATE_LUNAR_CONVERTED']],
  ['5/3/1950 am lich', '1950-04-21', ['DATE_LUNAR_CONVERTED']],
  ['5/3/1950 (©m lÞch)', '1950-04-21', ['DATE_LUNAR_CONVERTED']],
  ['kho¶ng n¨m 1940', '1940', ['DATE_APPROXIMATE']],
  ['15/8/1950 (ÂL)', '1950-09-26', ['DATE_LUNAR_CONVERTED']],
  ['ngày 5 tháng Giêng năm 1950', '1950-02-21', ['DATE_LUNAR_CONVERTED']],
  ['tháng Chạp năm 1950', '1951', ['DATE_LUNAR']], // the whole 12th month of 1950 is in 1951
  ['tháng 3 năm 1950 âm lịch', '1950', ['DATE_LUNAR']],
  ['năm 1950 (âm lịch)', '1950', ['DATE_LUNAR']],
  ['30/2/1950 ÂL', '1950-04-16', ['DATE_LUNAR_CONVERTED']], // the 2nd month of 1950 had 30 days
  ['30/12/1950 ÂL', null, ['DATE_IMPOSSIBLE']], // its 12th month had 29
  ['1/1/1985 âm lịch', '1985-01-21', ['DATE_LUNAR_CONVERTED']], // Vietnam's Tết 1985 (UTC+7), a month before China's
  ['mồng 1 tháng Giêng năm 1968 (ÂL)', '1968-01-29', ['DATE_LUNAR_CONVERTED']], // Tết Mậu Thân in the North
  ['ngày 5 tháng một năm 1990 âm lịch', '1990-12-21', ['DATE_LUNAR_CONVERTED']], // lunar 'tháng một' is the 11th month
  ['mồng ba tháng chạp năm 1960', '1961-01-19', ['DATE_LUNAR_CONVERTED']],
  ['ngày 1 tháng 4 nhuận năm 2020', '2020-05-23', ['DATE_LUNAR_CONVERTED']],
  ['ngày 5 tháng 5 nhuận năm 1952', '1952-06-26', ['DATE_LUNAR_CONVERTED']],
  ['ngày 5 tháng 4 nhuận năm 1952', null, ['DATE_IMPOSSIBLE']], // 1952's leap month was the 5th
  ['03/25/1990', '1990-03-25', ['DATE_MONTH_FIRST']],
  ['12/31/1999', '1999-12-31', ['DATE_MONTH_FIRST']],
  ['1121990', '1990-12-01', ['DATE_AMBIGUOUS']],
  ['lúc 14 giờ 30 phút, ngày 5/3/1990', '1990-03-05', ['DATE_TIME_DROPPED']],
  // The wordings of death entries: 'hồi' for the hour, '14g30', the verb before the date, a lunar gloss after it.
  ['Hồi 14 giờ 30 phút, ngày 05 tháng 3 năm 1990', '1990-03-05', ['DATE_TIME_DROPPED']],
  ['Vào hồi 14h30 ngày 5/3/1990', '1990-03-05', ['DATE_TIME_DROPPED']],
  ['ngày 5/3/1990 hồi 14 giờ', '1990-03-05', ['DATE_TIME_DROPPED']],
  ['14g30 ngày 5/3/1990', '1990-03-05', ['DATE_TIME_DROPPED']],
  ['Chết ngày 5/3/1990', '1990-03-05', []],
  ['Mất ngày 5 tháng 3 năm 1990', '1990-03-05', []],
  ['Từ trần ngày 5/3/1990', '1990-03-05', []],
  ['qua đời ngày 5/3/1990', '1990-03-05', []],
  ['ngày 05 tháng 3 năm 1990 (tức ngày 8 tháng 2 năm Canh Ngọ)', '1990-03-05', []],
  ['ngày 05/3/1990, tức 8 tháng 2 Canh Ngọ', '1990-03-05', []],
  ['ngày mùng tư tháng 3 năm 1990', '1990-03-04', NO], // 'mùng tư': the fourth, in words
  ['05/03/1990 14:30', '1990-03-05', ['DATE_TIME_DROPPED']],
  ['5/3/1990 (đăng ký lại)', '1990-03-05', NO],
  // the part of the day, and an hour followed by the date ('9h 12/8/2022' is 9 o'clock on the 12th)
  ['sáng ngày 15/8/2022', '2022-08-15', NO],
  ['đêm 5/3/2019', '2019-03-05', NO],
  ['ngày 5/3/2019 (chiều)', '2019-03-05', NO],
  ['9h 12/8/2022', '2022-08-12', ['DATE_TIME_DROPPED']],
  ['14h 24/8/2022', '2022-08-24', ['DATE_TIME_DROPPED']],
  ['9h12 12/8/2022', '2022-08-12', ['DATE_TIME_DROPPED']],
  // the hour parted from the date by a spaced dash (session 26): the minutes stay the hour's; a date in spaced
  // dashes after an hour alone keeps its day ('10h 5 - 3 - 2018')
  ['14h30 - 5/3/2018', '2018-03-05', ['DATE_TIME_DROPPED']],
  ['14h30 - 05-03-2018', '2018-03-05', ['DATE_TIME_DROPPED']],
  ['14 giờ 30 – 05.03.2018', '2018-03-05', ['DATE_TIME_DROPPED']],
  ['10h 5 - 3 - 2018', '2018-03-05', ['DATE_TIME_DROPPED']],
  ['10h 5-3-2018', '2018-03-05', ['DATE_TIME_DROPPED']],
  // the date's dashes spaced unevenly: still the day, not the minutes
  ['10h 5 -3-2018', '2018-03-05', ['DATE_TIME_DROPPED']],
  ['10h 5 -3- 2018', '2018-03-05', ['DATE_TIME_DROPPED']],
  ['10h 5 - 3- 2018', '2018-03-05', ['DATE_TIME_DROPPED']],
  ['10h 5 - 3 -2018', '2018-03-05', ['DATE_TIME_DROPPED']],
  // the hour joined to a whole date by a bare dash (session 27): the figure before the dash is the minutes
  ['10h30-5/3/1990', '1990-03-05', ['DATE_TIME_DROPPED']],
  ['10h30-05/02/2005', '2005-02-05', ['DATE_TIME_DROPPED']],
  ['10h30-5-3-1990', '1990-03-05', ['DATE_TIME_DROPPED']],
  ['22h15-5.3.1990', '1990-03-05', ['DATE_TIME_DROPPED']],
  ['10h-5/3/1990', '1990-03-05', ['DATE_TIME_DROPPED']],
  // near misses: a date in dashes after an hour alone still gives its day
  ['10h5-3-2018', '2018-03-05', ['DATE_TIME_DROPPED']],
  ['10h 15-03-1990', '1990-03-15', ['DATE_TIME_DROPPED']],
  // an age where a date was expected (old death entries)
  ['75 tuổi', null, ['DATE_AGE_ONLY']],
  ['Khoảng 80 tuổi', null, ['DATE_AGE_ONLY']],
  ['82t', null, ['DATE_AGE_ONLY']],
  ['1940 (82 tuổi)', '1940', NO],
  ['thọ 80 tuổi', null, ['DATE_AGE_ONLY']],
  ['hưởng thọ 85 tuổi', null, ['DATE_AGE_ONLY']],
  ['5 ngày tuổi', null, ['DATE_AGE_ONLY']],
  // an infant's age as the whole cell without 'tuổi' (deaths of newborns): no two-digit year, no month without a year
  ['10 ngày', null, ['DATE_AGE_ONLY']],
  ['3 tháng', null, ['DATE_AGE_ONLY']],
  ['1 tháng 10 ngày', null, ['DATE_AGE_ONLY']],
  ['2 tuần', null, ['DATE_AGE_ONLY']],
  ['Sơ sinh', null, ['DATE_AGE_ONLY']],
  ['mới sinh', null, ['DATE_AGE_ONLY']],
  ['1925 (thọ 80 tuổi)', '1925', NO],
  ['sinh năm 1935 (87t)', '1935', NO],
  // the age after 'thọ', 'hưởng thọ' or 'hưởng dương' (the young) without 'tuổi', as death books write it
  ['thọ 85', null, ['DATE_AGE_ONLY']],
  ['Thọ 91', null, ['DATE_AGE_ONLY']],
  ['hưởng thọ 88', null, ['DATE_AGE_ONLY']],
  ['Hưởng thọ: 88', null, ['DATE_AGE_ONLY']],
  ['hưởng dương 25', null, ['DATE_AGE_ONLY']],
  ['Hưởng dương 25 tuổi', null, ['DATE_AGE_ONLY']],
  ['(thọ 85)', null, ['DATE_AGE_ONLY']],
  ['thọ 85t', null, ['DATE_AGE_ONLY']],
  // its 0 typed as a letter O (s8 regress N6)
  ['thọ 9O', null, ['DATE_AGE_ONLY']],
  ['Hưởng thọ: 1OO', null, ['DATE_AGE_ONLY']],
  ['8O tuổi', null, ['DATE_AGE_ONLY']],
  ['1925 (thọ 8O)', '1925', NO],
  ['1925 (thọ 80)', '1925', NO],
  ['thọ 85, sinh năm 1933', '1933', NO],
  // no one year written (session 27): a branch alone, one year in twelve, or two years; left empty, not guessed
  ['tuổi Ngọ', null, ['DATE_YEAR_UNDETERMINED']],
  ['năm Tý', null, ['DATE_YEAR_UNDETERMINED']],
  ['Hợi', null, ['DATE_YEAR_UNDETERMINED']],
  ['năm Hợi', null, ['DATE_YEAR_UNDETERMINED']],
  ['1945-1946', null, ['DATE_YEAR_UNDETERMINED']],
  ['1945 – 1946', null, ['DATE_YEAR_UNDETERMINED']],
  ['1945 hoặc 1946', null, ['DATE_YEAR_UNDETERMINED']],
  ['từ năm 1945 đến năm 1946', null, ['DATE_YEAR_UNDETERMINED']],
  ['khoảng 1945-1946', null, ['DATE_YEAR_UNDETERMINED']],
  // near misses: a stem and branch name a year; years far apart, or not in order, stay unread; a month stays a month
  ['tuổi Canh Ngọ', '1990', ['DATE_LUNAR']],
  ['1924-2010', null, ['DATE_UNPARSEABLE']],
  ['1946-1945', null, ['DATE_UNPARSEABLE']],
  ['1945-03', '1945-03', NO],
  ['03/1945', '1945-03', NO],
  ['Ngọc', null, ['DATE_UNPARSEABLE']],
  // regression testing (session 27): the second year cut to two digits, as old books write it, and 'hay' (or)
  ['1945-46', null, ['DATE_YEAR_UNDETERMINED']],
  ['1945/46', null, ['DATE_YEAR_UNDETERMINED']],
  ['năm 1945 - 46', null, ['DATE_YEAR_UNDETERMINED']],
  ['1945 hay 1946', null, ['DATE_YEAR_UNDETERMINED']],
  ['1945-11', '1945-11', NO],
  ['1945-44', null, ['DATE_IMPOSSIBLE']],
  ['1945-62', null, ['DATE_IMPOSSIBLE']],
  ['tuoi Ngo', null, ['DATE_YEAR_UNDETERMINED']],
  ['tuổi Dậu', null, ['DATE_YEAR_UNDETERMINED']],
  ['đầu', null, ['DATE_UNPARSEABLE']],
  ['dau', null, ['DATE_UNPARSEABLE']],
  ['1925 - 80t', '1925', NO],
  ['rạng sáng ngày 14/8/2022', '2022-08-14', NO],
  ['tối muộn 14/8/2022', '2022-08-14', NO],
  ['9h12/8/2022', '2022-08-12', ['DATE_TIME_DROPPED']],
  // 'khoảng' before an hour makes the hour approximate, not the day
  ['khoảng 9h ngày 12/8/2022', '2022-08-12', ['DATE_TIME_DROPPED']],
  ['Khoảng 14 giờ 30 ngày 5/3/1990', '1990-03-05', ['DATE_TIME_DROPPED']],
  ['chừng 22:00 ngày 5/3/1990', '1990-03-05', ['DATE_TIME_DROPPED']],
  ['khoảng lúc 9 giờ sáng ngày 5/3/1990', '1990-03-05', ['DATE_TIME_DROPPED']],
  ['khoảng 5/3/1990', '1990-03-05', ['DATE_APPROXIMATE']],
  ['khoảng 1945', '1945', ['DATE_APPROXIMATE']],
  // a bracket after a date written outside it is a remark, digits or not
  ['12/5/1990 (ĐKL ngày 3/4/2016)', '1990-05-12', NO],
  ['05/03/2019 (QĐ số 12)', '2019-03-05', NO],
  ['15/8/1945 (ngày 8 tháng 7 năm Ất Dậu)', '1945-08-15', NO],
  ['12/5/1990 [sinh đôi]', '1990-05-12', NO],
  ['5/3/1990 (sinh đôi)', '1990-03-05', NO],
  ['(quá hạn) 5/3/1990', '1990-03-05', NO],
  // the same remarks typed after the date without brackets (registration dates of re-registered entries)
  ['5/3/1990 - ĐKL', '1990-03-05', NO],
  ['05/03/1990 đăng ký lại', '1990-03-05', NO],
  ['12/5/1990 ĐKQH', '1990-05-12', NO],
  ['12/5/1990 quá hạn', '1990-05-12', NO],
  ['12/5/1990 ĐK quá hạn', '1990-05-12', NO],
  ['12/5/1990 ĐKKS lại', '1990-05-12', NO],
  ['ngày 5 tháng 3 năm 1990 đăng ký lại', '1990-03-05', NO],
  ['5/3/1990 ĐKL âm lịch', '1990-03-31', ['DATE_LUNAR_CONVERTED']],
  // any other remark typed after a whole date without brackets, words only
  ['5/3/1985 sinh đôi', '1985-03-05', NO],
  ['5/3/1985 sinh đôi (con thứ 2)', '1985-03-05', NO],
  ['05/03/1985, con thứ hai', '1985-03-05', NO],
  ['5-3-1985 theo giấy chứng sinh', '1985-03-05', NO],
  ['ngày 5 tháng 3 năm 1985 sinh đôi', '1985-03-05', NO],
  ['5/3/85 sinh đôi', '1985-03-05', ['DATE_TWO_DIGIT_YEAR']],
  ['5/3/1985 âm lịch sinh đôi', '1985-04-24', ['DATE_LUNAR_CONVERTED']],
  // not a doubt the clerk typed after it: the date stays unread for the officer
  ['05/03/2016 sai', null, ['DATE_UNPARSEABLE']],
  ['05/03/2016 chưa chắc', null, ['DATE_UNPARSEABLE']],
  ['05/03/2016, cần xác minh lại', null, ['DATE_UNPARSEABLE']],
  ['5/3/1985 sinh đôi, có thể nhầm', null, ['DATE_UNPARSEABLE']],
  // not after a date short of its day: the words may be what is missing
  ['3/1985 sinh đôi', null, ['DATE_UNPARSEABLE']],
  // underscores for the separators
  ['5_3_1985', '1985-03-05', NO],
  ['05_03_1985', '1985-03-05', NO],
  ['__/__/1985', '1985', NO],
  ['15.8.75', '1975-08-15', ['DATE_TWO_DIGIT_YEAR']],
  // six digits: ddmmyy, read as '05-03-50' is; mmyyyy where no day and month can be read instead
  ['050350', '1950-03-05', ['DATE_TWO_DIGIT_YEAR']],
  ['050390', '1990-03-05', ['DATE_TWO_DIGIT_YEAR']],
  ['311290', '1990-12-31', ['DATE_TWO_DIGIT_YEAR']],
  ['031950', '1950-03', NO],
  ['101950', '1950-10', NO],
  ['5/3/90', '1990-03-05', ['DATE_TWO_DIGIT_YEAR']],
  ['3/90', '1990-03', ['DATE_TWO_DIGIT_YEAR']],
  ['12/85', '1985-12', ['DATE_TWO_DIGIT_YEAR']], // the second field is no month: month/year
  ['../90', '1990', ['DATE_TWO_DIGIT_YEAR']],
  ['12.85', '1985-12', ['DATE_TWO_DIGIT_YEAR']],
  ['12/00', '2000-12', ['DATE_TWO_DIGIT_YEAR']], // month 00 does not exist: December 2000
  ['5-Mar-90', '1990-03-05', ['DATE_TWO_DIGIT_YEAR']],
  ['32937', '1990-03-05', ['DATE_EXCEL_SERIAL']],
  ['32937.0', '1990-03-05', ['DATE_EXCEL_SERIAL']],
];

/** The letter O typed for 0 and l or I for 1, in an otherwise numeric date (typewriter habits, typists' slips). */
const lookalikeLetters: Row[] = [
  ['05/03/199O', '1990-03-05', ['DATE_LETTER_AS_DIGIT']],
  ['O5/O3/1990', '1990-03-05', ['DATE_LETTER_AS_DIGIT']],
  ['o5/o3/1990', '1990-03-05', ['DATE_LETTER_AS_DIGIT']],
  ['l5/3/1990', '1990-03-15', ['DATE_LETTER_AS_DIGIT']],
  ['5/3/l990', '1990-03-05', ['DATE_LETTER_AS_DIGIT']],
  ['5/3/I990', '1990-03-05', ['DATE_LETTER_AS_DIGIT']],
  ['5/ll/1990', '1990-11-05', ['DATE_LETTER_AS_DIGIT']],
  [' O5.O3.199O ', '1990-03-05', ['DATE_LETTER_AS_DIGIT']],
  ['O5O3199O', '1990-03-05', ['DATE_LETTER_AS_DIGIT']],
  ['199O', '1990', ['DATE_LETTER_AS_DIGIT']],
  ['l5.3.9O', '1990-03-15', ['DATE_LETTER_AS_DIGIT', 'DATE_TWO_DIGIT_YEAR']],
  // Two capital I are a Roman month (below), never 11.
  ['5/II/1990', '1990-02-05', NO],
];

/** A zero typed before a two-digit day or month, or before the year: read without it, warned of. */
const extraZeros: Row[] = [
  ['010/02/1949', '1949-02-10', ['DATE_EXTRA_ZERO_DROPPED']],
  ['005/02/1950', '1950-02-05', ['DATE_EXTRA_ZERO_DROPPED']],
  ['05/011/1948', '1948-11-05', ['DATE_EXTRA_ZERO_DROPPED']],
  ['010.012.1955', '1955-12-10', ['DATE_EXTRA_ZERO_DROPPED']],
  ['10/02/01949', '1949-02-10', ['DATE_EXTRA_ZERO_DROPPED']],
  // The zero dropped must still leave a date: no day 32, no three-digit figure of another value.
  ['032/02/1949', null, ['DATE_UNPARSEABLE']],
  ['100/02/1949', null, ['DATE_UNPARSEABLE']],
  ['10/02/19490', null, ['DATE_UNPARSEABLE']],
  ['10/02/001949', null, ['DATE_UNPARSEABLE']],
  // Nor a date read only with day and month exchanged: 020 may be 02 typed with its zero twice.
  ['10/020/1949', null, ['DATE_UNPARSEABLE']],
  ['012/13/1949', null, ['DATE_UNPARSEABLE']],
];

/** A four-digit year typed with a space inside it: joined where nothing else can be meant. */
const spacedYears: Row[] = [
  ['19 78', '1978', ['DATE_YEAR_SPACE_JOINED']],
  ['1 978', '1978', ['DATE_YEAR_SPACE_JOINED']],
  ['197 8', '1978', ['DATE_YEAR_SPACE_JOINED']],
  ['20 15', '2015', ['DATE_YEAR_SPACE_JOINED']],
  ['5/3/19 78', '1978-03-05', ['DATE_YEAR_SPACE_JOINED']],
  ['05/03/1 978', '1978-03-05', ['DATE_YEAR_SPACE_JOINED']],
  ['5.3.19 90', '1990-03-05', ['DATE_YEAR_SPACE_JOINED']],
  // A day and a month as well ('19/12', '20/05' with no year): not guessed.
  ['19 12', null, ['DATE_YEAR_MISSING']],
  ['20 05', null, ['DATE_YEAR_MISSING']],
  // Not a year of this era once joined: left to the other readings ('12 78' is December 1978).
  ['12 78', '1978-12', ['DATE_TWO_DIGIT_YEAR']],
  // Spaces as the separators of a whole date stay separators.
  ['5 3 1990', '1990-03-05', NO],
];

/** Months as Roman numerals, as older documents date them ('2-IX-1945'): read as written, no finding. */
const romanMonths: Row[] = [
  ['2-IX-1945', '1945-09-02', NO],
  ['15/VIII/1975', '1975-08-15', NO],
  ['15.VIII.1975', '1975-08-15', NO],
  ['ngày 2 - IX - 1945', '1945-09-02', NO],
  ['ngày 5 tháng XII năm 1950', '1950-12-05', NO],
  ['tháng IV/1950', '1950-04', NO],
  ['IV/1950', '1950-04', NO],
  ['5/IV/50', '1950-04-05', ['DATE_TWO_DIGIT_YEAR']],
  // Two months, or a numeral no month has: no date.
  ['IV/V/1990', null, ['DATE_UNPARSEABLE']],
  ['XV/3/1990', null, ['DATE_UNPARSEABLE']],
  ['tháng II', null, ['DATE_UNPARSEABLE']],
];

const unknownOrEmpty: Row[] = [
  ['', null, NO],
  ['   ', null, NO],
  [null, null, NO],
  ['không rõ', null, ['DATE_UNKNOWN']],
  ['Không rõ', null, ['DATE_UNKNOWN']],
  ['KR', null, ['DATE_UNKNOWN']],
  // nobody remembers, or there is none: said not known, not a date typed wrong (no rejection)
  ['Không nhớ', null, ['DATE_UNKNOWN']],
  ['không nhớ rõ', null, ['DATE_UNKNOWN']],
  ['không có', null, ['DATE_UNKNOWN']],
  ['Không', null, ['DATE_UNKNOWN']],
  // a partly known year: the century is no year
  ['19..', null, ['DATE_UNKNOWN']],
  ['../../19..', null, ['DATE_UNKNOWN']],
  ['19??', null, ['DATE_UNKNOWN']],
  ['19xx', null, ['DATE_UNKNOWN']],
  ['năm 19..', null, ['DATE_UNKNOWN']],
  ['00/00/0000', null, ['DATE_UNKNOWN']],
  ['../../....', null, ['DATE_UNKNOWN']],
  ['-', null, ['DATE_UNKNOWN']],
  ['0', null, ['DATE_UNKNOWN']],
  // Excel's display of a date its column was too narrow for, written as is to the CSV: the date is in the workbook.
  ['########', null, ['DATE_COLUMN_TOO_NARROW']],
  [' ###### ', null, ['DATE_COLUMN_TOO_NARROW']],
  ['###', null, ['DATE_COLUMN_TOO_NARROW']],
];

const rejected: Row[] = [
  // Not Excel's too-narrow display: fewer than 3 '#', or '#' beside something else.
  ['##', null, ['DATE_UNPARSEABLE']],
  ['#05/03/1990#', null, ['DATE_UNPARSEABLE']],
  ['31/02/1990', null, ['DATE_IMPOSSIBLE']],
  ['30/02/1990', null, ['DATE_IMPOSSIBLE']],
  ['29/02/1991', null, ['DATE_IMPOSSIBLE']],
  ['29/02/1900', null, ['DATE_IMPOSSIBLE']],
  ['31/04/1990', null, ['DATE_IMPOSSIBLE']],
  ['31/06/1985', null, ['DATE_IMPOSSIBLE']],
  ['31/09/1985', null, ['DATE_IMPOSSIBLE']],
  ['31/11/1985', null, ['DATE_IMPOSSIBLE']],
  ['ngày 31 tháng 4 năm 1990', null, ['DATE_IMPOSSIBLE']],
  ['15/13/1990', null, ['DATE_IMPOSSIBLE']],
  ['ngày 5 tháng 13 năm 1990', null, ['DATE_IMPOSSIBLE']],
  ['32/1/1990', null, ['DATE_IMPOSSIBLE']],
  ['15/00/1990', null, ['DATE_IMPOSSIBLE']],
  ['02/30/1990', null, ['DATE_IMPOSSIBLE']],
  ['31021990', null, ['DATE_IMPOSSIBLE']],
  ['abc', null, ['DATE_UNPARSEABLE']],
  ['sinh ngày 5/3/1990 tại Vĩnh Yên', null, ['DATE_UNPARSEABLE']],
  ['5/3/1990 - 6/3/1990', null, ['DATE_UNPARSEABLE']],
  // six digits that are no ddmmyy (month 13, day 32) nor an unambiguous mmyyyy
  ['051390', null, ['DATE_UNPARSEABLE']],
  ['320390', null, ['DATE_UNPARSEABLE']],
  ['000000', null, ['DATE_UNPARSEABLE']],
  ['121950', null, ['DATE_UNPARSEABLE']], // December 1950 or 1 February 1950: not guessed
  ['111950', null, ['DATE_UNPARSEABLE']],
  ['531950', null, ['DATE_UNPARSEABLE']],
  ['310250', null, ['DATE_IMPOSSIBLE']], // 31 February
  // a bare number after nothing is a two-digit year, whatever the column: only 'thọ' makes it an age
  ['thọ 5/3/1933', null, ['DATE_UNPARSEABLE']],
  // letters for digits only in an otherwise numeric date that they make valid
  ['31/O2/1990', null, ['DATE_UNPARSEABLE']],
  ['lO', null, ['DATE_UNPARSEABLE']],
  ['l9', null, ['DATE_UNPARSEABLE']],
  ['OO/OO/OOOO', null, ['DATE_UNPARSEABLE']],
  ['tháng O3/1990', null, ['DATE_UNPARSEABLE']],
  ['ngày O5 tháng 3 năm 1990', null, ['DATE_UNPARSEABLE']],
  ['Lò', null, ['DATE_UNPARSEABLE']],
  // more after the date than a register's remark
  ['12/5/1990 ĐKL ngày 3/4/2016', null, ['DATE_UNPARSEABLE']],
  ['12/5/1990 tại Vĩnh Yên', null, ['DATE_UNPARSEABLE']],
  [true, null, ['DATE_UNPARSEABLE']],
  ['5/3', null, ['DATE_YEAR_MISSING']],
  ['25/12', null, ['DATE_YEAR_MISSING']],
  // without a registration date to place a month/year (the registration date itself), two fields that can be a day and a month are one (DOMAIN.md §5)
  ['05/03', null, ['DATE_YEAR_MISSING']],
  ['5/03', null, ['DATE_YEAR_MISSING']],
  ['10/10', null, ['DATE_YEAR_MISSING']],
  ['05/01', null, ['DATE_YEAR_MISSING']],
  ['05/03/', null, ['DATE_YEAR_MISSING']],
  ['20/03', null, ['DATE_YEAR_MISSING']],
  ['5.03', null, ['DATE_YEAR_MISSING']],
  ['../03', null, ['DATE_YEAR_MISSING']],
  ['5/3 ĐKL', null, ['DATE_YEAR_MISSING']],
  // a year half written is a year the book does not give
  ['5/3/19..', null, ['DATE_YEAR_MISSING']],
  ['05/03/19??', null, ['DATE_YEAR_MISSING']],
  ['ngày 5 tháng 3', null, ['DATE_YEAR_MISSING']],
  ['5 tháng 3', null, ['DATE_YEAR_MISSING']], // a day and a month, not an infant's age
  ['ngày 10', null, ['DATE_YEAR_MISSING']],
  ['05/03/....', null, ['DATE_YEAR_MISSING']],
  ['1849', null, ['DATE_OUT_OF_RANGE']],
  ['15/08/1700', null, ['DATE_OUT_OF_RANGE']],
  ['2099', null, ['DATE_OUT_OF_RANGE']],
  ['01/01/2031', null, ['DATE_OUT_OF_RANGE']],
];

function check([cell, value, codes]: Row): void {
  const result = normalizeDate(cell);
  expect(result.value).toBe(value);
  expect(result.findings.map((finding) => finding.code)).toEqual(codes);
}

describe('normalizeDate: shapes of register cells', () => {
  // A fixed "today" so the current-year limit does not drift (two-digit years, range).
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-06-15T08:00:00Z'));
  });
  afterAll(() => {
    vi.useRealTimers();
  });

  it.each(fullDates)('full date %j → %s', (...row) => check(row));
  it.each(wordedDates)('worded date %j → %s', (...row) => check(row));
  it.each(partialDates)('partial date %j → %s (precision kept, never padded)', (...row) => check(row));
  it.each(qualified)('qualified %j → %s %j', (...row) => check(row));
  it.each(lookalikeLetters)('look-alike letters %j → %s %j', (...row) => check(row));
  it.each(spacedYears)('year typed with a space %j → %s %j', (...row) => check(row));
  it.each(extraZeros)('zero typed before a day, month or year %j → %s %j', (...row) => check(row));
  it.each(romanMonths)('Roman-numeral months %j → %s %j', (...row) => check(row));
  it.each(unknownOrEmpty)('unknown or empty %j → %s %j', (...row) => check(row));
  it.each(rejected)('rejected %j → %s %j', (...row) => check(row));

  it('gives from/to on corrections and the reading on warnings', () => {
    expect(normalizeDate('15.8.75').findings[0]).toMatchObject({ from: '15.8.75', to: '1975-08-15' });
    // The officer reads the date day first (DOMAIN.md §5), not in the record's ISO form.
    expect(normalizeDate('03/25/1990').findings[0]).toMatchObject({ params: { result: '25/03/1990' } });
    expect(normalizeDate('1121990').findings[0]).toMatchObject({ params: { candidates: '01/12/1990, 11/02/1990' } });
    expect(normalizeDate('không rõ').findings[0]).toMatchObject({ from: 'không rõ', to: '' });
    expect(normalizeDate('2099').findings[0]).toMatchObject({ params: { year: 2099, min: 1850, max: 2025 } });
    expect(normalizeDate('tháng Chạp năm 1950').findings[0]).toMatchObject({ params: { year: 1951 } });
    // what was typed, what was read: the note of an automatic correction
    expect(normalizeDate(' O5/O3/199O ').findings[0]).toMatchObject({ from: 'O5/O3/199O', to: '1990-03-05', params: { digits: '05/03/1990' } });
    expect(normalizeDate('050350').findings[0]).toMatchObject({ from: '050350', to: '1950-03-05' });
  });

  it('does not read month-first when labels fix the order', () => {
    expect(normalizeDate('ngày 03 tháng 25 năm 1990').findings[0]?.code).toBe('DATE_IMPOSSIBLE');
  });

  it('accepts the current year and rejects the next (year in Vietnam, UTC+7)', () => {
    expect(normalizeDate('2025').value).toBe('2025');
    expect(normalizeDate('2026').findings[0]?.code).toBe('DATE_OUT_OF_RANGE');
    vi.setSystemTime(new Date('2025-12-31T18:00:00Z')); // already 01/01/2026 in Hà Nội
    expect(normalizeDate('2026').value).toBe('2026');
    vi.setSystemTime(new Date('2025-06-15T08:00:00Z'));
  });
});
