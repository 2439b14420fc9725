import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesFromGlobs, filesFromInputs } from '../../src/run/resolve-inputs.js';

function share(): string {
  const root = mkdtempSync(join(tmpdir(), 'hotich-inputs-'));
  for (const path of ['pipelines/x.json', 'nas/249/ks-2015.xlsx', 'nas/249/~$ks-2015.xlsx', 'nas/249/.ks-2014.xlsx', 'nas/249/.tam/kh-2016.xlsx', 'local/249/kt-2016.csv']) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), '');
  }
  return root;
}

describe('input files of a district', () => {
  it('takes every match of globs that start from different folders, and no lock or hidden file', async () => {
    const root = share();
    const files = await filesFromGlobs([join(root, 'nas/249/**/*.xlsx'), '../local/249/*.csv'], join(root, 'pipelines'), root);
    expect(files.map((file) => file.name)).toEqual(['local/249/kt-2016.csv', 'nas/249/ks-2015.xlsx']);
  });

  it('reads a folder given with --input recursively, leaving out lock files and hidden files and folders', async () => {
    const root = share();
    const files = await filesFromInputs([join(root, 'nas'), join(root, 'local/249/kt-2016.csv')]);
    expect(files.map((file) => file.name)).toEqual(['249/ks-2015.xlsx', 'kt-2016.csv']);
  });
});
