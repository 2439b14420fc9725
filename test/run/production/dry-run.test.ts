import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockOutput } from '../../../src/run/output-lock.js';
import { hotich, sha256 } from './hotich-process.js';
import { writePipeline } from './pipeline-fixture.js';

/** Every file and folder under `root` with its size, modification time and content hash. */
function snapshot(root: string): string[] {
  const entries: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      const stat = statSync(path);
      if (entry.isDirectory()) {
        entries.push(`${path}/ ${stat.mtimeMs}`);
        walk(path);
      } else entries.push(`${path} ${stat.size} ${stat.mtimeMs} ${sha256(path)}`);
    }
  };
  walk(root);
  return entries;
}

describe('hotich run --dry-run', () => {
  it('prints the counts per district and type a real run writes, and changes nothing in the output folder, even a locked one', () => {
    const { pipeline, folder } = writePipeline();
    const out = join(folder, 'out');
    const real = hotich('run', pipeline, '--quiet');
    expect(real.status, real.stderr).toBe(0);
    const before = snapshot(out);
    // A dry run is not blocked by a run holding the folder (it writes nothing, so it takes no lock).
    const release = lockOutput(out, 'a-real-run-in-progress');
    try {
      const dry = hotich('run', pipeline, '--dry-run');
      expect(dry.status, dry.stderr).toBe(0);
      expect(dry.stdout).toContain(`Chạy thử (--dry-run): không ghi gì vào ${out}.`);
      expect(snapshot(out).filter((entry) => !entry.includes('.hotich.lock'))).toEqual(before);
      // Each batch's counts as the real run's manifest has them.
      expect(Object.keys(tableCounts(dry.stdout))).toHaveLength(6);
      expect(tableCounts(dry.stdout)).toEqual(manifestCounts(out));
    } finally {
      release();
    }
  });

  it('on a folder never run, counts what a first real run writes — deduplicating each district against those before it — and creates nothing', () => {
    const { pipeline, folder } = writePipeline();
    const dry = hotich('run', pipeline, '--dry-run', '--quiet');
    expect(dry.status, dry.stderr).toBe(0);
    expect(existsSync(join(folder, 'out'))).toBe(false);
    const real = hotich('run', pipeline, '--quiet');
    expect(real.status, real.stderr).toBe(0);
    const out = join(folder, 'out');
    expect(tableCounts(dry.stdout)).toEqual(manifestCounts(out));
    // Yên Lạc's re-registration merges into the Bình Xuyên birth loaded before it in the same run.
    expect(manifestCounts(out)['251 Khai sinh']?.[3]).toBe(1);
  });
});

const LABELS: Record<string, string> = { birth: 'Khai sinh', marriage: 'Kết hôn', death: 'Khai tử' };

/** 'district label' → [read, clean, rejected, merged, review, skipped] from the dry run's table. */
function tableCounts(stdout: string): Record<string, number[]> {
  const counts: Record<string, number[]> = {};
  for (const line of stdout.split('\n')) {
    const match = /^(\d{3}) .*?\s{2,}(Khai sinh|Kết hôn|Khai tử)\s{2,}(.*)$/.exec(line);
    if (match) counts[`${match[1]} ${match[2]}`] = match[3]!.trim().split(/\s{2,}/).map((cell) => Number(cell.replace(/ /g, '')));
  }
  return counts;
}

function manifestCounts(out: string): Record<string, number[]> {
  const counts: Record<string, number[]> = {};
  for (const district of ['249', '251']) {
    for (const type of ['birth', 'marriage', 'death']) {
      const { counts: c, dedup } = JSON.parse(readFileSync(join(out, district, type, 'manifest.json'), 'utf8')) as { counts: Record<string, number>; dedup: { reviewPairs: number } };
      counts[`${district} ${LABELS[type]}`] = [c.rowsRead!, c.clean!, c.rejected!, c.mergedAway!, dedup.reviewPairs, c.skipped!];
    }
  }
  return counts;
}
