/**
 * A text that Excel (or a CSV re-saved from it) would take for a formula —
 * starting with = + - @, a tab or a carriage return — gets a leading apostrophe
 * so it is shown as text (OWASP "CSV injection"; the same rule as papaparse's
 * escapeFormulae used for clean.csv).
 */
export function excelSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
