import type { CatalogEntry } from './catalog-entry.js';

/** Corrections deduplication makes to the records it keeps (src/dedup, src/emit/dedup-output.ts). */
export const dedupCodes: readonly CatalogEntry[] = [
  {
    code: 'DEDUP_FIELD_FILLED',
    severity: 'note',
    field: 'record',
    messageVi: 'Trường này được bổ sung giá trị "{to}" từ bản ghi trùng đã gộp vào bản ghi này.',
    description: 'The survivor of a duplicate cluster lacked this field and took it from a merged member; the note\'s source is the member\'s id (duplicates.jsonl lists the cluster).',
  },
];
