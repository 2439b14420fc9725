import { basename } from 'node:path';
import type { Logger } from 'pino';
import { fixVi, messageVi, SEVERITY_VI, severityOf } from '../catalog/catalog.js';
import { UnreadableFileError, unreadableReason } from '../ingest/open-sheets.js';
import { AliasIndex } from '../ingest/alias-index.js';
import type { DetectedHeader } from '../ingest/header-detect.js';
import { DEFAULT_NORMALIZE_OPTIONS } from '../normalize/normalize-options.js';
import { RECORD_TYPES } from '../record-types/registry.js';
import { fieldLabelVi } from '../record-types/field-label.js';
import { RECORD_TYPE_NAMES, type RecordTypeName } from '../record-types/record-type.js';
import { readRegister, type RegisterEvent } from '../run/read-register.js';
import { sheetWithoutHeaderProblem, type SheetWithoutHeader } from '../run/sheet-without-header.js';

const EXAMPLES_PER_CODE = 3;

interface CodeTally {
  count: number;
  examples: string[];
}

/** What `hotich check` found: the report it prints, and whether the file could not be read at all (the command then exits 1). */
export interface CheckResult {
  report: string;
  unreadable: boolean;
}

/** `hotich check <file>`'s report (checkFile). */
export async function runCheck(path: string, type: RecordTypeName | undefined, logger: Logger): Promise<string> {
  return (await checkFile(path, type, logger)).report;
}

/**
 * Reads one register as a run would (no district, so commune names are matched
 * across the province) and returns a short report of counts per problem code
 * with the first places to look, and whether the file could not be read (encrypted,
 * cut short, an .xls, empty: what a run reports as the file's error). Writes nothing.
 */
export async function checkFile(path: string, type: RecordTypeName | undefined, logger: Logger): Promise<CheckResult> {
  const types = type ? [type] : RECORD_TYPE_NAMES;
  // Every type's index: with --type, a sheet of another register is known as such and skipped.
  const indexes = RECORD_TYPE_NAMES.map((name) => new AliasIndex(RECORD_TYPES[name]));
  const file = basename(path);
  const lines: string[] = [`Tệp: ${file}`];
  const tallies = new Map<string, CodeTally>();
  const counts = { rowsRead: 0, clean: 0, rejected: 0, skipped: 0, notRead: 0 };
  // Sheets without a header: their line, completed with the rows left unread once they are counted.
  const unread = new Map<string, { line: number } & SheetWithoutHeader>();
  let unreadable = false;
  const tally = (code: string, where: string): void => {
    const entry = tallies.get(code) ?? { count: 0, examples: [] };
    entry.count++;
    // A title line's problem is met at every entry using it: one place to look.
    if (entry.examples.length < EXAMPLES_PER_CODE && !entry.examples.includes(where)) entry.examples.push(where);
    tallies.set(code, entry);
  };
  try {
    const events = readRegister(path, { provinceCode: '26', districtCode: '', file, options: DEFAULT_NORMALIZE_OPTIONS, indexes, types });
    for await (const event of events) {
      if (event.kind === 'sheet') {
        if (event.damaged !== undefined) {
          lines.push(sheetLine(event.sheet, `bị hỏng (${event.damaged}), bỏ qua cả trang`));
          tally('SHEET_DAMAGED', sheetWhere(event.sheet));
          continue;
        }
        if (event.header === null && event.namedRegister === undefined) unread.set(event.sheet, { line: lines.length, rows: 0, denseRows: 0, ...(event.missingHeader === undefined ? {} : { diagnosis: event.missingHeader }) });
        // A sheet hidden in Excel is read like any other; the officer, who does not see its tab, is told.
        const hidden = event.hidden ? ' (trang tính đang bị ẩn trong Excel)' : '';
        const named = event.namedRegister === undefined ? '' : sheetLine(event.sheet, `không có dòng tiêu đề cột, của sổ ${RECORD_TYPES[event.namedRegister].labelVi.toLowerCase()} (theo tên tệp, tên trang tính hoặc tiêu đề), không phải loại sổ đang kiểm tra, bỏ qua`);
        lines.push(event.header === null ? named : sheetLine(event.sheet, `${sheetFinding(event.header, event)}${hidden}${sheetCommune(event)}`));
        // A column the register's template does not know is not read into the record (only into raw): the officer sees which labels.
        if (event.header !== null && event.otherRegister !== true) for (const label of event.unknownHeaders) tally('COLUMN_UNKNOWN', `${sheetWhere(event.sheet)}, cột "${label}"`);
        if (event.commune !== undefined) tally('SHEET_COMMUNE_INFERRED', sheetWhere(event.sheet));
        if (event.communeMissing) tally('SHEET_COMMUNE_MISSING', sheetWhere(event.sheet));
        continue;
      }
      if (event.kind === 'skipped') {
        if (event.reason === 'other-register') continue;
        const sheet = event.reason === 'no-header' ? unread.get(event.sheet) : undefined;
        if (sheet === undefined) counts.skipped++;
        else {
          sheet.rows++;
          if (event.dense) sheet.denseRows++;
          counts.notRead++;
        }
        continue;
      }
      counts.rowsRead++;
      const outcome = event.outcome;
      if (outcome.kind === 'clean') counts.clean++;
      else counts.rejected++;
      // The row's findings rather than the outputs' lists: every one still names its column.
      for (const finding of outcome.findings) {
        // A problem of the whole row (a CSV record cut short) names no column, as errors.xlsx does.
        const label = finding.field === 'row' ? '' : fieldLabelVi(RECORD_TYPES[event.type], finding.field);
        // A value taken from a title line is looked for there, not at the entry (ProblemLog.addTitleProblem).
        const place = finding.titleRow === undefined ? where(event.sheet, event.rowNumber, finding.column, label) : titleWhere(finding.titleSheet ?? event.sheet, finding.titleRow, finding.column, label);
        tally(finding.code, place);
      }
    }
  } catch (error) {
    // As a run names the file's problem: the catalog's words (an .xls is unsupported, an encrypted workbook says so), and the fix.
    const code = error instanceof UnreadableFileError ? error.code : 'FILE_UNREADABLE';
    const params = error instanceof UnreadableFileError ? error.params : { reason: unreadableReason(error) };
    logger.error({ file, code }, 'file could not be read');
    unreadable = true;
    lines.push(messageVi(code, params));
    const fix = fixVi(code, params);
    if (fix !== undefined) lines.push(`Cách sửa: ${fix}`);
  }
  // A sheet without a header is not judged row by row: its rows are not read, which is not to say they hold no entry.
  for (const [sheet, found] of unread) {
    const { line, rows } = found;
    // As a run lists it: a warning for an index or notes sheet, an error for a book whose entries were not read.
    if (rows > 0) tally(sheetWithoutHeaderProblem(types, found).code, sheetWhere(sheet));
    lines[line] = sheetLine(sheet, `không tìm thấy dòng tiêu đề, bỏ qua cả trang${rows > 0 ? `: ${rows} dòng không được đọc` : ' (trang tính trống)'}`);
  }
  const notRead = counts.notRead > 0 ? `; ${counts.notRead} dòng không được đọc vì trang tính không có dòng tiêu đề` : '';
  lines.push(`Đọc ${counts.rowsRead} dòng dữ liệu: ${counts.clean} hợp lệ, ${counts.rejected} bị loại; ${counts.skipped} dòng không phải dữ liệu${notRead}.`);
  const order = { error: 0, warning: 1, note: 2 } as const;
  const sorted = [...tallies].sort(([a, x], [b, y]) => order[severityOf(a)] - order[severityOf(b)] || y.count - x.count);
  for (const [code, { count, examples }] of sorted) {
    lines.push(`  ${SEVERITY_VI[severityOf(code)].padEnd(8)} ${code} × ${count}: ${examples.join('; ')}`);
  }
  return { report: `${lines.join('\n')}\n`, unreadable };
}

/** What the check found of a sheet with a header: its register, and where its header is (or whose it took). */
function sheetFinding(header: DetectedHeader, event: Extract<RegisterEvent, { kind: 'sheet' }>): string {
  const register = `sổ ${RECORD_TYPES[header.type.name].labelVi.toLowerCase()}`;
  const previous = event.continuedFrom;
  if (event.otherRegister) return `${register}${previous === undefined ? '' : ` (tiếp theo trang tính "${previous}")`}, không phải loại sổ đang kiểm tra, bỏ qua`;
  if (previous === undefined) return `${register}, tiêu đề ở dòng ${header.headerRowNumbers.join('–')}`;
  return `${register}, tiếp theo trang tính "${previous}": không có dòng tiêu đề, đọc theo tiêu đề cột của trang đó`;
}

/** Where the sheet's registering commune came from when no title gives it, or that nothing gives it. */
function sheetCommune(event: Extract<RegisterEvent, { kind: 'sheet' }>): string {
  if (event.commune !== undefined) return `; xã đăng ký ${event.commune.name} lấy theo ${event.commune.source}`;
  return event.communeMissing ? '; không xác định được xã đăng ký' : '';
}

function sheetWhere(sheet: string): string {
  return sheet === '' ? 'tệp CSV' : `trang "${sheet}"`;
}

/** 'Trang tính "KS 2015": …'; a CSV file is one sheet without a name: 'Tệp CSV: …'. */
function sheetLine(sheet: string, finding: string): string {
  return sheet === '' ? `Tệp CSV: ${finding}` : `Trang tính "${sheet}": ${finding}`;
}

/** Where a title line's value is: 'trang "KS", dòng tiêu đề 1, cột A, Nơi đăng ký'; a sheet's or file's name (row 0): 'trang "KS", tên trang tính hoặc tên tệp'. */
function titleWhere(sheet: string, titleRow: number, column: string | undefined, field: string): string {
  const onSheet = sheet === '' ? '' : `trang "${sheet}", `;
  return titleRow === 0 ? `${onSheet}tên trang tính hoặc tên tệp, ${field}` : `${onSheet}dòng tiêu đề ${titleRow}${column ? `, cột ${column}` : ''}, ${field}`;
}

/** Where an officer looks: 'trang "Quyển 01", dòng 19, cột F, Ngày sinh' (no sheet for a CSV, no column when no one cell is at fault). */
function where(sheet: string, rowNumber: number, column: string | null | undefined, field: string): string {
  return `${sheet === '' ? '' : `trang "${sheet}", `}dòng ${rowNumber}${column ? `, cột ${column}` : ''}${field === '' ? '' : `, ${field}`}`;
}
