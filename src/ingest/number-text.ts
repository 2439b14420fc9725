/** Numbers as a person would type them: no exponent for long integers (IDs stored as numbers). */
export function numberText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return value.toFixed(0);
  return String(value);
}
