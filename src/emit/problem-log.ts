import { join } from 'node:path';
import { fixVi, messageVi, severityOf } from '../catalog/catalog.js';
import type { Severity } from '../catalog/catalog-entry.js';
import type { BoundFinding } from '../normalize/bound-finding.js';
import { dateVi } from '../normalize/date/date-vi.js';
import { fieldLabelVi } from '../record-types/field-label.js';
import type { RecordTypeDefinition } from '../record-types/record-type.js';
import { AppendFile } from './append-file.js';
import type { Provenance } from './manifest.js';
import { readSpoolLines } from './spool.js';

/** One line of the officers' detail sheet. */
export interface ReportedProblem {
  severity: Severity;
  code: string;
  message: string;
  file: string;
  sheet: string;
  row: number | null;
  column: string;
  value: string;
  normalized: string;
  fix: string;
}

/** Per commune (code, or '' when the row's commune is not known): rows, rejected rows, problems. */
export interface CommuneTally {
  rows: number;
  rejected: number;
  errors: number;
  warnings: number;
}

export interface ProblemCounts {
  byCode: Record<string, number>;
  byCommune: Record<string, CommuneTally>;
}

/** A problem found when the batch is written, held until the detail sheet places it among the rows. */
interface HeldProblem {
  /** Position key (positionKey): file, sheet, row. */
  position: number;
  /** Order of finding: ties keep it. */
  sequence: number;
  line: string;
}

/** Rows per sheet the position key leaves room for (a sheet holds at most 1,048,576 rows). */
const ROWS_PER_SHEET = 2 ** 21;
/** Sheets per file the position key leaves room for. */
const SHEETS_PER_FILE = 2 ** 10;

/**
 * Collects the problems of one batch for errors.xlsx: counts by code and by
 * commune in memory (small), the detail lines spooled to a file in the batch's
 * temporary folder so memory stays flat however many problems there are.
 * Notes (automatic corrections) are counted, not listed.
 *
 * The detail sheet lists problems by file, sheet and row, a file's or a sheet's
 * own problems first. The spool is written in that order as rows are read; the
 * checks made when the batch is written (numbering, repeated IDs, a survivor
 * loaded before) find problems of rows read long before: those are held in
 * memory — a few per cent of a district's rows, no more than the warnings the
 * writer holds for the records anyway — and merged into the spool's stream in
 * place (inSourceOrder).
 */
export class ProblemLog {
  readonly spool: AppendFile;
  counts: ProblemCounts = { byCode: {}, byCommune: {} };
  /** Order in which files, and sheets of a file ('file\u001fsheet', from 1), were first met. */
  private readonly fileRanks = new Map<string, number>();
  private readonly sheetRanks = new Map<string, number>();
  private readonly sheetsOfFile = new Map<string, number>();
  private lastFile: string | undefined;
  private lastSheet: string | undefined;
  private readonly held: HeldProblem[] = [];
  /** Problems of a title line's value, one per sheet and wording (addTitleProblem), with the entries that use it. */
  private readonly titleProblems = new Map<string, { problem: ReportedProblem; entries: number }>();

  constructor(
    folder: string,
    private readonly type: RecordTypeDefinition,
  ) {
    this.spool = new AppendFile(join(folder, 'problems.spool.jsonl'));
  }

  addRow(findings: readonly BoundFinding[], provenance: Provenance, communeCode: string | null, rejected: boolean): void {
    const commune = (this.counts.byCommune[communeCode ?? ''] ??= { rows: 0, rejected: 0, errors: 0, warnings: 0 });
    commune.rows++;
    // Rows come sheet after sheet: a map lookup only when the sheet changes.
    if (provenance.sheet !== this.lastSheet || provenance.file !== this.lastFile) this.rank(provenance.file, provenance.sheet);
    if (rejected) commune.rejected++;
    for (const finding of findings) {
      const severity = severityOf(finding.code);
      this.counts.byCode[finding.code] = (this.counts.byCode[finding.code] ?? 0) + 1;
      if (severity === 'note') continue;
      if (severity === 'error') commune.errors++;
      else commune.warnings++;
      if (finding.titleRow !== undefined) this.addTitleProblem(this.describe(finding, severity, provenance), finding.titleRow, finding.titleSheet);
      else this.spool.write(`${JSON.stringify(this.describe(finding, severity, provenance))}\n`);
    }
  }

  /** One more finding of a row already counted (a check made when the batch is written). */
  addFinding(finding: BoundFinding, provenance: Provenance, communeCode: string | null): void {
    const severity = severityOf(finding.code);
    this.counts.byCode[finding.code] = (this.counts.byCode[finding.code] ?? 0) + 1;
    const commune = this.counts.byCommune[communeCode ?? ''];
    if (commune && severity === 'error') commune.errors++;
    else if (commune && severity === 'warning') commune.warnings++;
    if (severity !== 'note') this.hold(this.describe(finding, severity, provenance));
  }

  /** A problem with a whole file or sheet (unreadable, no header), met while reading it: listed without a row. */
  addFileProblem(code: string, file: string, sheet: string | null, params: Record<string, string | number>): void {
    const problem = this.fileProblem(code, file, sheet, params);
    if (problem === null) return;
    this.rank(file, sheet ?? '');
    this.spool.write(`${JSON.stringify(problem)}\n`);
  }

  /** A problem with a whole sheet found when the batch is written (a gap in a book's numbers): listed first for its sheet. */
  addSheetFinding(code: string, file: string, sheet: string | null, params: Record<string, string | number>): void {
    const problem = this.fileProblem(code, file, sheet, params);
    if (problem !== null) this.hold(problem);
  }

  /**
   * The detail lines in source order: the spool as written, with the problems
   * held at commit merged in at their file, sheet and row (after the row's own).
   */
  async *inSourceOrder(): AsyncIterable<ReportedProblem> {
    for (const { problem, entries } of this.titleProblems.values()) {
      const where = problem.row === null ? 'lấy theo tên trang tính hoặc tên tệp' : `ở dòng tiêu đề ${problem.row}`;
      this.hold({ ...problem, message: `${problem.message} (Giá trị ${where}, dùng cho ${entries} mục đăng ký.)` });
    }
    this.titleProblems.clear();
    const held = this.held.map((problem) => ({ ...problem, position: this.positionOf(JSON.parse(problem.line) as ReportedProblem) }));
    held.sort((a, b) => a.position - b.position || a.sequence - b.sequence);
    let next = 0;
    for await (const line of readSpoolLines(this.spool.path)) {
      const problem = JSON.parse(line) as ReportedProblem;
      const position = this.positionOf(problem);
      for (; next < held.length && held[next]!.position < position; next++) yield JSON.parse(held[next]!.line) as ReportedProblem;
      yield problem;
    }
    for (; next < held.length; next++) yield JSON.parse(held[next]!.line) as ReportedProblem;
  }

  /**
   * A problem of a value every entry without a cell of its own takes from a title line (a commune
   * mistyped in 'UBND XÃ …') or from the sheet's or file's name: listed once for the sheet, at
   * that line and its column — at the entries it would send the officer to cells that do not hold
   * it (column A holds their numbers), once per entry. The records keep it each.
   */
  private addTitleProblem(problem: ReportedProblem, titleRow: number, titleSheet: string | undefined): void {
    const sheet = titleSheet ?? problem.sheet;
    const key = `${problem.file}\u001f${sheet}\u001f${problem.code}\u001f${problem.column}\u001f${problem.message}`;
    const known = this.titleProblems.get(key);
    if (known !== undefined) known.entries++;
    else this.titleProblems.set(key, { problem: { ...problem, sheet, row: titleRow === 0 ? null : titleRow, column: titleRow === 0 ? '' : problem.column }, entries: 1 });
  }

  private hold(problem: ReportedProblem): void {
    this.held.push({ position: 0, sequence: this.held.length, line: JSON.stringify(problem) });
  }

  /** Numbers the file and the sheet in the order first met (a sheet of '' is the file itself). */
  private rank(file: string, sheet: string): void {
    this.lastFile = file;
    this.lastSheet = sheet;
    if (!this.fileRanks.has(file)) this.fileRanks.set(file, this.fileRanks.size);
    const key = `${file}\u001f${sheet}`;
    if (sheet === '' || this.sheetRanks.has(key)) return;
    const sheets = (this.sheetsOfFile.get(file) ?? 0) + 1;
    this.sheetsOfFile.set(file, sheets);
    this.sheetRanks.set(key, sheets);
  }

  /**
   * One number ordering problems by file (in the order read), sheet (in the order read;
   * the file's own problems first) and row (the sheet's own problems first). A file or
   * sheet never met while reading (a check at commit naming it) goes last.
   */
  private positionOf(problem: ReportedProblem): number {
    const file = this.fileRanks.get(problem.file) ?? this.fileRanks.size;
    const sheet = problem.sheet === '' ? 0 : (this.sheetRanks.get(`${problem.file}\u001f${problem.sheet}`) ?? SHEETS_PER_FILE - 1);
    return (file * SHEETS_PER_FILE + Math.min(sheet, SHEETS_PER_FILE - 1)) * ROWS_PER_SHEET + (problem.row ?? 0);
  }

  private fileProblem(code: string, file: string, sheet: string | null, params: Record<string, string | number>): ReportedProblem | null {
    const severity = severityOf(code);
    this.counts.byCode[code] = (this.counts.byCode[code] ?? 0) + 1;
    if (severity === 'note') return null;
    return {
      severity,
      code,
      message: messageVi(code, params),
      file,
      sheet: sheet ?? '',
      row: null,
      column: '',
      value: typeof params.value === 'string' ? params.value : '',
      normalized: '',
      fix: fixVi(code, params) ?? '',
    };
  }

  private describe(finding: BoundFinding, severity: Severity, provenance: Provenance): ReportedProblem {
    const params = { value: finding.value, ...finding.params };
    const message = messageVi(finding.code, params);
    const label = finding.field === 'row' ? '' : fieldLabelVi(this.type, finding.field);
    return {
      severity,
      code: finding.code,
      // The officer needs to know which field; say it unless the message already does.
      message: label === '' || message.includes(label) ? message : `${label}: ${message}`,
      file: provenance.file,
      sheet: provenance.sheet,
      row: provenance.row,
      column: finding.column ?? '',
      value: finding.value ?? '',
      normalized: finding.normalized === undefined ? '' : shownNormalized(finding.normalized),
      fix: fixVi(finding.code, params) ?? '',
    };
  }
}

/** An ISO partial date, as a normalized date value is held in the record. */
const ISO_PARTIAL_DATE = /^\d{4}-\d{2}(?:-\d{2})?$/;

/** The normalized value for the officer's sheet: a date as officers write it (DOMAIN.md §5, '05/03/1990'); the record keeps ISO. */
function shownNormalized(normalized: string): string {
  return normalized.length >= 7 && normalized.length <= 10 && ISO_PARTIAL_DATE.test(normalized) ? dateVi(normalized) : normalized;
}
