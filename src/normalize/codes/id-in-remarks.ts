/**
 * A personal ID written in the remarks (Ghi chú) of an entry: old books have no ID column, and an
 * officer who later learnt the number wrote it there ('Số định danh cá nhân: 026076001234', 'CCCD
 * số 026…', 'ĐDCN 026…'). It is the ID of the person the remark names, and only when it names one:
 * in a birth the child unless it says 'cha'/'bố' or 'mẹ' (then that parent's); in a death the
 * deceased unless it names someone else; in a marriage only the spouse it names ('chồng', 'vợ').
 * One labelled 12-digit number only: two numbers, or none after an ID label, name nobody.
 */
import { hasNonAscii } from '../text/ascii.js';

/** Cheap test first: most remarks hold no run of twelve digits. */
const TWELVE_DIGITS = /(?<!\d)\d{12}(?!\d)/g;

/** An ID label, then at most a few words ('của mẹ', 'số', ':') and the number; on folded text. */
const LABELLED_ID =
  /\b(?:so dinh danh(?: ca nhan)?|ma dinh danh(?: ca nhan)?|dinh danh ca nhan|so ddcn|ddcn|so cccd|cccd|can cuoc cong dan|so can cuoc|can cuoc)\b[^\d]{0,30}(?<!\d)(\d{12})(?!\d)/;

/** Who a remark names (marked text, or folded where it has no marks: 'bo' is also bỏ, bổ, so not read there). */
const NAMED: Readonly<Record<'father' | 'mother' | 'husband' | 'wife' | 'other', { marked: RegExp; folded: RegExp }>> = {
  father: { marked: /(?<!\p{L})(?:cha|bố)(?!\p{L})/u, folded: /\bcha\b/ },
  mother: { marked: /(?<!\p{L})mẹ(?!\p{L})/u, folded: /\bme\b/ },
  husband: { marked: /(?<!\p{L})chồng(?!\p{L})/u, folded: /\bchong\b/ },
  wife: { marked: /(?<!\p{L})vợ(?!\p{L})/u, folded: /\bvo\b/ },
  // The declarant, whoever asked for the entry, or a relative ('CCCD của con trai', 'Bà ngoại đi khai (CCCD …)',
  // 'Chú ruột … khai thay'): 'Anh', 'Chị', 'Bà', 'Ông' alone are also names and honorifics of the person, so only
  // with a second word; 'cô', 'chú', 'bác', 'dì', 'cậu', 'thím', 'mợ', 'dượng' are no one's own title.
  other: {
    marked:
      /(?<!\p{L})(?:người (?:đi |đứng )?(?:khai|yêu cầu)|người (?:thân|nhà)|(?:đi |đứng )?khai (?:thay|hộ)|con (?:trai|gái|dâu|rể|nuôi)|cháu (?:nội|ngoại)|(?:ông|bà|cụ) (?:nội|ngoại)|anh (?:trai|ruột|rể)|chị (?:gái|ruột|dâu)|em (?:trai|gái|ruột)|cô|chú|bác|dì|cậu|thím|mợ|dượng)(?!\p{L})/u,
    // Folded, the one-syllable kin words are other words too (có, chữ, bắc, đi): only the two-syllable ones.
    folded: /\b(?:nguoi (?:di |dung )?(?:khai|yeu cau)|nguoi than|khai (?:thay|ho)|con (?:trai|gai|dau|re|nuoi)|chau (?:noi|ngoai)|(?:ong|ba|cu) (?:noi|ngoai)|anh (?:trai|ruot)|chi (?:gai|ruot)|em (?:trai|gai|ruot)|(?:co|chu|bac|di|cau) ruot)\b/,
  },
};
/** 'con' alone ('CCCD của con') names the registered person's child, except in a birth, where the child is the person. */
const CHILD_WORD = { marked: /(?<!\p{L})con(?!\p{L})/u, folded: /\bcon\b/ };

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/**
 * The 12-digit ID the remarks give the person whose column key starts with `role` ('child', 'deceased',
 * 'father', 'mother', 'husband', 'wife'), or null.
 */
export function idInRemarks(remarks: string, role: string): string | null {
  const numbers = remarks.match(TWELVE_DIGITS);
  if (numbers === null || new Set(numbers).size !== 1) return null;
  const folded = fold(remarks);
  const labelled = LABELLED_ID.exec(folded);
  if (labelled === null) return null;
  const lower = remarks.toLowerCase();
  const marked = hasNonAscii(lower);
  const named = (Object.keys(NAMED) as (keyof typeof NAMED)[]).filter((person) => (marked ? NAMED[person].marked.test(lower) : NAMED[person].folded.test(folded)));
  const subject = role === 'child' || role === 'deceased';
  if (subject ? named.length > 0 : named.length !== 1 || named[0] !== role) return null;
  if (role !== 'child' && (marked ? CHILD_WORD.marked.test(lower) : CHILD_WORD.folded.test(folded))) return null;
  return labelled[1] ?? null;
}
