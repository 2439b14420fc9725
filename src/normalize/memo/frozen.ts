import type { Finding, Normalized } from '../finding.js';

/**
 * A memoized answer is handed to every row whose cell has the same text, so
 * nothing downstream may change it: frozen once, when it is stored, a stray
 * write throws (strict mode) and costs that one row instead of corrupting
 * every other row that shares the answer.
 */
export function frozen<T>(result: Normalized<T>): Normalized<T> {
  for (const finding of result.findings) freezeFinding(finding);
  Object.freeze(result.findings);
  if (typeof result.value === 'object' && result.value !== null) Object.freeze(result.value);
  return Object.freeze(result);
}

function freezeFinding(finding: Finding): void {
  if (finding.params !== undefined) Object.freeze(finding.params);
  Object.freeze(finding);
}
