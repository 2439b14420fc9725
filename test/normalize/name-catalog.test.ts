import { describe, expect, it } from 'vitest';
import { nameCodes } from '../../src/catalog/name-codes.js';
import { normalizeDeclarant } from '../../src/normalize/name/declarant.js';
import { normalizeName, type ToneStyle } from '../../src/normalize/name/normalize-name.js';

/** One realistic cell per catalog code. */
const EXAMPLES: Record<string, [string, ToneStyle]> = {
  NAME_HONORIFIC_REMOVED: ['Cháu: Nguyễn Văn An', 'as-written'],
  NAME_PARENT_REFERENCE: ['Con ông Trần Văn Sơn', 'as-written'],
  NAME_REMARK_REMOVED: ['Nguyễn Văn Hùng (sinh đôi)', 'as-written'],
  NAME_PUNCTUATION_REMOVED: ['Nguyễn Văn An.', 'as-written'],
  NAME_NONE_MARKER: ['Không rõ', 'as-written'],
  NAME_PLACEHOLDER: ['Chưa đặt tên', 'as-written'],
  NAME_INVALID_CHARACTERS: ['Nguyễn Văn 2', 'as-written'],
  NAME_SINGLE_WORD: ['Tùng', 'as-written'],
  NAME_PART_MISSING: ['Thị Hoa', 'as-written'],
  NAME_TOO_MANY_WORDS: ['Nguyễn Văn An Nguyễn Thị Bình', 'as-written'],
  NAME_ABBREVIATED: ['Nguyễn T. Lan', 'as-written'],
  NAME_NO_DIACRITICS: ['Nguyen Van Hung', 'as-written'],
  NAME_SPELLING_DOUBTFUL: ['Trần Thị Hưong', 'as-written'],
  NAME_TELEX_UNCONVERTED: ['Nguyeenx Vawn Hungf', 'as-written'],
  NAME_WORDS_SEPARATED: ['TrầnVăn Hùng', 'as-written'],
  NAME_TONE_STYLE_APPLIED: ['Nguyễn Thị Thủy', 'new'],
  NAME_TONE_MARK_MOVED: ['Hòang Văn Qúy', 'as-written'],
  NAME_DIGIT_AS_LETTER: ['Trần Thị 1inh', 'as-written'],
  NAME_ORDER_REVERSED: ['Lan Nguyễn Thị', 'as-written'],
};

/** Codes of the declarant's cell (normalizeDeclarant), one realistic cell each. */
const DECLARANT_EXAMPLES: Record<string, string> = {
  NAME_DECLARANT_DETAILS_SPLIT: 'Nguyễn Văn Hải, con',
  NAME_DECLARANT_UNREADABLE: 'Nguyễn Văn H?i',
  NAME_DECLARANT_RELATION_ONLY: 'Bà nội',
};

/**
 * Codes the field reader emits around the normalizer: from the columns a name was typed
 * in (test/run/split-name-columns.test.ts; catalog fixture split-name-columns.csv), and
 * from the person's nationality and ethnicity (test/record-types/foreign-name-vietnamese-nationality.test.ts;
 * catalog fixture khai-tu-ten-nuoc-ngoai.csv), and from the person's own year columns beside a year typed after
 * the name (test/record-types/year-in-name-cell.test.ts; catalog fixture birth-son-loi-2017.xlsx row 13).
 */
const FIELD_READER_CODES = ['NAME_GIVEN_NAME_EMPTY', 'NAME_FOREIGN_NATIONALITY_VN', 'NAME_BIRTH_YEAR_SPLIT'];

describe('name catalog', () => {
  it('has unique codes, all in the NAME_ namespace, for the name field', () => {
    const codes = nameCodes.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const entry of nameCodes) {
      expect(entry.code).toMatch(/^NAME_[A-Z_]+$/);
      expect(entry.field).toBe('name');
      expect(entry.description.length).toBeGreaterThan(20);
    }
  });

  it('lists exactly the codes the normalizer emits', () => {
    expect([...Object.keys(EXAMPLES), ...Object.keys(DECLARANT_EXAMPLES), ...FIELD_READER_CODES].sort()).toEqual(nameCodes.map((entry) => entry.code).sort());
  });

  it.each(nameCodes.filter((entry) => !FIELD_READER_CODES.includes(entry.code)).map((entry) => [entry.code, entry] as const))('%s: example emits it and its message placeholders are filled', (code, entry) => {
    const declarant = DECLARANT_EXAMPLES[code];
    const example = declarant === undefined ? EXAMPLES[code] : ([declarant, 'as-written'] as const);
    expect(example).toBeDefined();
    const [text, toneStyle] = example ?? ['', 'as-written'];
    const normalize = declarant === undefined ? normalizeName : normalizeDeclarant;
    const finding = normalize(text, { toneStyle }).findings.find((candidate) => candidate.code === code);
    expect(finding).toBeDefined();
    const available = new Set(['value', ...Object.keys(finding?.params ?? {})]);
    for (const [, placeholder] of entry.messageVi.matchAll(/\{(\w+)\}/g)) expect(available).toContain(placeholder);
    // Notes are automatic corrections: they must say what changed.
    if (entry.severity === 'note') expect(finding?.from).toBeTypeOf('string');
  });

  it('only impossible characters reject the row', () => {
    const errors = nameCodes.filter((entry) => entry.severity === 'error').map((entry) => entry.code);
    expect(errors).toEqual(['NAME_INVALID_CHARACTERS']);
  });
});
