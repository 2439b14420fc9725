import type { FieldReader } from '../normalize/field-reader.js';
import { normalizeSex } from '../normalize/codes/sex.js';

/**
 * A marriage book's sex column of each spouse ('Họ tên chồng' | 'Giới tính' | …, a software export's 'GioiTinhChong'):
 * no field holds it (the column is the husband's or the wife's), so it is kept in `raw` and read only to tell the
 * officer when it names the other sex. Law 52/2014/QH13 Art. 8(2) recognises no marriage of two people of one sex.
 */
export const spouseSexAttribute = { header: 'Giới tính', aliases: ['Giới'], abbreviations: ['GT'], keptInRaw: true } as const;

const SEX_KEYS = { husband: 'husband.sex', wife: 'wife.sex' } as const;
/** The sex of each spouse's column, and its Vietnamese word for the officer (the marriage type's too). */
export const ROLE_SEX = { husband: 'male', wife: 'female' } as const;
export const SPOUSE_VI = { husband: 'chồng', wife: 'vợ' } as const;
const SEX_VI = { husband: 'nam', wife: 'nữ' } as const;

/**
 * MARRIAGE_SPOUSE_SEX_TYPED (warning) on a spouse's sex cell that reads as the other sex ('Nữ' beside the husband's
 * name): the cell mistyped, or the spouses typed in each other's columns. Blank or unreadable cells say nothing.
 */
export function reportSpouseSexTyped(reader: FieldReader, role: 'husband' | 'wife'): void {
  const cell = reader.sourceCell(SEX_KEYS[role]);
  if (cell === undefined) return;
  const sex = normalizeSex(cell.value).value;
  if (sex === null || sex === ROLE_SEX[role]) return;
  reader.report({ code: 'MARRIAGE_SPOUSE_SEX_TYPED', field: SEX_KEYS[role], value: cell.text, column: cell.column, params: { spouse: SPOUSE_VI[role], expected: SEX_VI[role] } });
}
