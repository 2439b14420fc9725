/**
 * Clean records as the batch writes them (test/golden/<district>/<type>/clean.jsonl), for the
 * dedup tests: one realistic record per type and a way to derive copies.
 */
import type { BirthRecord } from '../../src/record-types/birth.js';
import type { DeathRecord } from '../../src/record-types/death.js';
import type { MarriageRecord } from '../../src/record-types/marriage.js';

export const birthAn: BirthRecord = {
  id: 'birth-ee7d852c89fccbb32b2d',
  type: 'birth',
  registration: { provinceCode: '26', districtCode: '249', communeCode: '08953', book: '01/2015', number: '1', date: '2015-01-12', place: 'UBND xã Tam Hợp' },
  provenance: { file: '249-binh-xuyen/khai-sinh-tam-hop-2015.xlsx', sheet: 'Quyển 01-2015', row: 8 },
  child: {
    fullName: 'Nguyễn Văn An',
    familyName: 'Nguyễn',
    middleName: 'Văn',
    givenName: 'An',
    sex: 'male',
    birthDate: '2015-01-03',
    birthPlace: 'Trạm y tế xã Tam Hợp, huyện Bình Xuyên, tỉnh Vĩnh Phúc',
    hometown: 'Tam Hợp, Bình Xuyên, Vĩnh Phúc',
    ethnicityCode: '01',
    nationality: 'VN',
    personalId: '026215000101',
  },
  mother: { fullName: 'Trần Thị Mai', birthYear: '1990', ethnicityCode: '01', nationality: 'VN', residence: 'Thôn Ngọc Bảo, xã Tam Hợp, huyện Bình Xuyên, tỉnh Vĩnh Phúc', personalId: null },
  father: { fullName: 'Nguyễn Văn Bình', birthYear: '1988', ethnicityCode: '01', nationality: 'VN', residence: 'Thôn Ngọc Bảo, xã Tam Hợp, huyện Bình Xuyên, tỉnh Vĩnh Phúc', personalId: null },
  declarant: { fullName: 'Nguyễn Văn Bình', relation: 'Cha' },
  remarks: null,
  raw: { 'Cán bộ thực hiện': 'Hà' },
  warnings: [],
  notes: [],
};

export const marriageDong: MarriageRecord = {
  id: 'marriage-990340d41f9692cb75a0',
  type: 'marriage',
  registration: { provinceCode: '26', districtCode: '249', communeCode: '08956', book: '01/2018', number: '1', date: '2018-01-15', place: 'UBND xã Quất Lưu' },
  provenance: { file: '249-binh-xuyen/ket-hon-quat-luu-2018.xlsx', sheet: 'KH 2018', row: 5 },
  husband: {
    fullName: 'Nguyễn Văn Đông',
    familyName: 'Nguyễn',
    middleName: 'Văn',
    givenName: 'Đông',
    birthDate: '1993-04-02',
    ethnicityCode: '01',
    nationality: 'VN',
    residence: 'Xã Quất Lưu, huyện Bình Xuyên, tỉnh Vĩnh Phúc',
    personalId: '026093001501',
  },
  wife: {
    fullName: 'Trần Thị Xuân',
    familyName: 'Trần',
    middleName: 'Thị',
    givenName: 'Xuân',
    birthDate: '1995-09-12',
    ethnicityCode: '01',
    nationality: 'VN',
    residence: 'Xã Quất Lưu, huyện Bình Xuyên, tỉnh Vĩnh Phúc',
    personalId: '026195001502',
  },
  remarks: null,
  raw: {},
  warnings: [],
  notes: [],
};

export const deathThinh: DeathRecord = {
  id: 'death-66fd64a582254470c264',
  type: 'death',
  registration: { provinceCode: '26', districtCode: '249', communeCode: '08950', book: '01/2016', number: '1', date: '2016-01-12', place: 'UBND xã Hương Sơn' },
  provenance: { file: '249-binh-xuyen/khai-tu-huong-son-2016.csv', sheet: '', row: 4 },
  deceased: {
    fullName: 'Nguyễn Văn Thịnh',
    familyName: 'Nguyễn',
    middleName: 'Văn',
    givenName: 'Thịnh',
    sex: 'male',
    birthDate: '1935-05-12',
    ethnicityCode: '01',
    nationality: 'VN',
    personalId: '026035000401',
    residence: 'Thôn Đồng Sậu, xã Hương Sơn, huyện Bình Xuyên',
  },
  deathDate: '2016-01-10',
  deathPlace: 'Tại nhà',
  cause: 'Già yếu',
  declarant: { fullName: 'Nguyễn Văn Hậu', relation: null },
  remarks: null,
  raw: {},
  warnings: [],
  notes: [],
};

/** The child's name parts from a full name 'Họ Đệm Tên' (one-word family names only). */
export function childName(fullName: string): Pick<BirthRecord['child'], 'fullName' | 'familyName' | 'middleName' | 'givenName'> {
  const words = fullName.split(' ');
  return { fullName, familyName: words[0] ?? '', middleName: words.slice(1, -1).join(' '), givenName: words[words.length - 1] ?? '' };
}

/**
 * Nguyễn Hữu Hải, died 08/05/2010 at the Tam Đảo district health centre: entry 3 of Đại Đình's (248)
 * 2010 death book, which the retyped-copy and abbreviated-residence tests copy and register again.
 */
export const deathDaiDinh: DeathRecord = {
  ...deathThinh,
  id: 'death-dai-dinh-2010-3',
  registration: { provinceCode: '26', districtCode: '248', communeCode: '08923', book: null, number: '3', date: '2010-05-12', place: 'UBND xã Đại Đình' },
  provenance: { file: '248/KT_DaiDinh_2010.xlsx', sheet: 'Sheet1', row: 7 },
  deceased: { ...deathThinh.deceased, ...childName('Nguyễn Hữu Hải'), birthDate: '1941', personalId: null, residence: 'Thôn Sơn Đình, xã Đại Đình' },
  deathDate: '2010-05-08',
  deathPlace: 'Trung tâm Y tế huyện Tam Đảo',
  cause: 'Bệnh',
};
