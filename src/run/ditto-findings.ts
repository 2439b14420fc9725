import { columnLetter } from '../ingest/column-letter.js';
import type { BoundFinding } from '../normalize/bound-finding.js';
import { valueAt } from '../validate/record-access.js';
import type { SheetPlan } from './sheet-plan.js';

/** A ditto mark typed in a row ('"', 'nt', 'như trên'): its column, the mark as typed (as its font shows it: dittoMark), and whether it copied a value from the entry above. */
export interface DittoMark {
  column: number;
  mark: string;
  copied: boolean;
  /** In an ID column where a mark would copy another person's number (the registered person's own, or another parent's): it copies nothing (ID_DITTO_MARK). */
  ownId?: true;
}

/**
 * A row whose ditto marks were filled (read-register's DittoFiller); a row without
 * marks has no such list. It rides on the row object to processRow: the copies made
 * of the row on the way (its row encoding, remarks carried on) spread it along.
 */
export interface DittoMarked {
  dittoMarks?: readonly DittoMark[];
}

export const DITTO_FILLED = 'CELL_DITTO_FILLED';
export const DITTO_NOTHING_TO_COPY = 'CELL_DITTO_NOTHING_TO_COPY';
export const ID_DITTO_MARK = 'ID_DITTO_MARK';

/**
 * What a row's ditto marks did, one finding per record field (a field read from
 * several cells — a date over 'Ngày' | 'Tháng' | 'Năm', a name over 'Họ' |
 * 'Chữ đệm' | 'Tên' — gets one): a copy changes what was typed, so it is an
 * automatic correction with its audit note (the marks as typed → the value the
 * field took); a mark with nothing to copy is warned of, as the cell then reads
 * as empty (and a required field is missing); a mark in an ID column that would copy
 * another person's number copies nothing and is warned of (ID_DITTO_MARK). A mark under a column the sheet
 * prints a value for above its header (the book, the commune) takes that value,
 * as an empty cell does: nothing to say. Marks under no record field (STT, an
 * unknown column) are left to `raw`.
 */
export function dittoFindings(marks: readonly DittoMark[], plan: SheetPlan, record: Readonly<Record<string, unknown>>): BoundFinding[] {
  const byField = new Map<string, { copied: DittoMark[]; orphans: DittoMark[] }>();
  const findings: BoundFinding[] = [];
  for (const mark of marks) {
    const key = plan.header.keys.get(mark.column);
    if (key === undefined) continue;
    const field = fieldOfKey(key);
    if (!hasField(record, field) || (!mark.copied && plan.defaults.has(key))) continue;
    if (mark.ownId) {
      findings.push({ code: ID_DITTO_MARK, field, column: columnLetter(plan.header.sourceColumns?.get(mark.column) ?? mark.column), value: mark.mark });
      continue;
    }
    let entry = byField.get(field);
    if (entry === undefined) byField.set(field, (entry = { copied: [], orphans: [] }));
    (mark.copied ? entry.copied : entry.orphans).push(mark);
  }
  for (const [field, { copied, orphans }] of byField) {
    const [first] = copied;
    if (first !== undefined) {
      const from = [...new Set(copied.map((mark) => mark.mark))].join(' ');
      findings.push({ code: DITTO_FILLED, field, column: columnLetter(plan.header.sourceColumns?.get(first.column) ?? first.column), value: from, from, to: valueText(valueAt(record, field)) });
    }
    const [orphan] = orphans;
    if (orphan !== undefined) findings.push({ code: DITTO_NOTHING_TO_COPY, field, column: columnLetter(plan.header.sourceColumns?.get(orphan.column) ?? orphan.column), value: orphan.mark });
  }
  return findings;
}

/**
 * The record field a column key feeds. Most keys are their field; the parts of a
 * name, of a date split over three columns, a sex or a birth year split over 'Nam' |
 * 'Nữ' columns feed the one field they make, an ethnicity column its code.
 */
export function fieldOfKey(key: string): string {
  // A column of both parents ('Nơi cư trú của cha, mẹ', birth.ts) feeds the mother's field, always in the record.
  if (key.startsWith(PARENTS)) return fieldOfKey(`mother.${key.slice(PARENTS.length)}`);
  // A column of both spouses ('Nơi cư trú của vợ, chồng', 'Năm sinh chồng/vợ', marriage.ts) feeds the husband's field.
  if (key.startsWith(SPOUSES)) return fieldOfKey(`husband.${key.slice(SPOUSES.length)}`);
  if (key.endsWith('NamePart')) return `${key.slice(0, key.lastIndexOf('.'))}.fullName`;
  if (SPLIT_BY_SEX.test(key)) return key.replace(SPLIT_BY_SEX, '$1');
  if (DATE_PART.test(key)) return key.replace(DATE_PART, '$1');
  if (key.endsWith('.ethnicity')) return `${key}Code`;
  // 'Số, quyển': the number and the book in one cell; the number is what the column is read for.
  if (key === 'registration.numberAndBook') return 'registration.number';
  // 'Họ tên, ngày sinh': the name and the birth date in one cell; the name is what the column is read for first.
  if (key.endsWith(NAME_AND_BIRTH_DATE)) return `${key.slice(0, -NAME_AND_BIRTH_DATE.length)}.fullName`;
  return key;
}

const NAME_AND_BIRTH_DATE = '.nameAndBirthDate';
const PARENTS = 'parents.';
const SPOUSES = 'spouses.';
/** 'child.sexMale', 'deceased.birthDateFemale'. */
const SPLIT_BY_SEX = /(\.(?:sex|birthDate))(?:Male|Female)$/;
/** 'child.birthDateDay', 'registration.dateYear', 'deathDateMonth' (date-parts.ts); never 'mother.birthYear', a field of its own. */
const DATE_PART = /([dD]ate)(?:Day|Month|Year)$/;

/** Whether the record has the field (null included: a father left out has every field of his null). */
function hasField(record: Readonly<Record<string, unknown>>, field: string): boolean {
  let current: unknown = record;
  for (const part of field.split('.')) {
    if (current === null) return true;
    if (typeof current !== 'object' || !(part in current)) return false;
    current = (current as Record<string, unknown>)[part];
  }
  return true;
}

function valueText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}
