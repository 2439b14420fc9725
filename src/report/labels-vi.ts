import { catalogEntry, severityOf } from '../catalog/catalog.js';
import type { Severity } from '../catalog/catalog-entry.js';
import { VINH_PHUC_COMMUNES, VINH_PHUC_DISTRICTS, VINH_PHUC_PROVINCE, unitDisplayName } from '../reference/admin-units.js';
import { RECORD_TYPE_NAMES } from '../record-types/record-type.js';
import { RECORD_TYPES } from '../record-types/registry.js';

/** Rows whose commune could not be determined are counted under this label (as in errors.xlsx). */
export const UNKNOWN_COMMUNE_VI = 'Không xác định được xã';


/** The trend's last point when no run log covers the folder's newest batches: read from the manifests. */
export const FOLDER_STATE_STATUS = 'current';

const RUN_STATUS_VI: Record<string, string> = {
  completed: 'hoàn tất',
  failed: 'thất bại',
  stopped: 'bị dừng',
  [FOLDER_STATE_STATUS]: 'theo các tệp manifest',
};

/** A run log's status ('completed', 'failed', 'stopped') in Vietnamese. */
export function runStatusVi(status: string): string {
  return RUN_STATUS_VI[status] ?? status;
}

const districtsByCode = new Map(VINH_PHUC_DISTRICTS.map((district) => [district.code, district]));
const communesByCode = new Map(VINH_PHUC_COMMUNES.map((commune) => [commune.code, commune]));

/** 'Bình Xuyên' for 249; the bare code for a district not in the reference table. */
export function districtNameVi(code: string): string {
  return districtsByCode.get(code)?.name ?? `Huyện mã ${code}`;
}

/** 'Xã Tam Hợp' for 08953; UNKNOWN_COMMUNE_VI for ''. */
export function communeNameVi(code: string): string {
  if (code === '') return UNKNOWN_COMMUNE_VI;
  const commune = communesByCode.get(code);
  return commune === undefined ? `Xã mã ${code}` : unitDisplayName(commune);
}

export function recordTypeLabelVi(type: string): string {
  const name = RECORD_TYPE_NAMES.find((candidate) => candidate === type);
  return name ? RECORD_TYPES[name].labelVi : type;
}

export function provinceTitleVi(provinceCode: string | undefined): string {
  return provinceCode === VINH_PHUC_PROVINCE.code ? VINH_PHUC_PROVINCE.gsoFullName : provinceCode ? `Tỉnh mã ${provinceCode}` : '';
}

/**
 * What a code means, in Vietnamese: the catalog's message with its
 * placeholders elided, as errors.xlsx's summary sheet shows it. The filled-in
 * messages are not used: their values come from the citizens' rows.
 */
export function codeDescriptionVi(code: string): string {
  const template = catalogEntry(code)?.messageVi;
  return template === undefined ? 'Mã không có trong danh mục lỗi của phiên bản này.' : template.replace(/\{\w+\}/g, '…');
}

export function codeSeverity(code: string): Severity {
  return severityOf(code);
}

/** A problem with a whole file or sheet rather than a row (catalog field 'file' or 'sheet'). */
export function isWholeFileCode(code: string): boolean {
  const field = catalogEntry(code)?.field;
  return field === 'file' || field === 'sheet';
}
