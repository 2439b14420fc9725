import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
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

  it('matches extensions in any case, and takes no scans, archives or Windows files with a bare wildcard', async () => {
    const root = share();
    for (const name of ['KH-2016.XLSX', 'KT-2015.CSV', 'Thumbs.db', 'desktop.ini', 'ks-2015-scan.zip', 'ks-2015.pdf', 'ks-2003.xls']) writeFileSync(join(root, 'nas/249', name), '');
    const byExtension = await filesFromGlobs(['../nas/249/*.xlsx', '../nas/249/*.csv'], join(root, 'pipelines'), root);
    expect(byExtension.map((file) => file.name)).toEqual(['nas/249/KH-2016.XLSX', 'nas/249/KT-2015.CSV', 'nas/249/ks-2003.xls', 'nas/249/ks-2015.xlsx']);
    // The .xls is still taken, to be reported as a format hotich does not read.
    const everything = await filesFromGlobs(['../nas/249/*'], join(root, 'pipelines'), root);
    expect(everything.map((file) => file.name)).toEqual(['nas/249/KH-2016.XLSX', 'nas/249/KT-2015.CSV', 'nas/249/ks-2003.xls', 'nas/249/ks-2015.xlsx']);
    // A file named without a wildcard is the operator's choice: read (and reported if it is no register).
    expect((await filesFromGlobs(['../nas/249/ks-2015.pdf'], join(root, 'pipelines'), root)).map((file) => file.name)).toEqual(['nas/249/ks-2015.pdf']);
  });

  it('reads a folder given with --input recursively, leaving out lock files and hidden files and folders', async () => {
    const root = share();
    const files = await filesFromInputs([join(root, 'nas')]);
    expect(files.map((file) => file.name)).toEqual(['249/ks-2015.xlsx']);
  });

  it('names a lone --input file by its basename and a lone folder’s files by their path inside it, as record ids always had them', async () => {
    const root = share();
    expect((await filesFromInputs([join(root, 'local/249/kt-2016.csv')])).map((file) => file.name)).toEqual(['kt-2016.csv']);
    expect((await filesFromInputs([join(root, 'nas/249')])).map((file) => file.name)).toEqual(['ks-2015.xlsx']);
  });

  it('takes in none of the files a run wrote into an output folder set inside the input folder, but registers beside them', async () => {
    const root = share();
    const written = ['249/birth/clean.csv', '249/birth/errors.xlsx', '249/birth/history/2026-11-30T01-30-00-000Z-ab12cd/errors.xlsx', '249/death/clean.csv', 'summary.xlsx'];
    for (const path of [...written, '249/ks-2016-sua.xlsx', 'xa-tam-hop/summary.xlsx']) {
      mkdirSync(join(root, 'nas/249/ket-qua', path, '..'), { recursive: true });
      writeFileSync(join(root, 'nas/249/ket-qua', path), '');
    }
    const out = join(root, 'nas/249/ket-qua');
    // A register an officer put in the output folder's district folder, or any folder's 'summary.xlsx' but the output's own, is read.
    const kept = ['249/ket-qua/249/ks-2016-sua.xlsx', '249/ket-qua/xa-tam-hop/summary.xlsx', '249/ks-2015.xlsx'];
    expect((await filesFromInputs([join(root, 'nas')], out)).map((file) => file.name)).toEqual(kept);
    const globbed = await filesFromGlobs(['../nas/**/*'], join(root, 'pipelines'), root, out);
    expect(globbed.map((file) => file.name)).toEqual(kept.map((name) => `nas/${name}`));
    // Without the output folder (an older caller), everything is taken in.
    expect((await filesFromInputs([join(root, 'nas')])).length).toBe(kept.length + written.length);
  });

  it('names the files of several --input paths relative to the folder holding them all', async () => {
    const root = share();
    const files = await filesFromInputs([join(root, 'nas'), join(root, 'local/249/kt-2016.csv')]);
    expect(files.map((file) => file.name)).toEqual(['nas/249/ks-2015.xlsx', 'local/249/kt-2016.csv']);
  });
});

describe('--input paths that name the same file twice', () => {
  function communes(): string {
    const root = mkdtempSync(join(tmpdir(), 'hotich-inputs-'));
    for (const path of ['xa1/khai-sinh-2006.xlsx', 'xa2/khai-sinh-2006.xlsx', 'd12/ks.xlsx', 'd12/kt.csv']) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), '');
    }
    return root;
  }

  it('keeps two files of one name in two folders apart by their folder', async () => {
    const root = communes();
    const files = await filesFromInputs([join(root, 'xa1'), join(root, 'xa2')]);
    expect(files).toEqual([
      { path: join(root, 'xa1/khai-sinh-2006.xlsx'), name: 'xa1/khai-sinh-2006.xlsx' },
      { path: join(root, 'xa2/khai-sinh-2006.xlsx'), name: 'xa2/khai-sinh-2006.xlsx' },
    ]);
  });

  it('reads a file given beside its folder once, named as the folder alone names it', async () => {
    const root = communes();
    for (const inputs of [
      [join(root, 'd12'), join(root, 'd12/ks.xlsx')],
      [join(root, 'd12/ks.xlsx'), join(root, 'd12')],
      [join(root, 'd12'), join(root, 'd12')],
    ]) {
      const names = (await filesFromInputs(inputs)).map((file) => file.name);
      expect(names.sort()).toEqual(['ks.xlsx', 'kt.csv']);
    }
    expect((await filesFromInputs([join(root, 'd12/ks.xlsx'), join(root, 'd12/ks.xlsx')])).map((file) => file.name)).toEqual(['ks.xlsx']);
  });

  it('reads a file reached through a symbolic link once', async () => {
    const root = communes();
    symlinkSync(join(root, 'd12/ks.xlsx'), join(root, 'ks-link.xlsx'));
    const files = await filesFromInputs([join(root, 'd12'), join(root, 'ks-link.xlsx')]);
    expect(files.map((file) => file.name)).toEqual(['d12/ks.xlsx', 'd12/kt.csv']);
  });
});

// A commune's 2000s book kept as Excel 97-2003 (.xls) is a real register hotich cannot read:
// the officer must learn it was not read, so it is an input (reported FILE_TYPE_UNSUPPORTED),
// never left out in silence. Its lock file and hidden copies are no registers; a book saved
// again as .xlsx under the same name is read instead and the old file no longer reported.
describe('spreadsheets in formats hotich does not read', () => {
  function district(): string {
    const root = mkdtempSync(join(tmpdir(), 'hotich-inputs-'));
    for (const path of [
      'pipelines/x.json', '249/ks-2015.xlsx', '249/ks-2004.xls', '249/KT-2003.XLS', '249/~$ks-2004.xls', '249/.ks-2002.xls',
      '249/kh-2006.xls', '249/kh-2006.xlsx', '249/ks-2009.ods', '249/scan-ks-2004.pdf', '249/to-trinh.doc', '249/xa-tam-hop/ks-2001.xls',
    ]) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), '');
    }
    return root;
  }

  it('a folder given with --input takes them in, without lock or hidden files, nor one already saved as .xlsx', async () => {
    const root = district();
    const files = await filesFromInputs([join(root, '249')]);
    expect(files.map((file) => file.name)).toEqual(['KT-2003.XLS', 'kh-2006.xlsx', 'ks-2004.xls', 'ks-2009.ods', 'ks-2015.xlsx', 'xa-tam-hop/ks-2001.xls']);
  });

  it('a pipeline glob for .xlsx takes the unread spreadsheets beside its matches', async () => {
    const root = district();
    const files = await filesFromGlobs(['../249/*.xlsx'], join(root, 'pipelines'), root);
    expect(files.map((file) => file.name)).toEqual(['249/KT-2003.XLS', '249/kh-2006.xlsx', '249/ks-2004.xls', '249/ks-2009.ods', '249/ks-2015.xlsx']);
    const deep = await filesFromGlobs(['../249/**/*.xlsx'], join(root, 'pipelines'), root);
    expect(deep.map((file) => file.name)).toContain('249/xa-tam-hop/ks-2001.xls');
    // A glob naming one file takes nothing more: no ks-2015.xls stands beside it.
    expect((await filesFromGlobs(['../249/ks-2015.xlsx'], join(root, 'pipelines'), root)).map((file) => file.name)).toEqual(['249/ks-2015.xlsx']);
  });
});
