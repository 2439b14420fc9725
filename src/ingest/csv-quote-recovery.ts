import Papa from 'papaparse';

/**
 * Reads back the lines one bad quote made papaparse swallow, with papaparse.
 *
 * papaparse reads a field that starts with a quote up to a quote followed by the
 * delimiter or the line end, however many lines later (RFC 4180). A quote typed by
 * hand ('"Bin" là tên ở nhà' in Ghi chú, a name whose closing quote was never typed)
 * then swallows the entries after it into one field, and they vanish from the count.
 * Where papaparse reports a quote error on a record whose text runs over several
 * lines, and the line after its first looks like a whole entry (as many delimiters as
 * the last sound record) or the quote stayed open to the end of the file, the record
 * is taken apart at its line ends: its first line is read on its own, as typed from
 * the bad quote on — an entry when its quotes close inside the field and it then has as
 * many fields as the last sound record (the quotes are text), else rejected — and the lines after it are parsed again (with
 * this same recovery), each as its own record. A record of one line with a bad quote
 * is read so too. A quoted address typed with Alt+Enter has
 * no quote error, or continuation lines that are no entries, and stays whole.
 * A record whose quotes are escaped with a backslash ('"Theo \"Tờ khai\" số 3"', as MySQL,
 * PHP and many web tools write them, instead of RFC 4180's doubled quote) is read whole
 * when papaparse reads its text so without an error (readBackslashEscaped).
 */
export type CsvQuoteProblem = 'CSV_QUOTE_UNTERMINATED' | 'CSV_MALFORMED_QUOTES';

export interface CsvRecord {
  /** Every field, empty ones included. */
  fields: string[];
  problem?: CsvQuoteProblem;
}

/** A quote escaped with a backslash instead of doubled. */
const BACKSLASH_QUOTE = '\\"';

/** Records need this many fields before their width says what a whole entry looks like (title lines have one). */
const MIN_RECORD_FIELDS = 3;

export class CsvQuoteRecovery {
  /** Fields of the last record read without a quote problem (at least MIN_RECORD_FIELDS), 0 before one. */
  private recordFields = 0;

  constructor(private readonly delimiter: string) {}

  /**
   * The records in one record papaparse read: its step result, and its text in
   * the file (from the previous record's meta.cursor to its own), asked for only
   * when papaparse reports an error on it.
   */
  read(result: Papa.ParseStepResult<string[]>, recordText: () => string): CsvRecord[] {
    const fields = result.data;
    const error = result.errors[0];
    if (!error) {
      if (fields.length >= MIN_RECORD_FIELDS) this.recordFields = fields.length;
      return [{ fields }];
    }
    const escaped = error.type === 'Quotes' ? this.readBackslashEscaped(recordText(), result.meta.linebreak) : undefined;
    if (escaped) return escaped;
    const swallowed = error.type === 'Quotes' ? this.splitSwallowedLines(recordText(), result.errors, result.meta.linebreak) : undefined;
    return swallowed ?? [{ fields, problem: error.code === 'MissingQuotes' ? 'CSV_QUOTE_UNTERMINATED' : 'CSV_MALFORMED_QUOTES' }];
  }

  /** The records of a text held in memory (lines a bad quote swallowed), parsed by papaparse with this recovery. */
  readText(text: string, newline: string): CsvRecord[] {
    const records: CsvRecord[] = [];
    let recordStart = 0;
    Papa.parse<string[]>(text, {
      delimiter: this.delimiter,
      newline: newline as Papa.ParseConfig['newline'],
      skipEmptyLines: false,
      step: (result) => {
        const start = recordStart;
        records.push(...this.read(result, () => text.slice(start, result.meta.cursor)));
        recordStart = result.meta.cursor;
      },
    });
    return records;
  }

  /**
   * The records of a text whose quotes are escaped with a backslash ('\"'), when papaparse
   * reads it so without any error; else undefined. One such record may have swallowed the
   * lines after it (a '\"' closing its field reads as a doubled quote), so it may give several.
   * A text without a backslash before a quote, or one still faulty so read, is left to the rest.
   */
  private readBackslashEscaped(recordText: string, newline: string): CsvRecord[] | undefined {
    if (!recordText.includes(BACKSLASH_QUOTE)) return undefined;
    const text = recordText.endsWith(newline) ? recordText.slice(0, -newline.length) : recordText;
    const config = { delimiter: this.delimiter, newline: newline as Papa.ParseConfig['newline'], skipEmptyLines: false, escapeChar: '\\' };
    const parsed = Papa.parse<string[]>(text, config);
    if (parsed.errors.length > 0 || parsed.data.length === 0) return undefined;
    for (const fields of parsed.data) if (fields.length >= MIN_RECORD_FIELDS) this.recordFields = fields.length;
    return parsed.data.map((fields) => ({ fields }));
  }

  /** The lines of a record whose bad quote swallowed the entries after it, or undefined when it is one record after all. */
  private splitSwallowedLines(recordText: string, errors: Papa.ParseError[], newline: string): CsvRecord[] | undefined {
    const text = recordText.endsWith(newline) ? recordText.slice(0, -newline.length) : recordText;
    const firstEnd = text.indexOf(newline);
    if (firstEnd === -1) {
      const alone = this.readBadLine(text, newline);
      return alone.problem === undefined ? [alone] : undefined;
    }
    const rest = text.slice(firstEnd + newline.length);
    const openToEnd = errors.some((error) => error.code === 'MissingQuotes');
    if (!openToEnd && !this.looksLikeRecord(rest, newline)) return undefined;
    return [this.readBadLine(text.slice(0, firstEnd), newline), ...this.readText(rest, newline)];
  }

  /** Whether the first line of the text has as many delimiters as the last sound record: an entry of its own, not the rest of a field. */
  private looksLikeRecord(text: string, newline: string): boolean {
    if (this.recordFields === 0) return false;
    const lineEnd = text.indexOf(newline);
    const line = lineEnd === -1 ? text : text.slice(0, lineEnd);
    let fields = 1;
    for (let at = line.indexOf(this.delimiter); at !== -1; at = line.indexOf(this.delimiter, at + 1)) {
      if (++fields >= this.recordFields) return true;
    }
    return false;
  }

  /**
   * One line whose quote went wrong, read alone by papaparse: the fields before the
   * bad quote as parsed, from the bad quote on as typed (quotes kept, split at each
   * delimiter), so raw shows what the clerk typed. A quote closed and followed by
   * text is CSV_MALFORMED_QUOTES, one never closed on its line CSV_QUOTE_UNTERMINATED.
   */
  private readBadLine(line: string, newline: string): CsvRecord {
    const config = { delimiter: this.delimiter, newline: newline as Papa.ParseConfig['newline'], skipEmptyLines: false };
    const parsed = Papa.parse<string[]>(line, config);
    const quoteError = parsed.errors.find((error) => error.type === 'Quotes');
    if (quoteError?.index === undefined) return { fields: parsed.data[0] ?? [''], problem: 'CSV_MALFORMED_QUOTES' };
    // papaparse reports the position just after the field's opening quote.
    const quoteAt = quoteError.index - 1;
    const before = quoteAt > 0 ? (Papa.parse<string[]>(line.slice(0, quoteAt), config).data[0] ?? ['']).slice(0, -1) : [];
    const fields = [...before, ...line.slice(quoteAt).split(this.delimiter)];
    const problem = parsed.errors.some((error) => error.code === 'InvalidQuotes') ? 'CSV_MALFORMED_QUOTES' : 'CSV_QUOTE_UNTERMINATED';
    // Quotes closed inside the field ('"Bống" là tên ở nhà', '"Thôn 5", xã Quất Lưu') on a line that, split as typed,
    // has as many fields as the file's entries: the clerk's punctuation, read as typed as a quote inside a field is.
    // A quote never closed leaves the line's end in doubt: rejected.
    if (problem === 'CSV_MALFORMED_QUOTES' && fields.length === this.recordFields) {
      // A field enclosed in quotes whose own quotes were not doubled ('"Tên ở nhà "Tý" theo lời khai"'): its text inside them.
      const field = fields[before.length]!;
      if (field.length > 2 && field.endsWith('"')) fields[before.length] = field.slice(1, -1);
      return { fields };
    }
    return { fields, problem };
  }
}
