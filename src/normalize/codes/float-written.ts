/**
 * '5.0', '5,00': a whole number written out as a float — a CSV export of a number column
 * (pandas writes every number of a column with blanks so), or a number format with decimals
 * shown and saved as text. One or two zeros are no thousands group ('1.000' is a thousand).
 */
const FLOAT_ZERO_FRACTION = /^(\d+)[.,]0{1,2}$/;

/** The whole number's digits of a text such as '17.0' or '2,00', or null for any other text. */
export function wholeNumberWrittenAsFloat(text: string): string | null {
  return FLOAT_ZERO_FRACTION.exec(text.trim())?.[1] ?? null;
}
