/**
 * Why two rows were merged or sent to review, in the words of the officer who
 * checks them: the fields that agreed and those that differed (explain.ts), by
 * their Vietnamese names, with how far a partial agreement went ('tên (khác
 * dấu)', 'năm sinh'). Field and level names only, as review.jsonl has them.
 */
import type { Explanation } from '../dedup/explain.js';

/** What a comparison field is about, by the last part of its name (the role, if any, is said apart). */
const FIELD_VI: Readonly<Record<string, string>> = {
  givenName: 'tên',
  familyName: 'họ',
  middleName: 'chữ đệm',
  birthDate: 'ngày sinh',
  deathDate: 'ngày chết',
  sex: 'giới tính',
  personalId: 'số định danh',
  ethnicityCode: 'dân tộc',
  residence: 'nơi cư trú',
  parents: 'cha mẹ (họ tên, năm sinh)',
  entry: 'số đăng ký (xã, năm, số)',
  date: 'ngày đăng ký',
};

/** Whose field it is, for a record of two people (a marriage) or a birth's parents. */
const ROLE_VI: Readonly<Record<string, string>> = { husband: 'chồng', wife: 'vợ', parents: 'cha mẹ' };

/** A date's partial levels (specs/levels.ts), by what the two dates share. */
const DATE_LEVEL_VI: Readonly<Record<string, (label: string) => string>> = {
  'precision-month': (label) => label.replace('ngày', 'tháng'),
  'year-month': (label) => label.replace('ngày', 'tháng'),
  'precision-year': (label) => label.replace('ngày', 'năm'),
  year: (label) => label.replace('ngày', 'năm'),
  'within-year': (label) => `${label} (cách nhau dưới một năm)`,
  swapped: (label) => `${label} (đảo ngày và tháng)`,
};

/** A name's levels short of exact, and the name levels counting against (Hùng–Hưng). */
const NAME_LEVEL_VI: Readonly<Record<string, string>> = {
  unmarked: 'một bên không dấu',
  folded: 'khác dấu',
  typo1: 'lệch một chữ cái',
  typo2: 'lệch hai chữ cái',
};

/** 'wife.givenName' → 'tên vợ'; 'parents.residence' → 'nơi cư trú cha mẹ'; 'deathDate' → 'ngày chết'. */
export function comparisonFieldVi(field: string): string {
  const dot = field.lastIndexOf('.');
  const name = field.slice(dot + 1);
  const owner = dot < 0 ? '' : field.slice(0, field.indexOf('.'));
  const label = FIELD_VI[name] ?? field;
  const role = name === owner ? undefined : ROLE_VI[owner];
  return role === undefined ? label : `${label} ${role}`;
}

/** A field at the level the pair reached: plain when exact or different, else with how far it went. */
function evidenceVi(field: string, level: string): string {
  const label = comparisonFieldVi(field);
  const date = DATE_LEVEL_VI[level];
  if (date !== undefined && /^ngày (sinh|chết|đăng ký)/.test(label)) return date(label);
  const name = NAME_LEVEL_VI[level];
  return name === undefined ? label : `${label} (${name})`;
}

/**
 * 'Giống: tên, giới tính, năm sinh, ngày chết, nơi cư trú; Khác: họ, chữ đệm, số đăng ký
 * (xã, năm, số), số định danh; Thiếu, không so được: …' — the missing part (on one side or both) only when some are.
 */
export function comparisonVi(explanation: Pick<Explanation, 'agreed' | 'differed' | 'missing'>): string {
  const parts = [
    explanation.agreed.length > 0 ? `Giống: ${explanation.agreed.map(({ field, level }) => evidenceVi(field, level)).join(', ')}` : 'Giống: không trường nào',
    explanation.differed.length > 0 ? `Khác: ${explanation.differed.map(({ field, level }) => evidenceVi(field, level)).join(', ')}` : 'Khác: không trường nào',
  ];
  if (explanation.missing.length > 0) parts.push(`Thiếu, không so được: ${explanation.missing.map(comparisonFieldVi).join(', ')}`);
  return parts.join('; ');
}
