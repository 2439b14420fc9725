/**
 * The finding codes the date normalizer emits. Severity and wording live in
 * src/catalog/date-codes.ts, keyed on these strings.
 */
export const DATE_CODES = {
  /** error: nothing date-like could be read. */
  unparseable: 'DATE_UNPARSEABLE',
  /** warning: '########', Excel's display of a date its column was too narrow for, exported as is; value left empty. */
  columnTooNarrow: 'DATE_COLUMN_TOO_NARROW',
  /** error: day/month read but no year. */
  yearMissing: 'DATE_YEAR_MISSING',
  /** warning: a registration date typed without its year took its book's (src/record-types/registration-fields.ts, not the normalizer). */
  yearFromBook: 'DATE_YEAR_FROM_BOOK',
  /** warning: a registration date of another year than its book's (src/record-types/registration-fields.ts, not the normalizer). */
  yearNotBook: 'DATE_YEAR_NOT_BOOK',
  /** error: a day or month that no calendar has (31/02, month 13, Excel's 1900-02-29). */
  impossible: 'DATE_IMPOSSIBLE',
  /** error: year before 1850 or after the current year. */
  outOfRange: 'DATE_OUT_OF_RANGE',
  /** note: a two-digit year was expanded to four digits. */
  twoDigitYear: 'DATE_TWO_DIGIT_YEAR',
  /** warning: a two-digit year just past the registration year, read a century back (~99 years before it). */
  centuryDoubtful: 'DATE_CENTURY_DOUBTFUL',
  /** warning: a deceased's birth year named only in the sexagenary cycle, the year of that name 60 years earlier possible too. */
  cycleYearDoubtful: 'DATE_CYCLE_YEAR_DOUBTFUL',
  /** note: a bare number was read as an Excel date serial. */
  excelSerial: 'DATE_EXCEL_SERIAL',
  /** note: a time of day in the cell was dropped. */
  timeDropped: 'DATE_TIME_DROPPED',
  /** note: an event's date typed with its place after 'tại', the date read (FieldReader.eventDate, not the normalizer). */
  placeSplit: 'DATE_PLACE_SPLIT',
  /** warning: a deceased's or spouse's 'Ngày, nơi sinh' cell whose date part is not read; left empty, the cell kept in raw (FieldReader). */
  placeDateUnread: 'DATE_PLACE_DATE_UNREAD',
  /** note: the cell says the date is unknown ('không rõ', '00/00/0000'); value left empty. */
  unknown: 'DATE_UNKNOWN',
  /** warning: a date cell whose serial is a year (1925 typed into a dd/mm/yyyy cell shows 08/04/1905); read as that year. */
  yearInDateCell: 'DATE_YEAR_IN_DATE_CELL',
  /** warning: an age ('75 tuổi') where a date was expected; value left empty. */
  ageOnly: 'DATE_AGE_ONLY',
  /** warning: a year told only by its branch ('tuổi Ngọ') or as two years ('1945-1946'); value left empty. */
  yearUndetermined: 'DATE_YEAR_UNDETERMINED',
  /** warning: 'khoảng năm 1940' — kept at the precision given. */
  approximate: 'DATE_APPROXIMATE',
  /** warning: a lunar-calendar month or year, which no solar date matches; only the year is kept. */
  lunar: 'DATE_LUNAR',
  /** note: a whole lunar-calendar date converted to its solar date. */
  lunarConverted: 'DATE_LUNAR_CONVERTED',
  /** warning: read as month/day/year because the second field exceeded 12. */
  monthFirst: 'DATE_MONTH_FIRST',
  /** warning: a date that reads either way ('1/3/2012'), read month/day/year as the other dates of its column show. */
  monthFirstColumn: 'DATE_MONTH_FIRST_COLUMN',
  /** note: a Date cell of a column typed d/m/yyyy on a US-locale PC, read with day and month exchanged back. */
  usLocaleSwapped: 'DATE_US_LOCALE_SWAPPED',
  /** warning: the same, where the column's evidence is less than certain. */
  usLocaleLikely: 'DATE_US_LOCALE_LIKELY',
  /** note: letters typed for the digits they look like ('05/03/199O': O for 0, l or I for 1) were read as those digits. */
  letterAsDigit: 'DATE_LETTER_AS_DIGIT',
  /** note: a four-digit year typed with a space inside it ('19 78', '5/3/19 78') was read joined. */
  yearSpaceJoined: 'DATE_YEAR_SPACE_JOINED',
  /** warning: a zero typed before a two-digit day or month or before the year ('010/02/1949') was dropped. */
  extraZeroDropped: 'DATE_EXTRA_ZERO_DROPPED',
  /** warning: a 7-digit compact date that can be read two ways. */
  ambiguous: 'DATE_AMBIGUOUS',
} as const;

export type DateCode = (typeof DATE_CODES)[keyof typeof DATE_CODES];
