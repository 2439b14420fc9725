import { birthType } from './birth.js';
import { deathType } from './death.js';
import { marriageType } from './marriage.js';
import type { RecordTypeDefinition, RecordTypeName } from './record-type.js';

/** Every record type hotich knows, in one visible list. */
export const RECORD_TYPES: Record<RecordTypeName, RecordTypeDefinition> = {
  birth: birthType,
  marriage: marriageType,
  death: deathType,
};
