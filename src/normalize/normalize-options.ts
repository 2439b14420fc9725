import type { ToneStyle } from './name/normalize-name.js';

export type EthnicCodeList = '1979' | '2008';

/** Pipeline settings that change how values are normalized (validated in src/config). */
export interface NormalizeOptions {
  /** Tone-mark placement for names: as written (default), or imposed old/new style. */
  toneStyle: ToneStyle;
  /** Ethnic code list numeric codes in the source are read in. */
  sourceEthnicityCodeList: EthnicCodeList;
  /** Ethnic code list written to the batch (default 2008, QCVN 109:2017). */
  ethnicityCodeList: EthnicCodeList;
}

export const DEFAULT_NORMALIZE_OPTIONS: NormalizeOptions = {
  toneStyle: 'as-written',
  sourceEthnicityCodeList: '2008',
  ethnicityCodeList: '2008',
};
