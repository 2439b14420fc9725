/**
 * Tone-mark placement on final oa / oe / uy (DOMAIN.md §4.1). The old style ("kiểu cũ") puts the
 * mark on the first vowel (hòa, khỏe, thủy), the new style on the second (hoà, khoẻ, thuỷ). Only a
 * syllable that ENDS in one of these clusters is affected: with a following consonant (hoàn, tuyết)
 * or a longer cluster (ngoáy, khuấy) both styles agree, and qu/gi are consonants (quý, giá).
 */
export type ToneStyle = 'as-written' | 'old' | 'new';

/** The five tone marks as combining characters: huyền, sắc, hỏi, ngã, nặng. */
const TONE_MARKS = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;

interface TonedVowel {
  /** The vowel without tone mark, in its original case. */
  base: string;
  /** 0 = no mark, 1..5 = index into TONE_MARKS + 1. */
  tone: number;
}

/** Plain vowels that can start or end an oa/oe/uy cluster, with every tone, both cases. */
const CLUSTER_VOWELS = new Map<string, TonedVowel>();
/** base + tone number → composed NFC character. */
const COMPOSED = new Map<string, string>();
/** Every Vietnamese vowel letter in every tone and case: a vowel before the cluster means it is longer. */
const ANY_VOWEL = new Set<string>();

for (const base of 'aeouyAEOUY') {
  CLUSTER_VOWELS.set(base, { base, tone: 0 });
  TONE_MARKS.forEach((mark, index) => {
    const composed = (base + mark).normalize('NFC');
    CLUSTER_VOWELS.set(composed, { base, tone: index + 1 });
    COMPOSED.set(base + String(index + 1), composed);
  });
}
for (const base of 'aăâeêioôơuưyAĂÂEÊIOÔƠUƯY') {
  ANY_VOWEL.add(base);
  for (const mark of TONE_MARKS) ANY_VOWEL.add((base + mark).normalize('NFC'));
}

const FIRST_OF_CLUSTER: Record<string, string> = { o: 'ae', u: 'y' };
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

function charClass(bases: string): string {
  return [...bases].flatMap((base) => [base, ...TONE_MARKS.map((mark) => (base + mark).normalize('NFC'))]).join('');
}
const CLUSTER_FIRST = 1;
const CLUSTER_SECOND = 2;
/**
 * Any o/u followed by a/e/y, toned or not, by code unit (each one precomposed): a cluster is a CLUSTER_FIRST
 * letter then a CLUSTER_SECOND one; restyleCluster checks pairing and word boundaries.
 */
const CLUSTER_LETTER: Uint8Array = (() => {
  const table = new Uint8Array(0x1f00);
  const mark = (letters: string, place: number): void => {
    for (const letter of letters) table[letter.charCodeAt(0)] = table[letter.charCodeAt(0)]! | place;
  };
  mark(charClass('oOuU'), CLUSTER_FIRST);
  mark(charClass('aAeEyY'), CLUSTER_SECOND);
  return table;
})();

function isClusterLetter(code: number, place: number): boolean {
  return code < CLUSTER_LETTER.length && (CLUSTER_LETTER[code]! & place) !== 0;
}

function composeVowel(base: string, tone: number): string {
  return tone === 0 ? base : (COMPOSED.get(base + String(tone)) ?? base);
}

/** Re-places the mark of the two-letter cluster at `offset` if it is a final oa/oe/uy. */
function restyleCluster(text: string, cluster: string, offset: number, style: 'old' | 'new'): string {
  const first = CLUSTER_VOWELS.get(cluster.charAt(0));
  const second = CLUSTER_VOWELS.get(cluster.charAt(1));
  if (first === undefined || second === undefined) return cluster;
  const followers = FIRST_OF_CLUSTER[first.base.toLowerCase()];
  if (followers === undefined || !followers.includes(second.base.toLowerCase())) return cluster;
  const afterCodePoint = text.codePointAt(offset + 2);
  if (afterCodePoint !== undefined && LETTER_OR_MARK.test(String.fromCodePoint(afterCodePoint))) {
    return cluster; // hoàn, tuyết: not final
  }
  const before = text.charAt(offset - 1);
  if (ANY_VOWEL.has(before)) return cluster; // ngoáy-like longer cluster, or not Vietnamese
  if (first.base.toLowerCase() === 'u' && (before === 'q' || before === 'Q')) return cluster; // quý
  // Exactly one of the two vowels must carry the mark; two marks is garbage we leave alone.
  if ((first.tone === 0) === (second.tone === 0)) return cluster;
  const tone = first.tone || second.tone;
  return style === 'old'
    ? composeVowel(first.base, tone) + second.base
    : first.base + composeVowel(second.base, tone);
}

/**
 * Imposes one tone-placement style on every word of `text`, returned in NFC ('as-written' returns
 * the text unchanged). Never throws; idempotent.
 */
export function applyToneStyle(text: string, style: ToneStyle): string {
  if (style !== 'old' && style !== 'new') return text;
  if (typeof text !== 'string') return text;
  // NFC first: a decomposed neighbour ('o' + U+0302 = ô) decides whether the cluster is final.
  return restyleNfc(text.normalize('NFC'), style);
}

/** applyToneStyle of a text already in NFC, for callers that know it is (name-keys.ts). */
export function restyleNfc(nfc: string, style: 'old' | 'new'): string {
  // A loop over code units, not a regular-expression replacement with a callback: every name word keyed
  // goes through here (accentKey), and most clusters found stay as written ('Nguyễn').
  let restyled = '';
  let copied = 0;
  for (let at = 0; at + 1 < nfc.length; at++) {
    if (!isClusterLetter(nfc.charCodeAt(at), CLUSTER_FIRST) || !isClusterLetter(nfc.charCodeAt(at + 1), CLUSTER_SECOND)) continue;
    const cluster = nfc.slice(at, at + 2);
    const styled = restyleCluster(nfc, cluster, at, style);
    if (styled !== cluster) {
      restyled += nfc.slice(copied, at) + styled;
      copied = at + 2;
    }
    at++; // clusters do not overlap: the next one starts after this one
  }
  return copied === 0 ? nfc : restyled + nfc.slice(copied);
}
