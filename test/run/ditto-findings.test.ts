import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { DATE_PARTS, datePartKey } from '../../src/record-types/date-parts.js';
import { RECORD_TYPE_NAMES } from '../../src/record-types/record-type.js';
import { RECORD_TYPES } from '../../src/record-types/registry.js';
import { fieldOfKey } from '../../src/run/ditto-findings.js';

/** Whether a dotted path names a field of the schema (nullable objects looked into). */
function schemaHas(schema: z.ZodType, path: string): boolean {
  let current: z.ZodType = schema;
  for (const part of path.split('.')) {
    while (current instanceof z.ZodNullable || current instanceof z.ZodOptional) current = current.unwrap() as z.ZodType;
    if (!(current instanceof z.ZodObject)) return false;
    const next = (current.shape as Record<string, z.ZodType | undefined>)[part];
    if (next === undefined) return false;
    current = next;
  }
  return true;
}

describe('the record field a ditto mark fed (fieldOfKey)', () => {
  it("is a field of the record for every column key a register reads, split date parts included ('STT' and an age, kept in raw, are none)", () => {
    for (const name of RECORD_TYPE_NAMES) {
      const type = RECORD_TYPES[name];
      const keys = type.columns.filter((column) => !column.keptInRaw).map((column) => column.key).filter((key) => key !== 'stt');
      for (const column of type.columns.filter((candidate) => candidate.keptInRaw)) expect(schemaHas(type.schema, fieldOfKey(column.key)), column.key).toBe(false);
      // A name-and-birth-date column ('Họ tên, ngày sinh') is never typed over Ngày | Tháng | Năm columns.
      const dateKeys = keys.filter((key) => /[dD]ate$/.test(key) && !key.endsWith('.nameAndBirthDate'));
      for (const key of [...keys, ...dateKeys.flatMap((key) => DATE_PARTS.map((part) => datePartKey(key, part)))]) {
        expect(schemaHas(type.schema, fieldOfKey(key)), `${name}: ${key} → ${fieldOfKey(key)}`).toBe(true);
      }
      expect(schemaHas(type.schema, fieldOfKey('stt')), name).toBe(false);
    }
  });

  it('joins the parts of one field', () => {
    expect(['child.familyNamePart', 'child.middleNamePart', 'child.fullName'].map(fieldOfKey)).toEqual(['child.fullName', 'child.fullName', 'child.fullName']);
    expect(['registration.dateDay', 'registration.dateMonth', 'registration.dateYear'].map(fieldOfKey)).toEqual(Array(3).fill('registration.date'));
    expect(['deceased.sexMale', 'deceased.birthDateFemale', 'mother.ethnicity', 'mother.birthYear'].map(fieldOfKey)).toEqual([
      'deceased.sex',
      'deceased.birthDate',
      'mother.ethnicityCode',
      'mother.birthYear',
    ]);
  });

  it("gives a column of both parents ('Nơi cư trú của cha, mẹ') the mother's field, which every birth record has", () => {
    expect(['parents.residence', 'parents.ethnicity', 'parents.nationality'].map(fieldOfKey)).toEqual(['mother.residence', 'mother.ethnicityCode', 'mother.nationality']);
  });

  it("gives a column of both spouses ('Nơi cư trú của vợ, chồng') the husband's field", () => {
    expect(['spouses.residence', 'spouses.ethnicity', 'spouses.nationality'].map(fieldOfKey)).toEqual(['husband.residence', 'husband.ethnicityCode', 'husband.nationality']);
  });
});
