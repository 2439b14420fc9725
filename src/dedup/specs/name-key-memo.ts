import { accentKey, foldedKey } from '../../normalize/name/name-keys.js';
import { BoundedMemo } from '../../normalize/memo/bounded-memo.js';
import { yAsI } from '../../normalize/codes/match-key.js';
import { residenceKey } from './residence.js';

/** A name part's comparison keys. */
export interface PartKeys {
  /** accentKey with a final y after consonants written i (yAsI), null for an empty part. */
  accent: string | null;
  /** foldedKey of the accent key, null for an empty part. */
  folded: string | null;
  /**
   * The part was written with a final y that the accent key writes i (Vy, Sỹ; twins are named Vy
   * and Vi): the 1-based positions of those words, comma-separated ('1'; '2' for 'Thị Mỹ').
   */
  spelledY?: string;
}

/** The value fields of one person's name. */
export interface NameFieldNames {
  given: string;
  family: string;
  middle: string;
  unmarked: string;
}

/** 1-based positions of the words that differ between two keys of as many words, comma-separated. */
function wordsChanged(written: string, key: string): string {
  const keyWords = key.split(' ');
  return written
    .split(' ')
    .flatMap((word, index) => (word === keyWords[index] ? [] : [String(index + 1)]))
    .join(',');
}

const EMPTY: PartKeys = Object.freeze({ accent: null, folded: null });
/** Distinct name parts kept: family and middle names are a few hundred, given names a few thousand. */
const CAPACITY = 16_384;

/**
 * The keys of name parts, kept: a batch has few distinct family, middle and
 * given names (Nguyễn, Thị, Anh …), and computing accentKey and foldedKey
 * was a third of building a DedupRecord. One per batch writer, passed in.
 */
export class NameKeyMemo {
  private readonly parts = new BoundedMemo<string, PartKeys>(CAPACITY);
  /** Residence keys by residence as typed: a batch's parents live in a few hundred villages. */
  private readonly places = new BoundedMemo<string, string | null>(CAPACITY);
  /** `<field>.folded` for each field, built once. */
  private readonly foldedFields = new Map<string, string>();
  /** A person's name value fields by role ('child' → 'child.given' …), built once. */
  private readonly roles = new Map<string, NameFieldNames>();

  part(text: string | null | undefined): PartKeys {
    if (!text) return EMPTY;
    const known = this.parts.get(text);
    if (known !== undefined) return known;
    const written = accentKey(text);
    const accent = yAsI(written);
    const keys: PartKeys = accent === '' ? EMPTY : Object.freeze(accent === written ? { accent, folded: foldedKey(accent) } : { accent, folded: foldedKey(accent), spelledY: wordsChanged(written, accent) });
    return this.parts.set(text, keys);
  }

  /** residenceKey of a residence, kept. */
  place(text: string | null | undefined): string | null {
    if (!text) return null;
    const known = this.places.get(text);
    return known !== undefined ? known : this.places.set(text, residenceKey(text));
  }

  nameFields(role: string): NameFieldNames {
    let fields = this.roles.get(role);
    if (fields === undefined) {
      fields = { given: `${role}.given`, family: `${role}.family`, middle: `${role}.middle`, unmarked: `${role}.unmarked` };
      this.roles.set(role, fields);
    }
    return fields;
  }

  foldedField(field: string): string {
    let folded = this.foldedFields.get(field);
    if (folded === undefined) this.foldedFields.set(field, (folded = `${field}.folded`));
    return folded;
  }
}
