import { ok, type Normalized } from '../finding.js';
import type { CellReading } from '../memo/cell-memo.js';
import { wholeNumberWrittenAsFloat } from './float-written.js';
import { sexOfNumericCode, type Sex } from './sex.js';

/**
 * The codes a book says its sex column holds, in its own words: the column's header
 * ('Giới tính (1: Nam; 0: Nữ)', 'GT (1=Nam, 2=Nữ)') or a note printed above or under it
 * ('Nam ghi 1, nữ ghi 0'). `text` is the legend as written, for the officer's note.
 */
export interface SexLegend {
  codes: ReadonlyMap<number, Sex>;
  text: string;
}

/** The defaults key (title-defaults.ts) of a legend printed in a title or note row: its cell's text is the legend. */
export const SEX_LEGEND = 'sex.legend';

/** Sex words of a legend, with marks (so 'năm' is never Nam); 'nu' for a legend typed without them. */
const LEGEND_SEX_WORDS: ReadonlyMap<string, Sex> = new Map([
  ['nam', 'male'],
  ['trai', 'male'],
  ['nữ', 'female'],
  ['nu', 'female'],
  ['gái', 'female'],
  ['gai', 'female'],
]);
/** The other words a legend's clause may hold: 'ghi 1 nếu là nam', 'Giới tính: 1 - Nam', 'mã 2 là nữ'. */
const LEGEND_FILLER: ReadonlySet<string> = new Set([
  'ghi', 'nếu', 'là', 'thì', 'mã', 'số', 'điền', 'giới', 'tính', 'gt', 'con', 'cho', 'neu', 'la', 'thi', 'ma', 'so', 'dien', 'gioi', 'tinh',
]);
/** Clauses of a legend: '1: Nam; 0: Nữ', 'Nam: 1, Nữ: 2', 'Nam 1 / Nữ 2', 'ghi 1 nếu là nam và 0 nếu là nữ'. */
const CLAUSE_BREAK = /[;,()[\]/\n]|\svà\s/u;

/**
 * The legend a text states, when every clause naming a sex pairs one sex word with one digit and
 * the text gives both sexes distinct codes; else null (a header 'Giới tính', a title 'Năm 2012').
 */
export function parseSexLegend(text: string): SexLegend | null {
  const codes = new Map<number, Sex>();
  const sexes = new Set<Sex>();
  for (const clause of text.normalize('NFC').toLowerCase().split(CLAUSE_BREAK)) {
    const words = clause.match(/[\p{L}\p{M}\d]+/gu) ?? [];
    const sexWords = words.filter((word) => LEGEND_SEX_WORDS.has(word));
    const digits = words.filter((word) => /^\d$/.test(word));
    if (sexWords.length === 0 && digits.length === 0) continue;
    if (sexWords.length !== 1 || digits.length !== 1) return null;
    if (words.some((word) => !LEGEND_SEX_WORDS.has(word) && !/^\d$/.test(word) && !LEGEND_FILLER.has(word))) return null;
    const sex = LEGEND_SEX_WORDS.get(sexWords[0]!)!;
    const code = Number(digits[0]);
    // The codes books use for sex (ISO/IEC 5218's 0, 1, 2; the 'is male' flag's 1, 0): 'Nam: 5, Nữ: 3' is a tally.
    if (code > 2 || codes.has(code) || sexes.has(sex)) return null;
    codes.set(code, sex);
    sexes.add(sex);
  }
  return sexes.size === 2 ? { codes, text: text.replace(/\s+/g, ' ').trim() } : null;
}

/**
 * A sex cell read by its book's legend: a code the legend gives is its sex (with SEX_CODE_BY_LEGEND
 * where that differs from the default reading, sex.ts: 0 = Nữ, 2 = Nam), a code it does not give is
 * SEX_UNKNOWN; words ('Nam', 'Con gái') keep their reading.
 */
export function readSexByLegend(reading: CellReading<Sex | null>, legend: SexLegend): CellReading<Sex | null> {
  const text = reading.text.value.trim();
  const code = /^\d{1,3}$/.test(text) ? Number(text) : Number(wholeNumberWrittenAsFloat(text) ?? Number.NaN);
  if (Number.isNaN(code)) return reading;
  const sex = legend.codes.get(code);
  const value: Normalized<Sex | null> =
    sex === undefined
      ? ok(null, [{ code: 'SEX_UNKNOWN' }])
      : ok(sex, sex === sexOfNumericCode(code) ? [] : [{ code: 'SEX_CODE_BY_LEGEND', params: { legend: legend.text } }]);
  return { text: reading.text, value };
}
