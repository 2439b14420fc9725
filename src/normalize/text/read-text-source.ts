/**
 * Turns whatever a caller hands to normalizeText into runs of text with a font.
 * Typed callers pass a string or a TextSource; at run time a cell can also be a
 * number, a Date, null or a malformed object, and none of that may throw.
 */

export interface TextRun {
  text: string;
  font: string | undefined;
}

/** A cell value as text: numbers in plain decimal, valid Dates as ISO, nothing else. */
function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  return '';
}

function asFont(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function readRuns(source: object): TextRun[] {
  const font = 'font' in source ? asFont(source.font) : undefined;
  const runs: unknown[] = 'runs' in source && Array.isArray(source.runs) ? source.runs : [];
  if (runs.length > 0) {
    // A run without its own font (no rFont) is drawn in the cell's font (ISO/IEC 29500-1 §18.4.5).
    return runs.map((run) =>
      typeof run === 'object' && run !== null
        ? { text: 'text' in run ? asText(run.text) : '', font: ('font' in run ? asFont(run.font) : undefined) ?? font }
        : { text: asText(run), font },
    );
  }
  return [{ text: 'text' in source ? asText(source.text) : '', font }];
}

/** At least one run; a source that cannot be read at all (throwing getters, proxies) is empty text. */
export function readTextSource(source: unknown): TextRun[] {
  if (typeof source !== 'object' || source === null || source instanceof Date) {
    return [{ text: asText(source), font: undefined }];
  }
  try {
    return readRuns(source);
  } catch {
    return [{ text: '', font: undefined }];
  }
}
