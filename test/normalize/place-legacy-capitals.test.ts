/**
 * Capitals a TCVN3 (.VnTime) font could not write, restored in unit names.
 * Found by test/bench/accuracy.ts: residences and registration places of xã
 * Đồng Ích (Lập Thạch) typed in TCVN3 came out as "xã Đồng ích".
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restoreLegacyCapitals } from '../../src/normalize/place/legacy-capitals.js';
import { normalizePlace } from '../../src/normalize/place/normalize-place.js';
import { decodeTcvn3 } from '../../src/normalize/text/decode-tcvn3.js';

describe('unit names a TCVN3 font wrote without their toned capitals', () => {
  it('restores them in a residence typed in .VnTime, with a note', () => {
    const typed = decodeTcvn3('Th«n 2, x· §ång Ých, LËp Th¹ch');
    expect(typed).toBe('Thôn 2, xã Đồng ích, Lập Thạch');
    expect(normalizePlace(typed)).toEqual({
      value: 'Thôn 2, xã Đồng Ích, Lập Thạch',
      findings: [{ code: 'PLACE_CASE_NORMALIZED', from: typed, to: 'Thôn 2, xã Đồng Ích, Lập Thạch', params: { to: 'Thôn 2, xã Đồng Ích, Lập Thạch' } }],
    });
  });

  it('restores them after an abbreviation is written out, and in a part without a unit word', () => {
    expect(normalizePlace(decodeTcvn3('X. §ång Ých')).value).toBe('Xã Đồng Ích');
    expect(normalizePlace(decodeTcvn3('UBND x· §ång Ých')).value).toBe('UBND xã Đồng Ích');
    expect(normalizePlace(decodeTcvn3('Tr¹m y tÕ x· §ång Ých')).value).toBe('Trạm y tế xã Đồng Ích');
    expect(normalizePlace('Đồng ích, Lập Thạch, Vĩnh Phúc').value).toBe('Đồng Ích, Lập Thạch, Vĩnh Phúc');
    expect(normalizePlace('Thôn Ải, xã Đồng ích (cũ)').value).toBe('Thôn Ải, xã Đồng Ích (cũ)');
  });

  it('restores a name that starts with its lost capital, or is one word, after a unit word', () => {
    // Found by the legacy-font tests (caseN): 'th«n Ých HËu', 'xãm ¶i' came out as 'thôn ích Hậu', 'xóm ải'.
    expect(normalizePlace(decodeTcvn3('th«n Ých HËu, x· §ång Ých')).value).toBe('thôn Ích Hậu, xã Đồng Ích');
    expect(normalizePlace(decodeTcvn3('xãm ¶i, x· §ång Ých, huyÖn LËp Th¹ch')).value).toBe('xóm Ải, xã Đồng Ích, huyện Lập Thạch');
    expect(normalizePlace('Xóm ải')).toEqual({
      value: 'Xóm Ải',
      findings: [{ code: 'PLACE_CASE_NORMALIZED', from: 'Xóm ải', to: 'Xóm Ải', params: { to: 'Xóm Ải' } }],
    });
  });

  it("reads 'Ấp' right after a unit word as the name's first word (s10-encodings)", () => {
    expect(normalizePlace(decodeTcvn3('th«n Êp Chî, x· ThiÖn KÕ')).value).toBe('thôn Ấp Chợ, xã Thiện Kế');
    expect(normalizePlace(decodeTcvn3('xãm Êp Míi, x· H­¬ng S¬n')).value).toBe('xóm Ấp Mới, xã Hương Sơn');
    expect(normalizePlace('Tổ 5 khu phố ấp Bắc').value).toBe('Tổ 5 khu phố Ấp Bắc');
    // A unit phrase is still one unit word: its name follows it.
    expect(normalizePlace('tổ dân phố ích Hậu').value).toBe('tổ dân phố Ích Hậu');
  });

  it('leaves ordinary lowercase words, and names it cannot tell, as typed', () => {
    for (const text of [
      'Tại nhà',
      'Trạm y tế xã Tam Hợp',
      'Bệnh viện đa khoa tỉnh Vĩnh Phúc',
      'Nhà bà Lê Thị ánh',
      'xã Tam Hợp ở huyện Bình Xuyên',
      'Khu ủy ban',
      'Huyện ủy Lập Thạch', // the unit's committee, not a name
      'Đảng ủy xã Đồng Ích',
      'Ải', // one lowercase word without a unit word: nothing says it is a name
      'ích Hậu, Lập Thạch',
      'Thôn Đông, xã Đồng Ích',
    ]) {
      expect(normalizePlace(text), text).toEqual({ value: text, findings: [] });
    }
  });

  // Place-like text: unit words, names with and without capitals, separators.
  const placeText = fc.oneof(
    fc.string({ unit: 'grapheme' }),
    fc
      .array(fc.constantFrom('xã', 'Xã', 'thôn', 'Thôn', 'thị trấn', 'Đồng', 'ích', 'Ích', 'ấp', 'Ải', 'ở', 'Tam', 'Hợp', 'nhà', 'ủy', '2', ',', ' - ', '(cũ)', 'ﬁ', 'ǅ'), { maxLength: 12 })
      .map((words) => words.join(' ')),
  );

  it('is idempotent and leaves text without lowercase toned initials alone', () => {
    fc.assert(
      fc.property(placeText, (text) => {
        const once = restoreLegacyCapitals(text);
        expect(restoreLegacyCapitals(once)).toBe(once);
        if (!/(?:^|\s)[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/u.test(text.normalize('NFC'))) expect(once).toBe(text);
      }),
    );
  });
});

describe("a TCVN3 place's opening capital the font could not type", () => {
  const tcvn3 = (typed: string) => normalizePlace(decodeTcvn3(typed), { tcvn3: true });

  it('restores it, and reads a told place as a sentence, not a unit name (s10-encodings)', () => {
    const typed = decodeTcvn3('ñy ban nh©n d©n x· cò');
    expect(typed).toBe('ủy ban nhân dân xã cũ');
    expect(normalizePlace(typed, { tcvn3: true })).toEqual({
      value: 'Ủy ban nhân dân xã cũ',
      findings: [{ code: 'PLACE_CASE_NORMALIZED', from: typed, to: 'Ủy ban nhân dân xã cũ', params: { to: 'Ủy ban nhân dân xã cũ' } }],
    });
    expect(tcvn3('ë nhµ riªng').value).toBe('Ở nhà riêng');
    expect(tcvn3('ñy ban nh©n d©n x· T©n Phong').value).toBe('Ủy ban nhân dân xã Tân Phong');
    expect(tcvn3('Êp Chî, x· ThiÖn KÕ').value).toBe('Ấp Chợ, xã Thiện Kế');
  });

  it('recases all-lower unit names as before', () => {
    expect(tcvn3('x· t©n phong').value).toBe('Xã Tân Phong');
    expect(tcvn3('Êp t©n phong').value).toBe('Ấp Tân Phong'); // a unit word first: a name
    expect(tcvn3('Ých hËu').value).toBe('Ích Hậu'); // two words: a name, not a sentence
    expect(tcvn3('Ých hËu, l©m th¸i').value).toBe('Ích Hậu, Lâm Thái'); // parts: an address
    expect(tcvn3('x· T©n Phong')).toEqual({ value: 'xã Tân Phong', findings: [] });
  });

  it('leaves Unicode and VNI text as typed: their clerk could type the capital', () => {
    expect(normalizePlace('ủy ban nhân dân xã Tân Phong')).toEqual({ value: 'ủy ban nhân dân xã Tân Phong', findings: [] });
    expect(normalizePlace('ấp Chợ')).toEqual({ value: 'ấp Chợ', findings: [] });
  });
});
