import type { FieldReader } from '../normalize/field-reader.js';
import type { PersonName } from '../normalize/name/normalize-name.js';

/**
 * The four name fields of a person record; all null when the name is missing.
 * Record types add the person's other fields with Object.assign: an object
 * literal that spreads this and then adds fields takes V8's slow path (about
 * a tenth of normalization time when measured).
 */
export function nameFields(name: PersonName | null): { fullName: string | null; familyName: string | null; middleName: string | null; givenName: string | null } {
  return {
    fullName: name?.fullName ?? null,
    familyName: name?.familyName ?? null,
    middleName: name?.middleName ?? null,
    givenName: name?.givenName ?? null,
  };
}

/**
 * The registered person's own name (the child of a birth, the deceased of a death), from the name
 * `reader.name` read under `field`. A cell naming them after a parent ('Con bà Nguyễn Thị Lan', an
 * infant not yet named) holds no name of theirs: loaded, the parent would be registered born or dead.
 * The name is then null (the entry is rejected as its name missing) and NAME_PARENT_REFERENCE, the
 * only name finding kept, says why. A cell saying the name is not known ('Không rõ', 'Không xác
 * định', '?') is no name either: its NAME_NONE_MARKER note becomes the NAME_PLACEHOLDER warning, so
 * that the officer sees the cell beside 'Thiếu Họ và tên'. A parent's or declarant's cell is not asked.
 */
export function ownName(reader: FieldReader, field: string, name: PersonName | null): PersonName | null {
  const { findings } = reader;
  let parentReference = false;
  // Most rows: no finding on the name, one pass over a handful of findings.
  for (let i = 0; i < findings.length; i++) {
    const finding = findings[i]!;
    if (finding.field !== field) continue;
    if (finding.code === 'NAME_PARENT_REFERENCE') parentReference = true;
    else if (name === null && finding.code === 'NAME_NONE_MARKER') findings[i] = { ...finding, code: 'NAME_PLACEHOLDER' };
  }
  if (!parentReference) return name;
  // The parent's name read as the person's: its notes and warnings (a title removed, one word only) are not about this person.
  for (let i = findings.length - 1; i >= 0; i--) {
    const finding = findings[i]!;
    if (finding.field === field && finding.code !== 'NAME_PARENT_REFERENCE' && finding.code.startsWith('NAME_')) findings.splice(i, 1);
  }
  return null;
}
