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
