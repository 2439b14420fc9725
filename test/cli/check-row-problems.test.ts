import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/cli/check-command.js';
import { silentLogger } from '../run/run-helpers.js';

// A problem of a whole CSV record (cut short, an unterminated quote) names no column:
// check points to the line alone, in Vietnamese, as errors.xlsx does, never 'dòng 4, row'.
describe('hotich check on CSV records that could not be read whole', () => {
  it('names the line of a record cut short, without a field name', async () => {
    const report = await runCheck('fixtures/broken/truncated.csv', 'birth', silentLogger);
    expect(report).toMatch(/CSV_FILE_TRUNCATED × 1: dòng 3$/m);
    expect(report).not.toMatch(/, row\b/);
  });

  it('names the line of an unterminated quote the same way', async () => {
    const report = await runCheck('fixtures/broken/unterminated-quote.csv', 'birth', silentLogger);
    expect(report).toMatch(/CSV_QUOTE_UNTERMINATED × 1: dòng 3$/m);
  });
});
