import type { FieldReader } from '../normalize/field-reader.js';
import { isOneWordTitle } from '../normalize/name/honorific.js';
import { foldedKey } from '../normalize/name/name-keys.js';
import { hasNonAscii } from '../normalize/text/ascii.js';
import { relationCellCase } from '../normalize/name/declarant-relation.js';

/**
 * A birth's declarant typed without marks as a title and a parent's whole name ('Ong Bui Huu Quyet' beside
 * the father Bùi Hữu Quyết): the name alone keeps 'Ong' as the family name Ông (honorific.ts: no Văn or Thị
 * follows), the parent tells it is the title Ông. Only a one-word title before exactly a parent's name of
 * three words or more, compared without marks; the rest of the declarant's own cell is kept as typed.
 */
function withoutTitleBeforeParent(reader: FieldReader, fullName: string | null, parents: readonly (string | null)[]): string | null {
  if (fullName === null || hasNonAscii(fullName)) return fullName;
  const space = fullName.indexOf(' ');
  if (space < 0) return fullName;
  const title = fullName.slice(0, space);
  const rest = fullName.slice(space + 1);
  if (rest.split(' ').length < 3 || !isOneWordTitle(title)) return fullName;
  const restKey = foldedKey(rest);
  if (!parents.some((parent) => parent !== null && foldedKey(parent) === restKey)) return fullName;
  reader.report({
    code: 'NAME_HONORIFIC_REMOVED',
    field: 'declarant.fullName',
    ...reader.cellReference('declarant.fullName'),
    from: fullName,
    to: rest,
    params: { honorific: title },
  });
  return rest;
}

/**
 * The declarant of a birth or death entry. A relation or office typed in the
 * name cell ('Nguyễn Văn Hải, con', 'Trưởng thôn Nguyễn Văn Hải') fills the
 * relation when the relation column is empty; a relation column's own value
 * wins (the name cell's is kept in the NAME_DECLARANT_DETAILS_SPLIT note).
 */
export function readDeclarant(reader: FieldReader, parents: readonly (string | null)[] = []): { fullName: string | null; relation: string | null } {
  const declarant = reader.declarant('declarant.fullName');
  const typedRelation = reader.text('declarant.relation');
  const relation = typedRelation === null ? null : relationCellCase(typedRelation);
  const fullName = withoutTitleBeforeParent(reader, declarant?.fullName ?? null, parents);
  return { fullName, relation: relation ?? declarant?.relation ?? null };
}
