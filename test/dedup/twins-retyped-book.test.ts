/**
 * Twins in a book and its retype ('KS-TeLo-2012-nhap-lai.xlsx'): the retype copies each
 * entry at its own number and registration date, and a slip can make one twin's row spell
 * the other's name (Hưng typed Hùng, Ánh typed Anh). The register position says whose copy
 * the row is; a twin never takes the co-twin's ID by a fill. When nothing confirms the
 * position (the retype has no row for the twin the name spells), the row goes to review.
 */
import { describe, expect, it } from 'vitest';
import { deduplicate } from '../../src/dedup/deduplicate.js';
import { birthDedupSpec } from '../../src/dedup/specs/birth.js';
import type { BirthRecord } from '../../src/record-types/birth.js';
import { birthAn, childName } from './clean-records.js';

const run = (records: BirthRecord[]) => deduplicate(records.map((record) => birthDedupSpec.toDedupRecord(record, '251')), birthDedupSpec);
const groups = (result: ReturnType<typeof run>) => result.clusters.map((cluster) => [cluster.survivor.id, ...cluster.memberIds].sort()).sort();

const BOOK = '251/KS-TeLo-2012.xlsx';
const RETYPED = '251/KS-TeLo-2012-nhap-lai.xlsx';
const TE_LO = '09040';
const NO_MARKS = [{ code: 'NAME_NO_DIACRITICS', field: 'child.fullName', message: 'Họ tên "Nguyen Van Hung" không có dấu.' }];

interface Family {
  registered: string;
  born: string;
  mother: string;
  father: string;
  residence: string;
  sex: 'male' | 'female';
}
const HUNG_FAMILY: Family = { registered: '2012-05-02', born: '2012-04-17', mother: 'Trần Thị Lan', father: 'Nguyễn Văn Bình', residence: 'Thôn Đông, xã Tề Lỗ', sex: 'male' };
const ANH_FAMILY: Family = { registered: '2012-05-03', born: '2012-04-20', mother: 'Phạm Thị Hạnh', father: 'Lê Văn Quang', residence: 'Thôn Nam Cường, xã Tề Lỗ', sex: 'female' };

/** Entry No. `number` of Tề Lỗ's 2012 birth book, or of its retype. */
function entry(file: string, number: number, fullName: string, family: Family, personalId: string | null, remarks: string | null = null): BirthRecord {
  const copy = file === RETYPED;
  return {
    ...birthAn,
    id: `birth-te-lo-2012-${number}${copy ? '-nhap-lai' : ''}`,
    registration: { ...birthAn.registration, districtCode: '251', communeCode: TE_LO, book: '01/2012', number: String(number), date: family.registered, place: 'UBND xã Tề Lỗ' },
    provenance: { file, sheet: '2012', row: number - 7 },
    child: { ...birthAn.child, ...childName(fullName), sex: family.sex, birthDate: family.born, personalId },
    mother: { ...birthAn.mother, fullName: family.mother, birthYear: '1986', residence: family.residence },
    father: { ...birthAn.mother, fullName: family.father, birthYear: '1984', residence: family.residence },
    remarks,
    warnings: fullName.startsWith('Nguyen Van') ? NO_MARKS : [],
  };
}

const hung = entry(BOOK, 11, 'Nguyễn Văn Hùng', HUNG_FAMILY, null, 'Sinh đôi');
const hungTwin = entry(BOOK, 12, 'Nguyễn Văn Hưng', HUNG_FAMILY, null, 'Sinh đôi');
const anh = entry(BOOK, 13, 'Lê Ngọc Anh', ANH_FAMILY, null);
const anhTwin = entry(BOOK, 14, 'Lê Ngọc Ánh', ANH_FAMILY, null);
const hungCopy = entry(RETYPED, 11, 'Nguyen Van Hung', HUNG_FAMILY, '026212000111');
/** The horn of Hưng dropped: the row spells the co-twin's name. */
const hungTwinCopy = entry(RETYPED, 12, 'Nguyễn Văn Hùng', HUNG_FAMILY, '026212000112');
const anhCopy = entry(RETYPED, 13, 'Lê Ngọc Anh', ANH_FAMILY, '026312000113');
/** The acute of Ánh dropped. */
const anhTwinCopy = entry(RETYPED, 14, 'Lê Ngọc Anh', ANH_FAMILY, '026312000114');

/** Each retyped row with the book's entry at its own number. */
const OWN_ENTRIES = [
  [hung.id, hungCopy.id],
  [hungTwin.id, hungTwinCopy.id],
  [anh.id, anhCopy.id],
  [anhTwin.id, anhTwinCopy.id],
].map((group) => group.sort());

const withoutId = (record: BirthRecord): BirthRecord => ({ ...record, child: { ...record.child, personalId: null } });

describe('twins in a book and its retype', () => {
  it('merges each retyped row into the entry at its own number, whose name its slip does not spell', () => {
    const result = run([hung, hungTwin, anh, anhTwin, hungCopy, hungTwinCopy, anhCopy, anhTwinCopy]);
    expect(groups(result)).toEqual(OWN_ENTRIES);
    expect(result.review.filter((pair) => pair.reason === 'register-position')).toEqual([]);
  });

  it('fills each twin with the ID of its own row, never the co-twin’s', () => {
    const result = run([hung, hungTwin, hungCopy, hungTwinCopy]);
    const idFill = (survivor: string) => result.clusters.find((cluster) => cluster.survivor.id === survivor)?.fills.find((fill) => fill.field === 'child.personalId')?.fromId;
    expect(idFill(hung.id)).toBe(hungCopy.id);
    expect(idFill(hungTwin.id)).toBe(hungTwinCopy.id);
  });

  it('keeps the book’s row as the survivor, its name as the book has it, the ID filled from the retype', () => {
    const result = run([hung, hungTwin, anh, anhTwin, hungCopy, hungTwinCopy, anhCopy, anhTwinCopy]);
    const cluster = result.clusters.find((one) => one.memberIds.includes(anhTwinCopy.id));
    // The retyped row carries an ID (more complete) but spells the co-twin's name: the book's Ánh stays.
    expect(cluster?.survivor.id).toBe(anhTwin.id);
    expect(cluster?.fills.find((fill) => fill.field === 'child.personalId')?.fromId).toBe(anhTwinCopy.id);
    expect(result.clusters.map((one) => one.survivor.id).sort()).toEqual([hung.id, hungTwin.id, anh.id, anhTwin.id].sort());
  });

  it('does the same without IDs in the retype', () => {
    const result = run([hung, hungTwin, anh, anhTwin, ...[hungCopy, hungTwinCopy, anhCopy, anhTwinCopy].map(withoutId)]);
    expect(groups(result)).toEqual(OWN_ENTRIES);
  });

  it('never puts both twins in one cluster when a retyped row survives (the book without remarks)', () => {
    const bare = [hung, hungTwin].map((record) => ({ ...record, remarks: null }));
    const result = run([...bare, hungCopy, hungTwinCopy]);
    expect(groups(result)).toEqual([[hung.id, hungCopy.id].sort(), [hungTwin.id, hungTwinCopy.id].sort()].sort());
  });

  it('sends the row to review, merged into neither twin, when the retype has no row of the twin its name spells', () => {
    // The retype of No. 12 spells Hùng, and no row of the retype copies No. 11: a slip of the name, or numbering slipped by one.
    const result = run([hung, hungTwin, hungTwinCopy]);
    expect(result.clusters).toEqual([]);
    expect(result.review.map((pair) => [pair.reason, pair.a.id, pair.b.id]).sort()).toEqual([
      ['register-position', hung.id, hungTwinCopy.id],
      ['register-position', hungTwin.id, hungTwinCopy.id],
    ]);
  });

  it('follows the names when the retype’s numbering slipped: each twin’s copy one number on, without IDs', () => {
    // The retype typed Hùng of No. 11 at 12 and Hưng of No. 12 at 13: its row 12 spells Hùng, and its row 13 copies No. 12.
    const slippedHung = entry(RETYPED, 12, 'Nguyễn Văn Hùng', HUNG_FAMILY, null);
    const slippedHungTwin = entry(RETYPED, 13, 'Nguyễn Văn Hưng', HUNG_FAMILY, null);
    const result = run([hung, hungTwin, slippedHung, slippedHungTwin]);
    expect(groups(result)).toEqual([[hung.id, slippedHung.id].sort(), [hungTwin.id, slippedHungTwin.id].sort()].sort());
    expect(result.review.filter((pair) => pair.reason === 'register-position')).toEqual([]);
  });

  it('follows the names when the retype typed the twins in the other order under the book’s numbers', () => {
    // Hoàng Hoa's 1994 book: No. 25 Long, No. 26 Lân ('Sinh đôi'); its retype, numbered down the column, has Lân at 25 and
    // Long at 26. Each row's name is its own twin's, marks and all, and the row at the other number copies the first twin
    // by name: the rows were swapped, not the names — no copy disagrees with a twin's name.
    const LONG_FAMILY: Family = { ...HUNG_FAMILY, registered: '1994-06-06', born: '1994-05-17' };
    const long = entry(BOOK, 25, 'Nguyễn Văn Long', LONG_FAMILY, null, 'Sinh đôi');
    const lan = entry(BOOK, 26, 'Nguyễn Văn Lân', LONG_FAMILY, null, 'Sinh đôi');
    const lanAt25 = entry(RETYPED, 25, 'Nguyễn Văn Lân', LONG_FAMILY, null, 'Sinh đôi');
    const longAt26 = entry(RETYPED, 26, 'Nguyễn Văn Long', LONG_FAMILY, null, 'Sinh đôi');
    const result = run([long, lan, lanAt25, longAt26]);
    expect(groups(result)).toEqual([[long.id, longAt26.id].sort(), [lan.id, lanAt25.id].sort()].sort());
    expect(result.clusters.flatMap((cluster) => cluster.disagreements ?? [])).toEqual([]);
    expect(result.review).toEqual([]);
    // Hùng and Hưng typed in the other order likewise.
    const hungAt12 = entry(RETYPED, 12, 'Nguyễn Văn Hùng', HUNG_FAMILY, null);
    const hungTwinAt11 = entry(RETYPED, 11, 'Nguyễn Văn Hưng', HUNG_FAMILY, null);
    expect(groups(run([hung, hungTwin, hungTwinAt11, hungAt12]))).toEqual([[hung.id, hungAt12.id].sort(), [hungTwin.id, hungTwinAt11.id].sort()].sort());
  });

  it('follows the names of triplets typed in a rotated order under the book’s numbers', () => {
    const TRIPLETS: Family = { ...HUNG_FAMILY, registered: '1994-07-01', born: '1994-06-12' };
    const [tai, tu, tam] = (['Nguyễn Văn Tài', 'Nguyễn Văn Tú', 'Nguyễn Văn Tâm'] as const).map((name, index) => entry(BOOK, 30 + index, name, TRIPLETS, null, 'Sinh ba'));
    const copies = (['Nguyễn Văn Tú', 'Nguyễn Văn Tâm', 'Nguyễn Văn Tài'] as const).map((name, index) => entry(RETYPED, 30 + index, name, TRIPLETS, null, 'Sinh ba'));
    const result = run([tai!, tu!, tam!, ...copies]);
    expect(groups(result)).toEqual([[tai!.id, copies[2]!.id].sort(), [tu!.id, copies[0]!.id].sort(), [tam!.id, copies[1]!.id].sort()].sort());
    expect(result.review).toEqual([]);
  });

  it('still keeps the twins of the book apart, not even in review', () => {
    const result = run([hung, hungTwin]);
    expect(result.clusters).toEqual([]);
    expect(result.review).toEqual([]);
  });
});
