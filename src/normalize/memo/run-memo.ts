import type { CellEncodingEvidence, EvidenceMemo } from '../text/row-encoding.js';
import { BoundedMemo } from './bounded-memo.js';
import { DEFAULT_MEMO_CAPACITY, FieldMemo, type FieldOptions } from './field-memo.js';

/** Option sets kept at once (a run has one per district and date system it meets). */
const MAX_SCOPES = 4;

/**
 * The normalizer memos of one run (or one file read on its own), one FieldMemo
 * per set of options. Created by whoever starts the reading and passed down;
 * nothing is shared between runs.
 */
export class RunMemo {
  private readonly scopes: FieldMemo[] = [];
  /** What font-less cells tell of their row's legacy encoding (rowLegacyEncoding), by text; the same under any options. */
  readonly rowEvidence: EvidenceMemo | undefined;

  /** `capacity` 0 memoizes nothing. */
  constructor(private readonly capacity = DEFAULT_MEMO_CAPACITY) {
    this.rowEvidence = capacity === 0 ? undefined : new BoundedMemo<string, CellEncodingEvidence>(capacity);
  }

  /** The memo for rows read with these options in a sheet of this date system. */
  forSheet(options: FieldOptions, date1904: boolean): FieldMemo {
    const known = this.scopes.find((memo) => memo.fits(options, options.districtCode, date1904));
    if (known !== undefined) return known;
    if (this.scopes.length >= MAX_SCOPES) this.scopes.shift();
    const { toneStyle, sourceEthnicityCodeList, ethnicityCodeList, districtCode } = options;
    const memo = new FieldMemo({ toneStyle, sourceEthnicityCodeList, ethnicityCodeList, districtCode }, date1904, this.capacity);
    this.scopes.push(memo);
    return memo;
  }
}
