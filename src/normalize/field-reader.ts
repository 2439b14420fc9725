import type { SourceCell } from '../ingest/source-cell.js';
import type { BoundFinding } from './bound-finding.js';
import type { Normalized } from './finding.js';
import { normalizeDate, normalizeYear } from './date/normalize-date.js';
import { normalizeEthnicity } from './codes/ethnicity.js';
import { normalizeNationality } from './codes/nationality.js';
import { normalizePersonalId } from './codes/personal-id.js';
import { normalizeSex, sexFromSplitColumns } from './codes/sex.js';
import { normalizeName, type PersonName } from './name/normalize-name.js';
import type { NormalizeOptions } from './normalize-options.js';
import { matchCommune, type CommuneMatch } from './place/match-commune.js';
import { normalizePlace } from './place/normalize-place.js';
import { normalizeText } from './text/normalize-text.js';

/** The cells of one data row by canonical column key. */
export interface MappedRow {
  cell(key: string): SourceCell | undefined;
  date1904: boolean;
}

/**
 * Reads one row's fields through the normalizers and binds every finding to
 * the record field and source cell it concerns. Record types call it field by
 * field; it knows nothing about files (provenance is bound by the caller).
 */
export class FieldReader {
  readonly findings: BoundFinding[] = [];
  /** Registration date once read: resolves two-digit years of the other dates. */
  registrationDate: string | null = null;

  constructor(
    private readonly row: MappedRow,
    readonly options: NormalizeOptions & { districtCode: string },
  ) {}

  has(key: string): boolean {
    return this.row.cell(key) !== undefined;
  }

  /** Free text, legacy fonts converted and cleaned; null when empty. */
  text(key: string, field = key): string | null {
    const cell = this.row.cell(key);
    if (!cell) return null;
    const cleaned = this.keep(field, cell, normalizeText({ text: cell.text, font: cell.font, runs: cell.runs }));
    return cleaned === '' ? null : cleaned;
  }

  name(key: string, field = key): PersonName | null {
    const text = this.text(key, field);
    if (text === null) return null;
    return this.keep(field, this.row.cell(key), normalizeName(text, { toneStyle: this.options.toneStyle }));
  }

  date(key: string, field = key): string | null {
    const value = this.typedValue(key, field);
    if (value === null) return null;
    const options = { date1904: this.row.date1904, referenceDate: this.registrationDate };
    return this.keep(field, this.row.cell(key), normalizeDate(value, options));
  }

  year(key: string, field = key): string | null {
    const value = this.typedValue(key, field);
    if (value === null) return null;
    const options = { date1904: this.row.date1904, referenceDate: this.registrationDate };
    return this.keep(field, this.row.cell(key), normalizeYear(value, options));
  }

  sex(key: string, field = key): 'male' | 'female' | null {
    const maleKey = `${key.replace(/\.sex$/, '')}.sexMale`;
    const femaleKey = `${key.replace(/\.sex$/, '')}.sexFemale`;
    if (!this.has(key) && (this.has(maleKey) || this.has(femaleKey))) {
      const male = this.text(maleKey, field);
      const female = this.text(femaleKey, field);
      const cell = this.row.cell(maleKey) ?? this.row.cell(femaleKey);
      return this.keep(field, cell, sexFromSplitColumns(male, female));
    }
    const text = this.text(key, field);
    return text === null ? null : this.keep(field, this.row.cell(key), normalizeSex(text));
  }

  ethnicity(key: string, field = key): string | null {
    const value = this.typedValue(key, field);
    if (value === null) return null;
    const lists = { sourceList: this.options.sourceEthnicityCodeList, targetList: this.options.ethnicityCodeList };
    return this.keep(field, this.row.cell(key), normalizeEthnicity(value, lists));
  }

  nationality(key: string, field = key): string | null {
    const text = this.text(key, field);
    return text === null ? null : this.keep(field, this.row.cell(key), normalizeNationality(text));
  }

  personalId(key: string, field: string, person: { sex?: 'male' | 'female' | null; birthYear?: number | null }): string | null {
    const value = this.typedValue(key, field);
    if (value === null) return null;
    return this.keep(field, this.row.cell(key), normalizePersonalId(value, person));
  }

  place(key: string, field = key): string | null {
    const text = this.text(key, field);
    if (text === null) return null;
    const place = this.keep(field, this.row.cell(key), normalizePlace(text));
    return place === '' ? null : place;
  }

  commune(place: string | null, key: string, field: string): CommuneMatch {
    if (place === null) return { communeCode: null, districtCode: null };
    const options = { districtCode: this.options.districtCode || null, registrationDate: this.registrationDate };
    return this.keep(field, this.row.cell(key), matchCommune(place, options));
  }

  /** Records a finding that no normalizer made (cross-field rules, missing values). */
  report(finding: BoundFinding): void {
    this.findings.push(finding);
  }

  /** Numbers and dates as typed; strings through the text cleaner first. */
  private typedValue(key: string, field: string): string | number | Date | null {
    const cell = this.row.cell(key);
    if (!cell) return null;
    if (typeof cell.value === 'number' || cell.value instanceof Date) return cell.value;
    return this.text(key, field);
  }

  private keep<T>(field: string, cell: SourceCell | undefined, result: Normalized<T>): T {
    for (const finding of result.findings) {
      const bound: BoundFinding = { ...finding, field };
      if (cell) {
        bound.column = cell.column;
        bound.value = cell.text;
      }
      const normalized = displayValue(result.value);
      if (normalized !== undefined) bound.normalized = normalized;
      this.findings.push(bound);
    }
    return result.value;
  }
}

function displayValue(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && 'fullName' in value && typeof value.fullName === 'string') return value.fullName;
  if (typeof value === 'object' && 'communeCode' in value && typeof value.communeCode === 'string') return value.communeCode;
  return undefined;
}
