import type { RecordTypeDefinition } from './record-type.js';

/** The Vietnamese column title an officer knows a record field by ('mother.ethnicityCode' → 'Dân tộc mẹ'). */
export function fieldLabelVi(type: RecordTypeDefinition, field: string): string {
  const candidates = [field, field.replace(/Code$/, ''), field === 'registration.communeCode' ? 'registration.place' : field];
  for (const key of candidates) {
    const column = type.columns.find((definition) => definition.key === key);
    if (column) return column.header;
  }
  return field;
}

/** Whose field a record path's first part names, as an officer says it ('Họ và tên của trẻ'). */
const PERSON_VI: Readonly<Record<string, string>> = {
  child: 'trẻ',
  deceased: 'người chết',
  husband: 'chồng',
  wife: 'vợ',
  mother: 'mẹ',
  father: 'cha',
  declarant: 'người đi khai',
};

/**
 * fieldLabelVi naming the person when the column title does not: a birth book has four name
 * columns, and its child's is headed 'Họ và tên' alone ('child.fullName' → 'Họ và tên của trẻ';
 * 'husband.fullName' → 'Họ và tên chồng', as titled). A field of no person keeps its title.
 */
export function fieldLabelOfPersonVi(type: RecordTypeDefinition, field: string): string {
  const label = fieldLabelVi(type, field);
  const dot = field.indexOf('.');
  const person = dot < 0 ? undefined : PERSON_VI[field.slice(0, dot)];
  if (person === undefined || label.endsWith(` ${person}`)) return label;
  return `${label} của ${person}`;
}
