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
  ])('%s (district %s) → none', (name, districtCode) => {
    expect(communeNamedBy(name, { districtCode, year: null })).toBeNull();
  });
});
