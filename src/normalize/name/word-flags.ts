/**
 * What the name fast path (normalize-name.ts, letterWordsName) must know about each word
 * of a cell without slicing it out: is it a Vietnamese syllable, the bare form of a
 * middle name always written with marks ('Thi', 'Van'), or the first word of a remark
 * typed after the name ('tức', 'đã')? scanLetterWords (name-text.ts) reads each word's
 * letters as a hash of its skeleton (lower case, tone marks off, ă â ê ô ơ ư đ kept) and
 * the one tone mark and where it sits, and asks wordFlags here.
 *
 * A skeleton is known when the syllable test (text/vietnamese-syllable.ts) accepts it:
 * initials × its rimes, each with the places the test lets a tone sit and whether its
 * final is a stop (then only sắc and nặng). Rimes in k (Đắk Lắk) are left out: such a
 * word is answered by the syllable test itself (isNameSyllable). A hash stands for its
 * skeleton: a misspelt word that shares one with a known skeleton (about one in 200,000)
 * passes for a syllable on both paths of the name normalizer, which therefore agree.
 */
import { ALIAS_MARKERS, MARKED_MIDDLE_NAMES, RELATION_REMARKS, STATUS_REMARKS } from '../../reference/name-lists.js';
import { SHAPE_BY_CODE } from '../text/vietnamese-letters.js';
import { isVietnameseSyllable } from '../text/vietnamese-syllable.js';
import { foldedKey } from './name-keys.js';

/** The word is a Vietnamese syllable. */
export const SYLLABLE = 1;
/** The word is the bare form of a middle name practically always written with marks (MARKED_MIDDLE_NAMES: thi, van, huu). */
export const BARE_MIDDLE = 2;
/** The word may start a remark typed after the name (ALIAS_MARKERS, STATUS_REMARKS, RELATION_REMARKS: tức, tự, bí, đã, liệt, con, mẹ). */
export const REMARK_START = 4;

/** Lower-case toneless letter of each Vietnamese letter by UTF-16 code unit (0: no letter). */
export const SKELETON_CODE: Uint16Array = new Uint16Array(0x1f00);
/** Tone of each Vietnamese letter by code unit: 0 none, 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng. */
export const TONE_CODE: Uint8Array = new Uint8Array(0x1f00);
for (let code = 0; code < SKELETON_CODE.length; code++) {
  const shape = SHAPE_BY_CODE[code];
  if (shape === undefined) continue;
  SKELETON_CODE[code] = shape.base.charCodeAt(0);
  TONE_CODE[code] = shape.tone;
}
const SAC = 1;
const NANG = 5;

/** The skeleton hash before its first letter (FNV-1a's offset basis). */
export const HASH_START = 0x811c9dc5 | 0;

/** One step of the skeleton hash (FNV-1a, 32 bits): `hash` so far, then the next skeleton code unit. */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/** The hash as a table key: 30 bits, so that V8 keeps it a small integer. */
function keyOf(hash: number): number {
  return hash & 0x3fffffff;
}

/**
 * Skeleton entries: the tone places as a mask of the word's letter indexes (bits 0–7), then
 * these bits; a remark word's tone and tone place (plus one) from REMARK_TONE_SHIFT.
 */
const STOP = 1 << 8;
const KNOWN = 1 << 9;
/** The skeleton without a tone is a bare middle name (BARE_MIDDLE). */
const BARE = 1 << 10;
/** The skeleton with the tone in the entry's remark bits is a remark word (REMARK_START). */
const REMARK = 1 << 11;
const REMARK_TONE_SHIFT = 12;

/** Initials in the order the syllable test tries them ('gi' before 'g'). */
const INITIALS = ['', 'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x'];
const words = (list: string): string[] => list.trim().split(/\s+/);
const cross = (heads: string, tails: string): string[] => words(heads).flatMap((head) => words(tails).map((tail) => head + tail));
/** The rimes of the syllable test (RIME there), toneless, without its final k. */
const RIMES: readonly string[] = [
  ...words('uây uôi ươi ươu iêu yêu oai oay oao oeo uya uyu uêu ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu uơ'),
  ...cross('oa uê uy a ê i y', 'nh ch'),
  ...cross('uyê uô ươ iê yê oa oă uâ a ă â e o ô ơ u ư', 'ng c'),
  ...cross('uyê uô ươ iê yê oa oă oe uâ uy a ă â e ê i o ô ơ u ư y', 'm n p t'),
  ...words('oa oe uê uy a e ê i o ô ơ u ư y'),
];
const RIME_SET = new Set(RIMES);
const VOWELS = new Set([...'aăâeêioôơuưy']);
const STOP_FINALS = new Set(['c', 'ch', 'p', 't']);

/** Where the syllable test lets the tone sit in a nucleus (its toneFits): indexes into the nucleus. */
function tonePlaces(nucleus: string, hasFinal: boolean): number[] {
  if (hasFinal || nucleus.length === 1) return [nucleus.length - 1];
  if (nucleus === 'oa' || nucleus === 'oe' || nucleus === 'uy') return [0, 1];
  if (nucleus === 'uơ' || nucleus === 'uê') return [1];
  return [nucleus.length === 3 ? 1 : 0];
}

/** A known skeleton: its spelling, the tone places (indexes into the word) and whether its final is a stop. */
export interface Skeleton {
  spelling: string;
  tonePlaces: readonly number[];
  stop: boolean;
}

/** Every skeleton of initials × RIMES as the syllable test splits it: 'g' + 'ia…' is left to 'gi' + 'a…' where the test reads that. */
export function knownSkeletons(): Skeleton[] {
  const skeletons: Skeleton[] = [];
  for (const initial of INITIALS) {
    for (const rime of RIMES) {
      if (initial === 'g' && rime.startsWith('i') && RIME_SET.has(rime.slice(1))) continue;
      let nucleusLength = 0;
      while (nucleusLength < rime.length && VOWELS.has(rime.charAt(nucleusLength))) nucleusLength++;
      const final = rime.slice(nucleusLength);
      const places = tonePlaces(rime.slice(0, nucleusLength), final !== '').map((place) => initial.length + place);
      skeletons.push({ spelling: initial + rime, tonePlaces: places, stop: STOP_FINALS.has(final) });
    }
  }
  return skeletons;
}

/** What scanning a word gives: the skeleton's hash, and its tone marks. */
export interface WordReading {
  skeleton: number;
  /** The last tone mark read (0 if none), its letter index in the word, and how many the word has. */
  tone: number;
  toneIndex: number;
  toneCount: number;
}

/** A word (any case) read as scanLetterWords reads it; null when a character is no Vietnamese letter. */
export function readWord(word: string): WordReading | null {
  let skeleton = HASH_START;
  let tone = 0;
  let toneIndex = -1;
  let toneCount = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const letter = code < SKELETON_CODE.length ? SKELETON_CODE[code]! : 0;
    if (letter === 0) return null;
    skeleton = hashStep(skeleton, letter);
    const mark = TONE_CODE[code]!;
    if (mark !== 0) {
      tone = mark;
      toneIndex = i;
      toneCount++;
    }
  }
  return { skeleton, tone, toneIndex, toneCount };
}

/**
 * Skeleton entries by key, open addressing in typed arrays: a lookup for every word of
 * every name, on the fast path.
 */
const TABLE_BITS = 14;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
/** Slot i holds its key at 2i (-1 when empty) and its entry at 2i + 1: one cache line for both. */
const TABLE = new Int32Array(2 << TABLE_BITS).fill(-1);

/** The slot of `key` (30 bits): where it is, or the empty one where it would go. */
function slotOf(key: number): number {
  let slot = key & TABLE_MASK;
  while (TABLE[2 * slot] !== key && TABLE[2 * slot] !== -1) slot = (slot + 1) & TABLE_MASK;
  return slot;
}

function addEntry(skeleton: number, bits: number): void {
  const key = keyOf(skeleton);
  const slot = slotOf(key);
  const entry = TABLE[2 * slot] === key ? TABLE[2 * slot + 1]! : 0;
  TABLE[2 * slot] = key;
  TABLE[2 * slot + 1] = entry | bits;
}

for (const { spelling, tonePlaces: places, stop } of knownSkeletons()) {
  const reading = readWord(spelling);
  if (reading === null) continue;
  let entry = KNOWN | (stop ? STOP : 0);
  for (const place of places) entry |= 1 << place;
  addEntry(reading.skeleton, entry);
}
for (const middle of MARKED_MIDDLE_NAMES) {
  const reading = readWord(foldedKey(middle));
  if (reading !== null) addEntry(reading.skeleton, BARE);
}
for (const remark of [...ALIAS_MARKERS, ...STATUS_REMARKS, ...RELATION_REMARKS]) {
  const reading = readWord(remark.split(' ')[0] ?? '');
  // One remark word per skeleton (tự, tức, bí, biệt, đã, hay, thường, tên, liệt): its tone and place fit in the entry.
  if (reading !== null) addEntry(reading.skeleton, REMARK | (((reading.tone << 4) | (reading.toneIndex + 1)) << REMARK_TONE_SHIFT));
}

/** The flags (SYLLABLE, BARE_MIDDLE, REMARK_START) of a word read as `skeleton` with its tone marks. */
export function wordFlags(skeleton: number, tone: number, toneIndex: number, toneCount: number): number {
  const key = keyOf(skeleton);
  let slot = key & TABLE_MASK;
  for (let found = TABLE[2 * slot]!; found !== key; found = TABLE[2 * slot]!) {
    if (found === -1) return 0;
    slot = (slot + 1) & TABLE_MASK;
  }
  const entry = TABLE[2 * slot + 1]!;
  if (toneCount > 1) return 0;
  let flags = 0;
  if ((entry & KNOWN) !== 0) {
    const stop = (entry & STOP) !== 0;
    if (tone === 0 ? !stop : toneIndex < 8 && (entry & (1 << toneIndex)) !== 0 && (!stop || tone === SAC || tone === NANG)) flags = SYLLABLE;
  }
  if ((entry & BARE) !== 0 && tone === 0) flags |= BARE_MIDDLE;
  if ((entry & REMARK) !== 0 && entry >>> REMARK_TONE_SHIFT === ((tone << 4) | (toneIndex + 1))) flags |= REMARK_START;
  return flags;
}

/** The flags of a word in any case (NFC); 0 for a word with characters that are no Vietnamese letters. */
export function flagsOfWord(word: string): number {
  const reading = readWord(word);
  return reading === null ? 0 : wordFlags(reading.skeleton, reading.tone, reading.toneIndex, reading.toneCount);
}

/** True when a word (any case, NFC) is a Vietnamese syllable: by its skeleton, else by the syllable test. */
export function isNameSyllable(word: string): boolean {
  return (flagsOfWord(word) & SYLLABLE) !== 0 || isVietnameseSyllable(word);
}
