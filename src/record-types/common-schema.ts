import { z } from 'zod';

/** ISO 8601 at the precision the source gives: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (DOMAIN.md §5). */
export const partialDateSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);
export const yearSchema = z.string().regex(/^\d{4}$/);
export const sexSchema = z.enum(['male', 'female']);
/** Two-digit code of the ethnic list named in the manifest (DOMAIN.md §6). */
export const ethnicityCodeSchema = z.string().regex(/^\d{2}$/);
/** ISO 3166-1 alpha-2. */
export const nationalitySchema = z.string().regex(/^[A-Z]{2}$/);
/** 12-digit personal ID, or a 9-digit legacy CMND kept as such (DOMAIN.md §2). */
export const personalIdSchema = z.string().regex(/^(\d{12}|\d{9})$/);

export const registrationSchema = z.object({
  provinceCode: z.string().regex(/^\d{2}$/),
  /** Null only for 'hotich check', which reads a file outside any district. */
  districtCode: z.string().regex(/^\d{3}$/).nullable(),
  communeCode: z.string().regex(/^\d{5}$/).nullable(),
  book: z.string().nullable(),
  number: z.string().nullable(),
  date: partialDateSchema.nullable(),
  /** The registration place as written, cleaned (communeCode is its code when it could be matched). */
  place: z.string().nullable(),
});

export const provenanceSchema = z.object({
  file: z.string(),
  sheet: z.string(),
  row: z.number().int().positive(),
});

export const warningSchema = z.object({ code: z.string(), field: z.string(), message: z.string() });
/** An automatic correction; `source` names the record a value was taken from (DEDUP_FIELD_FILLED). */
export const noteSchema = z.object({ code: z.string(), field: z.string(), from: z.string(), to: z.string(), source: z.string().optional() });

export const declarantSchema = z.object({ fullName: z.string().nullable(), relation: z.string().nullable() });

/**
 * A clean record's schema: the fields every type has around the type's own
 * (id and type first, audit trail last, so clean.csv reads left to right).
 */
export function recordSchema<T extends string, S extends z.ZodRawShape>(type: T, specific: S) {
  return z.object({
    id: z.string(),
    type: z.literal(type),
    registration: registrationSchema,
    provenance: provenanceSchema,
    ...specific,
    remarks: z.string().nullable(),
    /** Columns of the source the record type does not know, by their header. */
    raw: z.record(z.string(), z.string()),
    warnings: z.array(warningSchema),
    notes: z.array(noteSchema),
  });
}

export const nameParts = {
  fullName: z.string(),
  familyName: z.string(),
  middleName: z.string(),
  givenName: z.string(),
};
