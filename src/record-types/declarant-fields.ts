import type { FieldReader } from '../normalize/field-reader.js';

/**
 * The declarant of a birth or death entry. A relation or office typed in the
 * name cell ('Nguyễn Văn Hải, con', 'Trưởng thôn Nguyễn Văn Hải') fills the
 * relation when the relation column is empty; a relation column's own value
 * wins (the name cell's is kept in the NAME_DECLARANT_DETAILS_SPLIT note).
 */
export function readDeclarant(reader: FieldReader): { fullName: string | null; relation: string | null } {
  const declarant = reader.declarant('declarant.fullName');
  const relation = reader.text('declarant.relation');
  return { fullName: declarant?.fullName ?? null, relation: relation ?? declarant?.relation ?? null };
}
