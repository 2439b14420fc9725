import { describe, expect, it } from 'vitest';
import type { BatchCounts, ManifestInput } from '../../src/emit/manifest.js';
import { batchToKeep, keptBatchProblems, type EarlierBatch } from '../../src/run/kept-batch.js';

const counts = (rowsRead: number): BatchCounts => ({ rowsRead, clean: rowsRead, rejected: 0, mergedAway: 0, skipped: 0, skippedByReason: {} });
const cut = { code: 'FILE_UNREADABLE', message: 'Không đọc được tệp: tệp bị cắt cụt' };
const read = (file: string): ManifestInput => ({ file, sha256: 'a', rows: 0 });
const unreadable = (file: string): ManifestInput => ({ file, sha256: 'b', rows: 0, error: cut });
/** Bình Xuyên's birth batch in place: 31 entries of Tam Hợp's 2015 book, 92 of the others. */
const earlier: EarlierBatch = {
  runId: 'r1',
  inputs: [{ file: '249/So KS Tam Hop 2015.xlsx', sha256: 'x', rows: 31 }, { file: '249/KS-08950-2015.xlsx', sha256: 'y', rows: 92 }],
  counts: counts(123),
};

describe('which batch a run keeps instead of replacing', () => {
  it('keeps the batch that holds records of a file now unreadable', () => {
    const kept = batchToKeep('249', 'birth', [unreadable('249/So KS Tam Hop 2015.xlsx'), read('249/KS-08950-2015.xlsx')], earlier);
    expect(kept).toEqual({ district: '249', type: 'birth', runId: 'r1', files: [{ file: '249/So KS Tam Hop 2015.xlsx', code: 'FILE_UNREADABLE', records: 31 }], records: 123 });
    expect(keptBatchProblems(kept!)).toEqual([{
      file: '249/So KS Tam Hop 2015.xlsx',
      code: 'BATCH_KEPT_FILE_UNREADABLE',
      message: 'Tệp 249/So KS Tam Hop 2015.xlsx không đọc được; lô sổ khai sinh trước có 31 bản ghi từ tệp này nên lô cũ được giữ nguyên. Sửa tệp rồi chạy lại (bỏ hẳn tệp thì chạy lại với --allow-missing).',
    }]);
  });

  it('replaces it when the unreadable file is new (it never gave records), or when nothing is unreadable', () => {
    expect(batchToKeep('249', 'birth', [read('249/So KS Tam Hop 2015.xlsx'), read('249/KS-08950-2015.xlsx'), unreadable('249/KS-moi-2017.xlsx')], earlier)).toBeNull();
    expect(batchToKeep('249', 'birth', [read('249/So KS Tam Hop 2015.xlsx'), read('249/KS-08950-2015.xlsx')], earlier)).toBeNull();
  });

  it('keeps a batch with records when no file could be read, and writes the first batch of a district that has none', () => {
    // The copies' names are not the batch's: its books are withdrawn on purpose, so only 'none readable' keeps it.
    const kept = batchToKeep('249', 'birth', [unreadable('ban-sao/so-1.xlsx'), unreadable('ban-sao/so-2.xlsx')], earlier, { allowMissing: true });
    expect(kept?.files.map(({ records }) => records)).toEqual([0, 0]);
    expect(keptBatchProblems(kept!)).toEqual([{
      file: 'ban-sao/so-1.xlsx, ban-sao/so-2.xlsx',
      code: 'BATCH_KEPT_NO_READABLE_FILE',
      message: 'Không tệp nào của huyện đọc được (ban-sao/so-1.xlsx, ban-sao/so-2.xlsx); lô sổ khai sinh trước có 123 bản ghi nên được giữ nguyên, không bị thay bằng lô rỗng. Sửa các tệp rồi chạy lại.',
    }]);
    expect(batchToKeep('249', 'birth', [unreadable('ban-sao/so-1.xlsx')], null)).toBeNull();
    expect(batchToKeep('249', 'birth', [unreadable('ban-sao/so-1.xlsx')], { ...earlier, inputs: [], counts: counts(0) })).toBeNull();
  });

  it('keeps the batch when a file that gave it records is not among the inputs (an operator\'s re-run with the fixed book only)', () => {
    const kept = batchToKeep('249', 'birth', [read('249/KS-08950-2015.xlsx')], earlier);
    expect(kept).toEqual({ district: '249', type: 'birth', runId: 'r1', files: [{ file: '249/So KS Tam Hop 2015.xlsx', code: 'BATCH_KEPT_FILE_MISSING', records: 31 }], records: 123 });
    expect(keptBatchProblems(kept!)).toEqual([{
      file: '249/So KS Tam Hop 2015.xlsx',
      code: 'BATCH_KEPT_FILE_MISSING',
      message: 'Tệp 249/So KS Tam Hop 2015.xlsx không có trong các tệp đầu vào của lần chạy này; lô sổ khai sinh trước có 31 bản ghi từ tệp này nên lô cũ được giữ nguyên, không bị thay bằng lô thiếu các bản ghi đó.',
    }]);
  });

  it('names unreadable and missing files together', () => {
    const kept = batchToKeep('249', 'birth', [unreadable('249/KS-08950-2015.xlsx')], earlier);
    expect(kept?.files).toEqual([
      { file: '249/KS-08950-2015.xlsx', code: 'FILE_UNREADABLE', records: 92 },
      { file: '249/So KS Tam Hop 2015.xlsx', code: 'BATCH_KEPT_FILE_MISSING', records: 31 },
    ]);
    expect(keptBatchProblems(kept!).map(({ code }) => code)).toEqual(['BATCH_KEPT_FILE_UNREADABLE', 'BATCH_KEPT_FILE_MISSING']);
  });

  it('replaces it when the missing file was renamed or moved (same content), gave no records, or is withdrawn on purpose', () => {
    const moved: ManifestInput = { file: '249/Tam Hop/So KS Tam Hop 2015.xlsx', sha256: 'x', rows: 0 };
    expect(batchToKeep('249', 'birth', [moved, { file: '249/KS-08950-2015.xlsx', sha256: 'y', rows: 0 }], earlier)).toBeNull();
    const emptyBook = { ...earlier, inputs: [...earlier.inputs, { file: '249/KS-trong.xlsx', sha256: 'z', rows: 0 }] };
    expect(batchToKeep('249', 'birth', [read('249/So KS Tam Hop 2015.xlsx'), read('249/KS-08950-2015.xlsx')], emptyBook)).toBeNull();
    expect(batchToKeep('249', 'birth', [read('249/KS-08950-2015.xlsx')], earlier, { allowMissing: true })).toBeNull();
  });

  it('writes the first batch of a district given one book', () => {
    expect(batchToKeep('249', 'birth', [read('249/KS-08950-2015.xlsx')], null)).toBeNull();
  });
});
