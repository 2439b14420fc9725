/**
 * detectHeader bounds candidates and scores the promising ones first; the
 * answer must be what scoring every candidate gives. The reference below is the
 * exhaustive search as first written (every row, pair and triple of rows, every type,
 * every label looked up), fed the same label texts, then moved up to the
 * earliest match of the best's type above it scoring at least half as well.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../src/ingest/alias-index.js';
import { HeaderRows } from '../../src/ingest/header-cells.js';
import { detectHeader, HEADER_SEARCH_ROWS, type DetectedHeader } from '../../src/ingest/header-detect.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { personAttributes } from '../../src/record-types/common-columns.js';
import { foldHeader } from '../../src/ingest/header-text.js';
import { sheetRows } from './rows.js';
import type { SheetRow } from '../../src/ingest/sheet-source.js';

interface ReferenceCandidate {
  rowNumbers: number[];
  labels: Map<number, string>;
  forms: Map<number, string[]>;
  /** Columns labelled by a group over an attribute. */
  grouped: Set<number>;
  /** A grouped column's group words and attribute fold. */
  groups: Map<number, { words: string[]; sub: string }>;
}

function referenceDetect(rows: readonly SheetRow[], indexes: readonly AliasIndex[]): DetectedHeader | null {
  const best = referenceBest(rows.slice(0, HEADER_SEARCH_ROWS), indexes);
  let header = best;
  while (header && best) {
    const firstRow = header.headerRowNumbers[0]!;
    const earlier = referenceBest(rows.filter((row) => row.rowNumber < firstRow), indexes);
    if (!earlier || earlier.type !== best.type || earlier.score < best.score / 2) break;
    header = earlier;
  }
  return header;
}

function referenceBest(rows: readonly SheetRow[], indexes: readonly AliasIndex[]): DetectedHeader | null {
  const read = new HeaderRows(rows.slice(0, HEADER_SEARCH_ROWS), (fold) => indexes.some((index) => index.isAlias(fold)));
  const texts = rows.slice(0, HEADER_SEARCH_ROWS).map((_, i) => read.row(i).texts);
  const folds = rows.slice(0, HEADER_SEARCH_ROWS).map((_, i) => read.row(i).folds);
  let best: DetectedHeader | null = null;
  for (let i = 0; i < texts.length; i++) {
    const single: ReferenceCandidate = { rowNumbers: [rows[i]!.rowNumber], labels: new Map(), forms: new Map(), grouped: new Set(), groups: new Map() };
    texts[i]!.forEach((text, column) => {
      if (!text) return;
      single.labels.set(column, text);
      single.forms.set(column, [folds[i]![column]!]);
    });
    const rowNumbers = rows.map((row) => row.rowNumber);
    const pair = i + 1 < texts.length ? referencePair(texts[i]!, folds[i]!, texts[i + 1]!, folds[i + 1]!, rowNumbers.slice(i, i + 2)) : undefined;
    const triple = i + 2 < texts.length ? referenceTriple(texts, folds, i, rowNumbers.slice(i, i + 3)) : undefined;
    for (const candidate of [single, pair, triple]) {
      if (candidate === undefined) continue;
      for (const index of indexes) {
        const match = referenceMatch(candidate, index, indexes);
        if (match && (!best || match.score > best.score)) best = match;
      }
    }
  }
  return best;
}

/**
 * Per column, the column of its group's label: carried right from a label, or
 * the label inside a repeating block of attributes (the run's first attribute
 * coming back, else name columns, labels before any name column left carried);
 * -2 for a name column (and the rest of its group) found inside a carried group
 * not at its start, before a group that does not start with a name.
 */
function referenceGroups(upper: string[], lower: string[], lowerFolds: string[]): number[] {
  const width = Math.max(upper.length, lower.length);
  const groupOf: number[] = [];
  let group = -1;
  for (let column = 0; column < width; column++) {
    if (upper[column]) group = lower[column] ? column : -1;
    groupOf.push(lower[column] ? group : -1);
  }
  const isName = (column: number) => {
    const fold = lowerFolds[column] ?? '';
    return fold === 'ho' || /^ho\b.*\bten\b/.test(fold) || /^ho( va)? chu dem\b/.test(fold);
  };
  for (let start = 0; start < width; start++) {
    if (!lower[start] || lower[start - 1]) continue;
    let end = start;
    while (lower[end + 1]) end++;
    const run = Array.from({ length: end - start + 1 }, (_, i) => start + i);
    const labels = run.filter((column) => upper[column]);
    if (labels.length < 2) continue;
    const fits = (persons: number[], starts: number[], last: number) =>
      persons.length >= 2 && persons.every((label, k) => label >= starts[k]! && label <= (k + 1 < starts.length ? starts[k + 1]! - 1 : last));
    let persons: number[] | undefined;
    let starts: number[] = [];
    let last = end;
    const comingBack = run.filter((column) => lowerFolds[start] && lowerFolds[column] === lowerFolds[start]);
    const names = run.filter(isName);
    if (comingBack.length === labels.length && fits(labels, comingBack, end)) {
      persons = labels;
      starts = comingBack;
    } else if (names.length > 0) {
      const after = labels.filter((label) => label >= names[0]!);
      let first = 0;
      while (first + 1 < names.length && names[first + 1]! <= after[0]!) first++;
      const chosen = names.slice(first, first + after.length);
      const next = names[first + after.length];
      if (chosen.length === after.length && fits(after, chosen, next === undefined ? end : next - 1)) {
        persons = after;
        starts = chosen;
        last = next === undefined ? end : next - 1;
      }
    }
    if (persons !== undefined) {
      starts.forEach((from, k) => {
        const to = k + 1 < starts.length ? starts[k + 1]! - 1 : last;
        for (let column = from; column <= to; column++) groupOf[column] = persons![k]!;
      });
      for (let column = last + 1; column <= end; column++) groupOf[column] = -1;
      continue;
    }
    // Carried groups within the run, in order.
    const carried: number[][] = [];
    for (const column of run) {
      if (groupOf[column]! < 0) continue;
      const previous = carried[carried.length - 1];
      if (previous && previous[previous.length - 1] === column - 1 && groupOf[previous[0]!] === groupOf[column]) previous.push(column);
      else carried.push([column]);
    }
    carried.forEach((columns, k) => {
      const next = carried[k + 1];
      if (!next || isName(next[0]!)) return;
      const name = columns.findIndex((column, i) => i > 0 && isName(column));
      if (name > 0) for (const column of columns.slice(name)) groupOf[column] = -2;
    });
  }
  return groupOf;
}

function referenceTriple(texts: string[][], folds: string[][], i: number, rowNumbers: number[]): ReferenceCandidate | undefined {
  const [top, middle, lower] = [texts[i]!, texts[i + 1]!, texts[i + 2]!];
  const width = Math.max(top.length, middle.length, lower.length);
  const columns = Array.from({ length: width }, (_, column) => column);
  const allLevels = columns.some((column) => top[column] && middle[column] && folds[i + 2]![column]);
  const carried = columns.some((column) => !middle[column] && lower[column] && columns.some((before) => before < column && middle[before]));
  if (!allLevels || !carried) return undefined;
  const topGroups = referenceGroups(top, middle, []);
  const upper: string[] = [];
  const upperFolds: string[] = [];
  for (let column = 0; column < width; column++) {
    const at = topGroups[column]!;
    upper.push(middle[column] ? (at < 0 ? middle[column]! : `${top[at]} / ${middle[column]}`) : (top[column] ?? ''));
    upperFolds.push(middle[column] ? folds[i + 1]![column]! : (folds[i]![column] ?? ''));
  }
  const candidate = referencePair(upper, upperFolds, lower, folds[i + 2]!, rowNumbers);
  // A middle label merged down over the lower row, under a top group: the group's words and the label, as a grouped one.
  for (let column = 0; candidate && column < width; column++) {
    const at = topGroups[column]!;
    if (!middle[column] || lower[column] || at < 0) continue;
    const words = referenceGroupWords(folds[i]![at]!);
    const sub = folds[i + 1]![column]!;
    candidate.forms.set(column, words.flatMap((_, start) => [`${sub} ${words.slice(start).join(' ')}`, `${words.slice(start).join(' ')} ${sub}`]));
    candidate.grouped.add(column);
    candidate.groups.set(column, { words, sub });
  }
  return candidate;
}

function referenceGroupWords(groupFold: string): string[] {
  return groupFold.replace(/\b(thong tin ve|thong tin|ve|ben|cua)\b/g, ' ').split(/\s+/).filter(Boolean);
}

function referencePair(upper: string[], upperFolds: string[], lower: string[], lowerFolds: string[], rowNumbers: number[]): ReferenceCandidate | undefined {
  const labels = new Map<number, string>();
  const forms = new Map<number, string[]>();
  const groupedColumns = new Set<number>();
  const groups = new Map<number, { words: string[]; sub: string }>();
  const groupOf = referenceGroups(upper, lower, lowerFolds);
  let grouped = false;
  for (let column = 0; column < Math.max(upper.length, lower.length); column++) {
    const top = upper[column] ?? '';
    const bottom = lower[column] ?? '';
    if (!bottom) {
      if (top) {
        labels.set(column, top);
        forms.set(column, [upperFolds[column]!]);
      }
      continue;
    }
    const bottomFold = lowerFolds[column]!;
    const at = groupOf[column]!;
    if (at === -2) {
      // Unplaced: labelled, never keyed.
      grouped = true;
      labels.set(column, bottom);
      forms.set(column, []);
      continue;
    }
    // A label repeated down both rows ('STT' over 'STT') is that label, no group of itself.
    if (at < 0 || (at === column && upperFolds[column] === bottomFold)) {
      labels.set(column, bottom);
      forms.set(column, [bottomFold]);
      continue;
    }
    grouped = true;
    groupedColumns.add(column);
    labels.set(column, `${upper[at]} / ${bottom}`);
    const groupWords = upperFolds[at]!.replace(/\b(thong tin ve|thong tin|ve|ben|cua)\b/g, ' ').split(/\s+/).filter(Boolean);
    const combined: string[] = [];
    for (let start = 0; start < groupWords.length; start++) {
      const suffix = groupWords.slice(start).join(' ');
      combined.push(`${bottomFold} ${suffix}`, `${suffix} ${bottomFold}`);
    }
    forms.set(column, combined);
    groups.set(column, { words: groupWords, sub: bottomFold });
  }
  if (!grouped) return undefined;
  return { rowNumbers, labels, forms, grouped: groupedColumns, groups };
}

/**
 * A plain label after a name column, that no column takes otherwise, read as the
 * named person's attribute: the label with a tail of the name label's words (name
 * vocabulary removed) before or after it must be an alias of that person's column;
 * it scores at most 1 if the label is an alias of some type, 0.5 if it holds two
 * consecutive words of multi-word aliases, and nothing otherwise.
 */
function referencePersonHit(
  fold: string, raw: string, person: { role: string; words: string[] }, index: AliasIndex, indexes: readonly AliasIndex[], taken: ReadonlySet<string>,
  ok: (key: string) => boolean = () => true,
): { key: string; confidence: number } | undefined {
  const words = fold.split(' ');
  const isPhraseWord = (word: string) => indexes.some((other) => other.isPhraseWord(word));
  const runOfTwo = words.some((word, i) => i > 0 && isPhraseWord(word) && isPhraseWord(words[i - 1]!));
  const bound = indexes.some((other) => other.isAlias(fold)) ? 1 : runOfTwo ? 0.5 : 0;
  if (bound === 0) return undefined;
  for (let start = 0; start < person.words.length; start++) {
    const tail = person.words.slice(start).join(' ');
    for (const form of [`${fold} ${tail}`, `${tail} ${fold}`]) {
      const hit = index.isAlias(form) ? index.lookup(form, raw) : undefined;
      if (hit && hit.key.startsWith(`${person.role}.`) && !taken.has(hit.key) && ok(hit.key)) return { key: hit.key, confidence: Math.min(hit.confidence, bound) };
    }
  }
  return undefined;
}

/**
 * The columns' keys, left to right. A column left with nothing because its key
 * is held by a weaker claim (a fallback label < a label inside a longer one <
 * an exact label; hidden < visible on a tie) takes it: the holder is refused
 * that key and everything is assigned again.
 */
function referenceMatch(
  candidate: ReferenceCandidate, index: AliasIndex, indexes: readonly AliasIndex[], hidden: ReadonlySet<number> = new Set(),
): DetectedHeader | null {
  const refused = new Set<string>();
  for (;;) {
    const assigned = referenceAssign(candidate, index, indexes, hidden, refused);
    if (typeof assigned === 'string') {
      refused.add(assigned);
      continue;
    }
    const { keys, taken, score } = assigned;
    // 'STT' is the register's number when no column is.
    const stt = [...keys].find(([, key]) => key === 'stt');
    if (stt && !taken.has('registration.number') && !taken.has('registration.numberAndBook')) {
      keys.set(stt[0], 'registration.number');
      taken.delete('stt');
      taken.add('registration.number');
    }
    const shared = [...keys].find(([, key]) => key === 'parents.residence');
    const ownResidences = ['mother.residence', 'father.residence'].filter((key) => taken.has(key));
    if (shared && ownResidences.length === 1 && !candidate.groups.has(shared[0]) && unqualifiedResidences.has(candidate.forms.get(shared[0])![0]!)) {
      const other = ownResidences[0] === 'mother.residence' ? 'father.residence' : 'mother.residence';
      keys.set(shared[0], other);
      taken.delete('parents.residence');
      taken.add(other);
    }
    if (taken.size < 3 || !referenceNamesEntry(candidate, keys, taken, index)) return null;
    const hasSignature = index.type.signatureKeys.some((key) => taken.has(key));
    if (!(hasSignature || indexes.length === 1)) return null;
    return { type: index.type, headerRowNumbers: candidate.rowNumbers, keys, labels: candidate.labels, score, encoding: null };
  }
}

/**
 * The name of a person every entry names (a required '….fullName': the child, the
 * deceased, a spouse), whole or in parts; when only plain 'Nam' | 'Nữ' labels
 * give it, also a date or birth year, and no unkeyed 'Họ và tên'-like label.
 */
function referenceNamesEntry(candidate: ReferenceCandidate, keys: Map<number, string>, taken: Set<string>, index: AliasIndex): boolean {
  const roles = index.type.requiredFields.filter((field) => field.endsWith('.fullName')).map((field) => field.split('.')[0]!);
  const nameColumns = [...keys].filter(([, key]) => roles.some((role) => [`${role}.fullName`, `${role}.familyNamePart`, `${role}.middleNamePart`, `${role}.nameAndBirthDate`].includes(key)));
  if (nameColumns.length === 0) return false;
  const plainFold = (column: number) => (candidate.grouped.has(column) ? undefined : candidate.forms.get(column)?.[0]);
  // A husband named only by a group saying 'năm' (a title's year), never 'nam', is no husband.
  const yearGroup = (column: number) => {
    const label = candidate.labels.get(column) ?? '';
    const groups = label.split(' / ').slice(0, -1).join(' ').toLowerCase();
    return /(^|[^\p{L}])năm([^\p{L}]|$)/u.test(groups) && !/(^|[^\p{L}])nam([^\p{L}]|$)/u.test(groups);
  };
  const named = (column: number, key: string) => (candidate.grouped.has(column) ? !(key.startsWith('husband.') && yearGroup(column)) : !['nam', 'nu'].includes(plainFold(column) ?? ''));
  if (nameColumns.some(([column, key]) => named(column, key))) return true;
  if (nameColumns.every(([column]) => candidate.grouped.has(column))) return false;
  const isNameLabel = (fold: string) => fold === 'ho' || /^ho\b.*\bten\b/.test(fold) || /^ho( va)? chu dem\b/.test(fold);
  if ([...candidate.forms.keys()].some((column) => !keys.has(column) && isNameLabel(plainFold(column) ?? ''))) return false;
  return [...taken].some((key) => /date|Date|birthYear/.test(key));
}

const unqualifiedIds = new Set([personAttributes.personalId.header, ...personAttributes.personalId.aliases].map((label) => foldHeader(label)));
/** 'Tuổi' naming no person: right of the declarant's name, the declarant's own (not read). */
const unqualifiedAge = foldHeader(personAttributes.age.header);
/** 'Nơi cư trú', 'Chỗ ở' naming no person: in a birth book both parents', or the other parent's beside one parent's own. */
const unqualifiedResidences = new Set([personAttributes.residence.header, ...personAttributes.residence.aliases].map((label) => foldHeader(label)));
/** 'Số định danh cá nhân', 'Mã định danh', 'Số ĐDCN': the personal number, not an ID card. */
const personalNumbers = new Set([...unqualifiedIds].filter((fold) => fold.includes('dinh danh') || fold.includes('ddcn')));
type Hit = { key: string; confidence: number; fallback?: true };

/**
 * A plain personal number label right of the name column of another person
 * than the one it names alone: that person's, when the header has two or more
 * such plain labels or a later column is the name of someone else (not the
 * declarant); it scores the label's bound.
 */
function referencePersonalNumber(
  candidate: ReferenceCandidate, index: AliasIndex, column: number, role: string, taken: ReadonlySet<string>, ok: (key: string) => boolean,
): Hit | undefined {
  const key = `${role}.personalId`;
  if (!index.type.columns.some((definition) => definition.key === key) || taken.has(key) || !ok(key)) return undefined;
  const plain = [...candidate.forms].filter(([labelled, forms]) => !candidate.grouped.has(labelled) && forms.length > 0);
  const count = plain.filter(([, forms]) => personalNumbers.has(forms[0]!)).length;
  const nameAfter = [...candidate.forms].some(([labelled, forms]) => {
    if (labelled <= column || forms.length === 0) return false;
    const raw = candidate.labels.get(labelled) ?? '';
    const hits = forms.map((form) => index.lookup(form, raw)).filter((hit) => hit !== undefined && !(candidate.grouped.has(labelled) && isRegistration(hit.key)));
    const best = hits.reduce<Hit | undefined>((found, hit) => (found === undefined || hit!.confidence > found.confidence ? hit : found), undefined);
    return best !== undefined && (best.key.endsWith('.fullName') || best.key.endsWith('.nameAndBirthDate')) && !best.key.startsWith(`${role}.`) && !best.key.startsWith('declarant.');
  });
  return count >= 2 || nameAfter ? { key, confidence: 1 } : undefined;
}
const isRegistration = (key: string) => key === 'stt' || key.startsWith('registration.');
const strength = (hit: Hit, isHidden: boolean) => (hit.fallback ? 0 : hit.confidence >= 1 ? 4 : 2) + (isHidden ? 0 : 1);

function referenceAssign(
  candidate: ReferenceCandidate, index: AliasIndex, indexes: readonly AliasIndex[], hidden: ReadonlySet<number>, refused: ReadonlySet<string>,
): { keys: Map<number, string>; taken: Set<string>; score: number } | string {
  const keys = new Map<number, string>();
  const taken = new Set<string>();
  const holders = new Map<string, { column: number; strength: number }>();
  let score = 0;
  let person: { role: string; words: string[] } | null = null;
  // The role of the last name column keyed, grouped or not.
  let namedRole: string | null = null;
  // Only the declarant's columns keyed since the declarant's one-cell name column: an ID label naming no one is theirs.
  let afterDeclarant = false;
  // The last column keyed, when it is both spouses' or both parents' and follows a name column: its role and label words.
  let shared: { role: string; words: string[] } | null = null;
  for (const [column, forms] of candidate.forms) {
    const raw = candidate.labels.get(column) ?? '';
    if (forms.length === 0) continue;
    const ok = (key: string) => !refused.has(`${column}:${key}`);
    let wanted: Hit | undefined;
    let best: Hit | undefined;
    const group = candidate.groups.get(column);
    if (group) {
      // A group naming a person ('Họ và tên' + its words is someone's name column) lends no registration key.
      const personGroup = group.words.some((_, start) => {
        const tail = group.words.slice(start).join(' ');
        return [`ho va ten ${tail}`, `${tail} ho va ten`].some((form) => index.isAlias(form) && index.lookup(form, form)?.key.endsWith('.fullName'));
      });
      for (const form of forms) {
        const hit = index.lookup(form, raw);
        // A year or an ID column of both people only by its own label ('Năm sinh chồng/vợ'), never with its group's words.
        const perPersonShared = /^(?:spouses|parents)\./.test(hit?.key ?? '') && !['ethnicity', 'nationality', 'residence'].includes(hit!.key.split('.')[1]!);
        if (!hit || !ok(hit.key) || (personGroup && isRegistration(hit.key)) || perPersonShared) continue;
        if (!wanted || hit.confidence > wanted.confidence) wanted = hit;
        if (!taken.has(hit.key) && (!best || hit.confidence > best.confidence)) best = hit;
      }
      if (personGroup && !wanted) {
        const alone = index.lookup(group.sub, raw);
        if (alone && alone.confidence === 1 && !alone.fallback && isRegistration(alone.key) && ok(alone.key)) {
          wanted = { key: alone.key, confidence: 0 };
          if (!taken.has(alone.key)) best = wanted;
        }
      }
    } else {
      const hit = index.lookup(forms[0]!, raw);
      const afterId = keys.get(column - 1)?.endsWith('.personalId') === true;
      wanted = hit && ok(hit.key) && !(hit.fallback && afterId) ? hit : undefined;
      best = wanted && !taken.has(wanted.key) ? wanted : undefined;
      // A birth date another person's 'Họ tên, ngày sinh' column already gives yields to the person named left of the label.
      const givenElsewhere = (key: string) => key.endsWith('.birthDate') && key.split('.')[0] !== person?.role && taken.has(`${key.split('.')[0]}.nameAndBirthDate`);
      if (person && (!best || best.confidence < 1 || givenElsewhere(best.key))) {
        // Right after a column of both people, the bare attribute is theirs when they have it.
        // Only where they live, their people, their country: a birth date or an ID is one person's.
        const ofBoth = shared ? referencePersonHit(forms[0]!, raw, shared, index, indexes, taken, (key) => ok(key) && ['ethnicity', 'nationality', 'residence'].includes(key.split('.')[1]!)) : undefined;
        best = ofBoth ?? referencePersonHit(forms[0]!, raw, person, index, indexes, taken, ok) ?? best;
      }
      const declarantResidence = best?.key === 'parents.residence' && unqualifiedResidences.has(forms[0]!);
      if (afterDeclarant && best && (unqualifiedIds.has(forms[0]!) || forms[0] === unqualifiedAge || declarantResidence)) wanted = best = undefined;
      else if (namedRole && !best?.key.startsWith(`${namedRole}.`) && personalNumbers.has(forms[0]!)) {
        const own = referencePersonalNumber(candidate, index, column, namedRole, taken, ok);
        if (own) wanted = best = own;
      }
    }
    if (!best && wanted && taken.has(wanted.key)) {
      const holder = holders.get(wanted.key)!;
      if (strength(wanted, hidden.has(column)) > holder.strength) return `${holder.column}:${wanted.key}`;
    }
    if (!best || taken.has(best.key)) continue;
    keys.set(column, best.key);
    taken.add(best.key);
    holders.set(best.key, { column, strength: strength(best, hidden.has(column)) });
    score += best.confidence;
    afterDeclarant = !group && (best.key === 'declarant.fullName' || (afterDeclarant && best.key.startsWith('declarant.')));
    if (best.key.endsWith('.fullName') || best.key.endsWith('.nameAndBirthDate')) {
      namedRole = best.key.split('.')[0]!;
      // 'Họ tên, năm sinh người chết': the person's words follow the birth date's.
      const labelWords = best.key.endsWith('.nameAndBirthDate') ? afterBirthDate(forms[0]!.split(' ')) : forms[0]!.split(' ');
      const words = group ? [] : labelWords.filter((word) => word !== '' && !['ho', 'chu', 'dem', 'va', 'ten', 'day', 'du', 'lot'].includes(word));
      person = words.length > 0 ? { role: best.key.split('.')[0]!, words } : null;
    }
    const role = best.key.split('.')[0]!;
    shared = !group && person && (role === 'spouses' || role === 'parents') ? { role, words: forms[0]!.split(' ').filter(Boolean) } : null;
  }
  return { keys, taken, score };
}

/** The words after 'sinh' ('ns'), and after the 'ngay' / 'nam' that 'sinh' opens ('ho ten sinh nam nam': 'nam'). */
function afterBirthDate(words: string[]): string[] {
  const at = words.findIndex((word) => word === 'sinh' || word === 'ns');
  if (at < 0) return words;
  const dateWords = ['ngay', 'thang', 'nam'];
  const opens = words[at] === 'sinh' && !dateWords.includes(words[at - 1] ?? '') && dateWords.includes(words[at + 1] ?? '');
  return words.slice(at + (opens ? 2 : 1));
}

const summary = (header: DetectedHeader | null) =>
  header && { type: header.type.name, rows: header.headerRowNumbers, keys: [...header.keys], labels: [...header.labels], score: header.score };

// Cells a register's top rows hold: column headers of every type, group labels,
// titles, numbering, footers, and the data under them (names, dates, places, codes).
const headerLabels = [...new Set(Object.values(RECORD_TYPES).flatMap((type) => type.columns.flatMap((column) => [column.header, ...column.aliases.slice(0, 3), ...(column.abbreviations ?? []).slice(0, 2)])))];
const otherCells = [
  'Thông tin về mẹ', 'Thông tin về cha', 'Bên chồng', 'Bên vợ', 'Phần ghi về người chết', 'Người đi khai sinh', 'Thông tin',
  'SỔ ĐĂNG KÝ KHAI SINH', 'UỶ BAN NHÂN DÂN XÃ TAM HỢP', 'Quyển số: 01/2015', 'Người lập biểu', 'Năm', 'Nam', 'Nữ', 'Họ', 'Tên', 'Số',
  '(1)', '(2)', '(3)', '1', '2', '15/08/1990', '1990', 'Nguyễn Văn An', 'Trần Thị Mai', 'Kinh', 'Việt Nam', 'Mẹ', 'Con',
  'Thôn 5, xã Tam Hợp, Bình Xuyên', 'Tại nhà', 'Già yếu', 'Cán bộ thực hiện', 'Ghi chú khác', 'Họ và tên mẹ Nguyễn Thị B',
  'Chồng', 'Vợ', 'Người chết', 'Họ và tên (chồng)', 'Ngày sinh (vợ)', 'Thông tin về cha, mẹ', 'Cha', 'Giấy báo tử', 'Ngày',
];
const cell = fc.oneof(
  { arbitrary: fc.constantFrom(...headerLabels), weight: 5 },
  { arbitrary: fc.constantFrom(...otherCells), weight: 4 },
  { arbitrary: fc.constant(null), weight: 3 },
);
const sheet = fc.array(fc.array(cell, { minLength: 1, maxLength: 9 }), { minLength: 1, maxLength: 8 });
const allTypes = Object.values(RECORD_TYPES).map((type) => new AliasIndex(type));
const oneType = [new AliasIndex(RECORD_TYPES.death)];

describe('detectHeader finds what scoring every candidate finds', () => {
  it('on random top rows of registers, with the types inferred or given', () => {
    fc.assert(
      fc.property(sheet, fc.boolean(), (values, inferring) => {
        const rows = sheetRows(values);
        const indexes = inferring ? allTypes : oneType;
        expect(summary(detectHeader(rows, indexes))).toEqual(summary(referenceDetect(rows, indexes)));
      }),
      { numRuns: Number(process.env.HEADER_SEARCH_RUNS ?? 1500) },
    );
  });

  it("on a bare residence right after both spouses' ethnicity, which is theirs too (the husband is named left of both)", () => {
    const rows = sheetRows([['Chồng', 'Dân tộc chồng vợ', 'Nơi c.trú', 'STT'], ['Thông tin về mẹ']]);
    const header = detectHeader(rows, allTypes);
    expect(summary(header)).toEqual(summary(referenceDetect(rows, allTypes)));
    expect(header?.keys.get(2)).toBe('spouses.residence');
  });

  it("on an 'NS' right of the father's 'Họ tên, ngày sinh', which is his (the child's date is in its own combined column)", () => {
    const rows = sheetRows([['Họ tên, ngày sinh trẻ', 'Họ tên, ngày sinh người cha', 'NS'], ['STT']]);
    const header = detectHeader(rows, allTypes);
    expect(summary(header)).toEqual(summary(referenceDetect(rows, allTypes)));
    expect(header?.keys.get(2)).toBe('father.birthYear');
  });

  it('on a two-level header under titles, with data rows below', () => {
    const rows = sheetRows([
      ['SỔ ĐĂNG KÝ KẾT HÔN - NĂM 2018'],
      ['STT', 'Số', 'Quyển số', 'Ngày đăng ký', 'Bên chồng', null, null, 'Bên vợ', null, null, 'Ghi chú'],
      [null, null, null, null, 'Họ và tên', 'Ngày sinh', 'Dân tộc', 'Họ và tên', 'Ngày sinh', 'Dân tộc', null],
      ['1', '1', '01/2018', '15/01/2018', 'Nguyễn Văn Đông', '02/04/1993', 'Kinh', 'Trần Thị Xuân', '12/09/1995', 'Kinh', null],
      ['2', '2', '01/2018', '22/01/2018', 'Lê Quốc Việt', '15/08/1990', 'Kinh', 'Phạm Thị Thu Trang', '03/11/1992', 'Kinh', 'Kết hôn lần hai'],
    ]);
    const header = detectHeader(rows, allTypes);
    expect(summary(header)).toEqual(summary(referenceDetect(rows, allTypes)));
    expect(header?.headerRowNumbers).toEqual([2, 3]);
    expect(header?.keys.get(4)).toBe('husband.fullName');
    expect(header?.keys.get(7)).toBe('wife.fullName');
  });
});
