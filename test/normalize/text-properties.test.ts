/**
 * Properties of the text normalizer over arbitrary input: never throws,
 * idempotent, clean output, and decoders that invert the reference tables.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Normalized } from '../../src/normalize/finding.js';
import { cleanText } from '../../src/normalize/text/clean-text.js';
import { decodeCp1258Mojibake, decodeUtf8Mojibake } from '../../src/normalize/text/decode-mojibake.js';
import { decodeTcvn3 } from '../../src/normalize/text/decode-tcvn3.js';
import { decodeVni } from '../../src/normalize/text/decode-vni.js';
import { detectLegacyEncoding } from '../../src/normalize/text/detect-legacy-encoding.js';
import { normalizeText, type TextSource } from '../../src/normalize/text/normalize-text.js';
import { selfEvidentEncoding } from '../../src/normalize/text/mixed-words.js';
import { TCVN3_VN3_LETTERS, VIETNAMESE_LETTERS, VNI_PAIRS, VNI_SINGLES } from '../../src/reference/legacy-tables.js';

const normalizeAnything = normalizeText as (input: unknown) => Normalized<string>;
const RUNS = { numRuns: 400 };

// Characters that stress the detector: legacy bytes, Vietnamese letters,
// spaces of every kind, invisibles, controls, combining marks, look-alikes.
const tricky = [
  ...'¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ',
  ...VIETNAMESE_LETTERS,
  ...'aeiouyAEIOUY ngNGhHtTcC',
  ' ', ' ', '\u00a0', '\u2003', '\t', '\n', '\r', '\u200b', '\ufeff', '\u0000', '\u0085', '\u0093', '\u0083',
  '\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0340', '\ufffd', '€', '…', '™', '“', '”', '\ud800',
];
const trickyText = fc.string({ unit: fc.constantFrom(...tricky), maxLength: 40 });
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 30 }), trickyText);
const anyFont = fc.oneof(
  fc.constantFrom('.VnTime', '.VnTimeH', '.VnArialh', 'VNI-Times', 'Times New Roman', 'Calibri', '', ' .vntime '),
  fc.string({ maxLength: 12 }),
  fc.constant(undefined),
);
const anySource: fc.Arbitrary<TextSource | string> = fc.oneof(
  anyText,
  fc.record({ text: anyText, font: anyFont }, { requiredKeys: ['text'] }),
  fc.record({
    text: anyText,
    font: anyFont,
    runs: fc.array(fc.record({ text: anyText, font: anyFont }, { requiredKeys: ['text'] }), { maxLength: 4 }),
  }),
);

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const FORMAT = /\p{Cf}/u;
const BAD_SPACING = /^\s|\s$|\s\s|[^\S ]/;

describe('normalizeText properties', () => {
  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(anySource, fc.anything()), (input) => {
        expect(typeof normalizeAnything(input).value).toBe('string');
      }),
      RUNS,
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(anySource, (source) => {
        const once = normalizeText(source).value;
        expect(normalizeText(once).value).toBe(once);
      }),
      { numRuns: 1500 },
    );
  });

  it('never throws and is idempotent in a sheet whose TCVN3 lost its ư (lost-soft-hyphen.ts)', () => {
    const lostWord = fc.string({ unit: fc.constantFrom(...'HhTtCcNnGgLlSsDd.¬ªÞ\u00ad '), maxLength: 12 });
    fc.assert(
      fc.property(fc.oneof(anySource, lostWord, fc.record({ text: lostWord, font: anyFont }, { requiredKeys: ['text'] })), (source) => {
        const once = normalizeText(source, { lostSoftHyphen: true }).value;
        expect(normalizeText(once, { lostSoftHyphen: true }).value).toBe(once);
      }),
      // Found by this property: an ASCII cell needing a trim ('NH ') or holding a stray soft hyphen was not restored, its cleaned text was.
      { numRuns: 1500, examples: [[{ text: 'NH ' }], [{ text: 'n\u00adH' }]] },
    );
  });

  it('returns NFC, single-spaced, trimmed text without controls or invisible characters', () => {
    fc.assert(
      fc.property(anySource, (source) => {
        const { value } = normalizeText(source);
        expect(value.normalize('NFC')).toBe(value);
        expect(value).not.toMatch(BAD_SPACING);
        expect(value).not.toMatch(CONTROL);
        expect(value).not.toMatch(FORMAT);
      }),
      RUNS,
    );
  });

  it('only reports catalogued codes, and conversions only when the text changed', () => {
    const known = new Set(['TEXT_LEGACY_TCVN3', 'TEXT_LEGACY_VNI', 'TEXT_LEGACY_CP1258', 'TEXT_MOJIBAKE_UTF8', 'TEXT_REPLACEMENT_CHARACTER', 'TEXT_UNDECODED_LEGACY']);
    fc.assert(
      fc.property(anySource, (source) => {
        const { value, findings } = normalizeText(source);
        for (const finding of findings) {
          expect(known.has(finding.code)).toBe(true);
          if (finding.to !== undefined) expect(finding.to).toBe(value);
          if (finding.from !== undefined) expect(finding.from).not.toBe(value);
        }
      }),
      RUNS,
    );
  });

  it('never converts text that holds real Unicode Vietnamese letters and no legacy font, unless its own words show the font', () => {
    const unicodeLetter = fc.constantFrom(...[...VIETNAMESE_LETTERS].filter((ch) => ch > '\u00ff'));
    fc.assert(
      fc.property(trickyText, unicodeLetter, trickyText, (before, letter, after) => {
        const text = `${before}${letter}${after}`;
        expect(detectLegacyEncoding(text)).toBeNull();
        // A partly re-typed cell ('Nguyeãn Thò Hồng') is read word by word (mixed-words.ts).
        if (selfEvidentEncoding(cleanText(text)) !== null || selfEvidentEncoding(text) !== null) return;
        expect(normalizeText(text).findings.filter((f) => f.code.startsWith('TEXT_LEGACY'))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('leaves printable ASCII without a capitals font exactly as cleanText leaves it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 40 }), (text) => {
        expect(normalizeText(text)).toEqual({ value: cleanText(text), findings: [] });
      }),
      RUNS,
    );
  });
});

describe('cleanText properties', () => {
  it('is idempotent and never throws', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = cleanText(text);
        expect(cleanText(once)).toBe(once);
      }),
      RUNS,
    );
  });
});

describe('decoder properties', () => {
  const lowerLetters = [...VIETNAMESE_LETTERS].filter((ch) => ch === ch.toLowerCase());
  const vietnameseText = fc.string({ unit: fc.constantFrom(...lowerLetters, ...'abcdeghiklmnopqrstuvxy  '), maxLength: 30 });
  // Encoders built by inverting the reference tables (not the decoders under test).
  const tcvn3Byte = new Map(Object.entries(TCVN3_VN3_LETTERS).map(([byte, letter]) => [letter, byte]));
  const vniBytes = new Map([...Object.entries(VNI_PAIRS), ...Object.entries(VNI_SINGLES)].map(([bytes, letter]) => [letter, bytes]));
  const encode = (text: string, table: Map<string, string>): string => [...text].map((ch) => table.get(ch) ?? ch).join('');

  it('decodeTcvn3 inverts the VN3 table', () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        expect(decodeTcvn3(encode(text, tcvn3Byte))).toBe(text);
      }),
      RUNS,
    );
  });

  it('decodeVni inverts the VNI table', () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        expect(decodeVni(encode(text, vniBytes))).toBe(text);
      }),
      RUNS,
    );
  });

  it('UTF-8 mojibake decoding inverts a Latin-1 misreading', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (text) => {
        const nfc = text.normalize('NFC');
        expect(decodeUtf8Mojibake(Buffer.from(nfc, 'utf8').toString('latin1'))).toBe(nfc);
      }),
      RUNS,
    );
  });

  it('decoders are total and TCVN3 maps one code unit to one', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(decodeTcvn3(text)).toHaveLength(text.length);
        expect(typeof decodeTcvn3(text, { capitals: true, vn1: true })).toBe('string');
        expect(typeof decodeVni(text)).toBe('string');
        expect(typeof decodeCp1258Mojibake(text)).toBe('string');
        expect(typeof decodeUtf8Mojibake(text)).toBe('string');
      }),
      RUNS,
    );
  });
});
