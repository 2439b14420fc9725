/** Whether a text holds any character outside ASCII: the cheap first test before any Vietnamese-letter work. */
const NON_ASCII = /[^\x00-\x7f]/;

export function hasNonAscii(text: string): boolean {
  return NON_ASCII.test(text);
}
