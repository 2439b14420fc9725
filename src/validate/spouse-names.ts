import type { BoundFinding } from '../normalize/bound-finding.js';
import { valueAt } from './record-access.js';

/**
 * The middle name that marks the other sex (DOMAIN.md §4: 'Thị' is a woman's,
 * 'Văn' a man's): a husband whose name has 'Thị' or a wife whose name has 'Văn' is
 * most often an entry typed with the spouses in each other's columns. Only the
 * marked spelling counts ('Thi' and 'Van' are also names of their own: Thi, Vân).
 */
const OTHER_SEX_WORD = { husband: 'thị', wife: 'văn' } as const;
const SPOUSE_VI = { husband: 'chồng', wife: 'vợ' } as const;
const OTHER_VI = { husband: 'phụ nữ', wife: 'nam giới' } as const;

export function spousesInTheirColumns(record: Readonly<Record<string, unknown>>): BoundFinding[] {
  const findings: BoundFinding[] = [];
  for (const spouse of ['husband', 'wife'] as const) {
    const middle = valueAt(record, `${spouse}.middleName`);
    if (typeof middle !== 'string') continue;
    const words = middle.toLowerCase().split(' ');
    // 'Nguyễn Thị Văn Anh': a woman's name with both words is hers alone.
    if (!words.includes(OTHER_SEX_WORD[spouse]) || words.includes(OTHER_SEX_WORD[spouse === 'husband' ? 'wife' : 'husband'])) continue;
    const name = valueAt(record, `${spouse}.fullName`);
    const word = spouse === 'husband' ? 'Thị' : 'Văn';
    findings.push({
      code: 'MARRIAGE_SPOUSE_NAME_SEX',
      field: `${spouse}.fullName`,
      ...(typeof name === 'string' ? { value: name } : {}),
      params: { spouse: SPOUSE_VI[spouse], word, other: OTHER_VI[spouse] },
    });
  }
  return findings;
}
