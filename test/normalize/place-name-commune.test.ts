import { describe, expect, it } from 'vitest';
import { communeNamedBy } from '../../src/normalize/place/name-commune.js';

describe("communeNamedBy — a sheet's or a file's name that names the book's commune", () => {
  it.each([
    ['Tam Hợp', '249', null, '08953', 'Xã Tam Hợp'],
    ['TT Hương Canh', '249', null, '08935', 'Thị trấn Hương Canh'],
    ['Tam Hợp 2016', '249', 2016, '08953', 'Xã Tam Hợp'],
    ['KS_TamHop_2015.xlsx', '249', 2015, '08953', 'Xã Tam Hợp'],
    ['khai sinh xa Tam Hop.xlsx', '249', null, '08953', 'Xã Tam Hợp'],
    ['W1/KT-SonLoi-2018.csv', '249', 2018, '08959', 'Xã Sơn Lôi'],
    ['Tam Hợp', null, null, '08953', 'Xã Tam Hợp'], // hotich check: one commune of the name in the province
    ['KS_VinhThanh_2026.xlsx', '252', 2026, '09106', 'Xã Vĩnh Thành'], // a book of the 2025 list's years
    // a unit's initials glued to the CamelCase name
    ['KS_TTHuongCanh_2015.xlsx', '249', 2015, '08935', 'Thị trấn Hương Canh'],
    ['KH_TTGiaKhanh_2019.xlsx', '249', 2019, '08936', 'Thị trấn Gia Khánh'],
    ['KT_PTrungTrac_2010.xlsx', '244', 2010, '08734', 'Phường Trưng Trắc'],
    ['KS_TTLapThach_2018.xlsx', '246', 2018, '08761', 'Thị trấn Lập Thạch'],
    ['KSTamHop2015.xlsx', '249', 2015, '08953', 'Xã Tam Hợp'],
    // typed in one case without spaces, which CamelCase cannot split
    ['KS_TAMHOP_2015.xlsx', '249', 2015, '08953', 'Xã Tam Hợp'],
    ['ks_tamhop_2015.xlsx', '249', 2015, '08953', 'Xã Tam Hợp'],
    ['KS_TTHUONGCANH_2015.xlsx', '249', 2015, '08935', 'Thị trấn Hương Canh'],
    ['KT_VUDI_2010.xlsx', '252', 2010, '09130', 'Xã Vũ Di'],
  ])('%s (district %s, %s) → %s %s', (name, districtCode, year, code, unit) => {
    expect(communeNamedBy(name, { districtCode, year })).toEqual({ code, name: unit });
  });

  it.each([
    ['KS 2015 huyen Binh Xuyen.xlsx', '249'], // the district
    ['Yên Lạc', '251'], // the district or its thị trấn
    ['Xuân Hòa', null], // two communes of the name
    ['Tam Hợp', '251'], // not of the source's district
    ['Tam Hop - Son Loi', '249'], // two communes
    ['Sheet1', '249'],
    ['KS tong hop 2015.xlsx', '249'],
    ['VinhAn', '249'], // a 2025 commune of another district
    ['KS_TXPhucYen_2010.xlsx', '244'], // thị xã Phúc Yên, the district
    ['KS_HBinhXuyen_2015.xlsx', '249'], // huyện Bình Xuyên
    ['KSYenLac2015.xlsx', '251'], // the district or its thị trấn
    ['DS_KS_TTHC_2015.xlsx', '249'], // initials only
    ['TTYT_BinhXuyen.xlsx', '249'], // the district's health centre
    ['KS_BINHXUYEN_2015.xlsx', '249'], // the district, glued
    ['KS_VINHTUONG_2015.xlsx', '252'], // the district or its thị trấn
    ['HOTICH_VINHPHUC.xlsx', '243'], // the province (or the 2025 phường: never guessed)
    ['KS_TONGHOP_2015.xlsx', '249'],
    ['KS_TAMHOP_SONLOI.xlsx', '249'], // two communes
  ])('%s (district %s) → none', (name, districtCode) => {
    expect(communeNamedBy(name, { districtCode, year: null })).toBeNull();
  });

  it.each([
    ['DS_KhaiSinh_XaVinhAn_2025-2026.csv', null, '09079', 'Xã Vĩnh An'],
    ['VinhAn', 2025, '09079', 'Xã Vĩnh An'],
    ['Xã Vĩnh Hưng', 2025, '09100', 'Xã Vĩnh Hưng'],
  ])("%s (%s): a name only the 2025 list has, in a book that may hold its entries → that commune, read on each entry's date", (name, year, code, unit) => {
    expect(communeNamedBy(name, { districtCode: '252', year })).toEqual({ code, name: unit, since2025: true });
  });

  it.each([
    ['VinhAn', 2019], // the new commune's folder holding an old book: Kim Xá's, Yên Bình's or Chấn Hưng's
    ['VinhAn', null], // no year anywhere: as likely its old communes' books as its own
    ['Xã Vĩnh Hưng', null],
    ['KS_VinhThanh_2024.xlsx', 2024],
  ])('%s (%s): a 2025 commune named for a book before its list → none', (name, year) => {
    expect(communeNamedBy(name, { districtCode: '252', year })).toBeNull();
  });

  it.each([
    ['KS_KimXa_2025.xlsx', 2025, '09079', 'Xã Kim Xá'], // an old commune of the name: as before
    ['Tho Tang', null, '09112', 'Thị trấn Thổ Tang'],
  ])('%s (%s): a name of the Vĩnh Phúc list is read on it', (name, year, code, unit) => {
    expect(communeNamedBy(name, { districtCode: '252', year })).toEqual({ code, name: unit });
  });
});
