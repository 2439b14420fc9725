import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

// The CLI as an operator runs it: exit codes, one-line usage errors, JSON logs.
const root = join(import.meta.dirname, '..', '..');
function hotich(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, HOTICH_LOG_LEVEL: 'info' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const tempFolder = (): string => mkdtempSync(join(tmpdir(), 'hotich-cli-'));

describe('hotich CLI', () => {
  // One case a test: ten CLI processes in one test could outlast its timeout on a loaded CI host.
  it.each([
    [[]],
    [['frobnicate']],
    [['run']],
    [['run', '--type', 'adoption', '--district', '249', '--input', 'fixtures', '--out', 'x']],
    [['run', '--bogus']],
    [['run', 'pipelines/demo.json', '--concurrency', '0']],
    [['run', 'pipelines/demo.json', '--workers', 'hai']],
    [['run', 'pipelines/demo.json', '--keep-history', '-1']],
    [['runs']],
    [['runs', '--out', 'out', '--last', '0']],
  ])('exits 2 with a one-line message for the usage error %j', (args: string[]) => {
    const { status, stderr } = hotich(...args);
    expect(status, args.join(' ')).toBe(2);
    expect(stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    expect(stderr).toMatch(/^hotich: /);
  });

  it('exits 2 naming the JSON path of a bad pipeline file', () => {
    const folder = tempFolder();
    const pipeline = join(folder, 'bad.json');
    writeFileSync(pipeline, JSON.stringify({ provinceCode: '26', districts: [{ code: '24', inputs: ['*.xlsx'] }] }));
    const { status, stderr } = hotich('run', pipeline);
    expect(status).toBe(2);
    expect(stderr).toContain('districts.0.code');
    expect(stderr).toContain('three-digit');
  });

  it('runs one district from --input, logs JSON lines without personal data, exits 0', () => {
    const out = tempFolder();
    const { status, stderr } = hotich('run', '--type', 'birth', '--district', '249', '--input', 'fixtures/249-binh-xuyen/khai-sinh-tam-hop-2015.xlsx', '--out', out);
    expect(status).toBe(0);
    const lines = stderr.trim().split('\n').map((line) => JSON.parse(line) as { msg: string });
    expect(lines.map((line) => line.msg)).toContain('batch written');
    expect(stderr).not.toContain('Nguyễn');
    expect(stderr).not.toContain('026215000101');
    expect(readdirSync(join(out, '249', 'birth'))).toContain('manifest.json');
  });

  it('exits 2 when another run holds the output folder, naming it', () => {
    const out = tempFolder();
    const holder = { pid: process.pid, host: hostname(), runId: '2026-11-29T01-00-00-000Z-other', startedAt: '2026-11-29T01:00:00.000Z' };
    writeFileSync(join(out, '.hotich.lock'), JSON.stringify(holder));
    const { status, stderr } = hotich('run', '--type', 'death', '--district', '251', '--input', 'fixtures/251-yen-lac', '--out', out);
    expect(status).toBe(2);
    const [line] = stderr.trim().split('\n').map((text) => JSON.parse(text) as { code: string; msg: string });
    expect(line?.code).toBe('OUTPUT_LOCKED');
    for (const part of [`pid ${process.pid}`, hostname(), holder.runId, holder.startedAt]) expect(line?.msg).toContain(part);
    expect(existsSync(join(out, '251'))).toBe(false);
    expect(existsSync(join(out, 'runs'))).toBe(false);
  });

  it('takes over a lock left by a process that is gone', () => {
    const out = tempFolder();
    writeFileSync(join(out, '.hotich.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, runId: 'crashed' }));
    const { status } = hotich('run', '--type', 'death', '--district', '251', '--input', 'fixtures/251-yen-lac', '--out', out);
    expect(status).toBe(0);
    expect(existsSync(join(out, '.hotich.lock'))).toBe(false);
  });

  it('check prints a short Vietnamese summary, writes nothing and exits 0', () => {
    const before = readdirSync(join(root, 'fixtures', '249-binh-xuyen'));
    const { status, stdout } = hotich('check', 'fixtures/249-binh-xuyen/khai-sinh-tam-hop-2015.xlsx');
    expect(status).toBe(0);
    expect(stdout).toContain('Trang tính "Quyển 01-2015": sổ khai sinh');
    expect(stdout).toContain('Đọc 24 dòng dữ liệu: 18 hợp lệ, 6 bị loại');
    expect(stdout).toMatch(/Lỗi +DATE_IMPOSSIBLE × 1: trang "Quyển 01-2015", dòng 19, cột F/);
    // Severities in the officer's words, as errors.xlsx has them (s11-officer).
    expect(stdout).toMatch(/Tự sửa +ID_LEADING_ZERO_RESTORED × 1/);
    expect(stdout).not.toMatch(/^ +(error|warning|note) /m);
    // warnings and notes of kept rows name their column too
    expect(stdout).toMatch(/NAME_NO_DIACRITICS × 4: trang "Quyển 01-2015", dòng 21, cột E, Họ và tên;/);
    expect(stdout).toMatch(/ID_LEADING_ZERO_RESTORED × 1: trang "Quyển 01-2015", dòng 9, cột L, Số định danh cá nhân/);
    expect(readdirSync(join(root, 'fixtures', '249-binh-xuyen'))).toEqual(before);
  });
});

describe('hotich check on the sheets of a workbook', () => {
  it('says how many rows of a sheet without a header were not read, and which sheet took the header of the one before', async () => {
    const folder = tempFolder();
    const book = new ExcelJS.Workbook();
    const header = ['Số', 'Ngày đăng ký', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Dân tộc', 'Họ và tên mẹ', 'Năm sinh mẹ', 'Họ và tên cha', 'Năm sinh cha', 'Ghi chú'];
    const entry = (number: number, name: string) => [number, `0${number}/03/2010`, name, 'Nam', '01/03/2010', 'Kinh', 'Lê Thị Hà', 1985, 'Nguyễn Văn Đông', 1982];
    for (const [name, rows] of Object.entries({
      'Trang 1': [['SỔ ĐĂNG KÝ KHAI SINH NĂM 2010'], header, entry(1, 'Trần Văn An'), entry(2, 'Trần Văn Bình')],
      'Trang 2': [entry(3, 'Trần Văn Cường'), entry(4, 'Trần Văn Dũng'), entry(5, 'Trần Văn Giang')],
      'Thống kê': [['STT', 'Tên thôn', 'Số trường hợp', 'Nam', 'Nữ'], [1, 'Thôn Ngọc Bảo', 5, 5, 0], [null, 'Tổng', 5, 5, 0]],
    })) {
      const sheet = book.addWorksheet(name);
      for (const row of rows) sheet.addRow(row);
    }
    const path = join(folder, 'so-khai-sinh-2010.xlsx');
    await book.xlsx.writeFile(path);
    const { status, stdout } = hotich('check', path);
    expect(status).toBe(0);
    expect(stdout.split('\n').slice(1, 5)).toEqual([
      // No title, column or name gives the commune: said once, on the sheet that opens the book.
      'Trang tính "Trang 1": sổ khai sinh, tiêu đề ở dòng 2; không xác định được xã đăng ký',
      'Trang tính "Trang 2": sổ khai sinh, tiếp theo trang tính "Trang 1": không có dòng tiêu đề, đọc theo tiêu đề cột của trang đó',
      'Trang tính "Thống kê": không tìm thấy dòng tiêu đề, bỏ qua cả trang: 3 dòng không được đọc',
      'Đọc 5 dòng dữ liệu: 5 hợp lệ, 0 bị loại; 2 dòng không phải dữ liệu; 3 dòng không được đọc vì trang tính không có dòng tiêu đề.',
    ]);
  });

  it('names no sheet in a CSV file, which has one without a name', () => {
    const { status, stdout } = hotich('check', 'fixtures/249-binh-xuyen/khai-tu-huong-son-2016.csv');
    expect(status).toBe(0);
    expect(stdout).toContain('Tệp CSV: sổ khai tử, tiêu đề ở dòng 3');
    expect(stdout).not.toMatch(/trang tính ""|trang ""/i);
    expect(stdout).toMatch(/DATE_IMPOSSIBLE × 1: dòng 11, cột M, Ngày chết/);
  });
});

describe('hotich check on the columns of an old death book', () => {
  it("reads 'Tại' and 'Vì bệnh gì' as the place and cause of death, and names the columns no template knows", () => {
    const folder = tempFolder();
    const csv = [
      'SỔ ĐĂNG KÝ KHAI TỬ NĂM 1978 - XÃ XUÂN HÒA',
      'Số,Ngày đăng ký,Họ và tên người chết,Nam hay nữ,Trú quán,Chết ngày,Tại,Vì bệnh gì,Số hộ khẩu,Người khai,Ghi chú',
      '1,12/01/1978,Nguyễn Văn Tường,Nam,xóm Đông,10/01/1978,tại nhà,già yếu,HK 15,Nguyễn Văn Hải (con),',
    ].join('\r\n');
    writeFileSync(join(folder, 'khai-tu-xuan-hoa-1978.csv'), `\uFEFF${csv}\r\n`);
    const { status, stdout } = hotich('check', join(folder, 'khai-tu-xuan-hoa-1978.csv'));
    expect(status).toBe(0);
    expect(stdout).toContain('COLUMN_UNKNOWN × 1: tệp CSV, cột "Số hộ khẩu"');
    expect(stdout).not.toMatch(/cột "Tại"|cột "Vì bệnh gì"/);
  });
});

describe('hotich check on a file it cannot read', () => {
  it('says in Vietnamese that an .xls book is not read and how to save it, as a run does, and exits 1', () => {
    const { status, stdout } = hotich('check', 'fixtures/catalog/249-binh-xuyen/file-excel-97.xls');
    expect(status).toBe(1);
    expect(stdout).toContain('Tệp định dạng .xls không được đọc: hotich chỉ đọc bảng tính .xlsx, .xlsm và tệp .csv');
    expect(stdout).toContain('Cách sửa: Mở tệp bằng Excel, chọn Lưu thành (Save As) kiểu Sổ làm việc Excel (.xlsx)');
    expect(stdout).not.toContain('FILE_TYPE_UNSUPPORTED');
  });

  it('names a workbook cut short in the words of a run, never the reader\'s English, and exits 1', () => {
    const { status, stdout } = hotich('check', 'fixtures/catalog/249-binh-xuyen/file-cut-short.xlsx');
    expect(stdout).toContain('Không đọc được tệp: tệp bị cắt cụt (kết thúc giữa chừng)');
    expect(stdout).not.toMatch(/unexpected end|central directory/);
    expect(status).toBe(1);
  });

  it('exits 1 on an empty file too, so a script checking a folder tells the unreadable files from the others', () => {
    const { status, stdout } = hotich('check', 'fixtures/catalog/249-binh-xuyen/file-empty.xlsx');
    expect(stdout).toContain('Tệp rỗng: ');
    expect(status).toBe(1);
  });
});

describe('hotich run when a district has no input', () => {
  it('leaves that district\'s earlier batches in place and exits 1', () => {
    const folder = tempFolder();
    const out = join(folder, 'out');
    const pipeline = join(folder, 'pipeline.json');
    writeFileSync(pipeline, JSON.stringify({ provinceCode: '26', output: 'out', districts: [{ code: '251', inputs: [join(root, 'fixtures/251-yen-lac/*')] }] }));
    expect(hotich('run', pipeline).status).toBe(0);
    const before = readdirSync(join(out, '251', 'birth'));
    writeFileSync(pipeline, JSON.stringify({ provinceCode: '26', output: 'out', districts: [{ code: '251', inputs: ['/nonexistent/share/*.xlsx'] }] }));
    const { status, stderr } = hotich('run', pipeline);
    expect(status).toBe(1);
    expect(stderr).toContain('DISTRICT_NO_INPUT');
    expect(readdirSync(join(out, '251', 'birth'))).toEqual(before);
  });
});

describe('hotich check on a sheet whose header names nothing particular to one register', () => {
  it('takes the register the file name announces', () => {
    const folder = tempFolder();
    const csv = 'STT,Số,Ngày đăng ký,Họ và tên,Ngày sinh,Giới tính\r\n1,1,12/01/2015,Nguyễn Văn An,03/01/2015,Nam\r\n';
    writeFileSync(join(folder, 'so-khai-sinh-le.csv'), `\uFEFF${csv}`);
    writeFileSync(join(folder, 'so-le.csv'), `\uFEFF${csv}`);
    expect(hotich('check', join(folder, 'so-khai-sinh-le.csv')).stdout).toContain('sổ khai sinh, tiêu đề ở dòng 1');
    expect(hotich('check', join(folder, 'so-le.csv')).stdout).toContain('không tìm thấy dòng tiêu đề');
    // With --type, that type's: the header names nothing another register needs.
    expect(hotich('check', join(folder, 'so-le.csv'), '--type', 'birth').stdout).toContain('sổ khai sinh, tiêu đề ở dòng 1');
  });

  it('with --type, skips a sheet of another register instead of reading it as that type', () => {
    const { status, stdout } = hotich('check', 'fixtures/249-binh-xuyen/ket-hon-quat-luu-2018.xlsx', '--type', 'birth');
    expect(status).toBe(0);
    expect(stdout).toContain('Trang tính "KH 2018": sổ kết hôn, không phải loại sổ đang kiểm tra, bỏ qua');
    expect(stdout).toContain('Đọc 0 dòng dữ liệu');
  });
});

describe('logs, quiet runs and the list of runs', () => {
  it('--log-file appends every JSON line to the file and leaves only warnings and errors on stderr', () => {
    const out = tempFolder();
    const logFile = join(tempFolder(), 'logs', 'hotich.log');
    const args = ['run', '--type', 'birth', '--district', '249', '--input', 'fixtures/249-binh-xuyen/khai-sinh-tam-hop-2015.xlsx', '--out', out, '--log-file', logFile];
    expect(hotich(...args).status).toBe(0);
    const { status, stderr } = hotich(...args);
    expect(status).toBe(0);
    const logged = readFileSync(logFile, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { level: number; msg: string });
    expect(logged.filter((line) => line.msg === 'run finished')).toHaveLength(2);
    expect(logged.some((line) => line.level === 40 && line.msg === 'sheet skipped: no header found')).toBe(true);
    const onStderr = stderr.trim().split('\n').map((line) => JSON.parse(line) as { level: number; msg: string });
    expect(onStderr.length).toBeGreaterThan(0);
    expect(onStderr.every((line) => line.level >= 40)).toBe(true);
  });

  it('--quiet keeps only warnings and errors on stderr', () => {
    const out = tempFolder();
    const { status, stderr } = hotich('run', '--type', 'birth', '--district', '249', '--input', 'fixtures/249-binh-xuyen/khai-sinh-tam-hop-2015.xlsx', '--out', out, '--quiet');
    expect(status).toBe(0);
    const levels = stderr.trim().split('\n').map((line) => (JSON.parse(line) as { level: number }).level);
    expect(levels).toContain(40);
    expect(levels.every((level) => level >= 40)).toBe(true);
  });

  it('runs lists the runs of an output folder, newest first', () => {
    const folder = tempFolder();
    const pipeline = join(folder, 'pipeline.json');
    writeFileSync(pipeline, JSON.stringify({ provinceCode: '26', output: 'out', districts: [{ code: '251', inputs: [join(root, 'fixtures/251-yen-lac/*')] }] }));
    expect(hotich('run', pipeline, '--type', 'death', '-q').status).toBe(0);
    expect(hotich('run', pipeline, '--type', 'death', '-q').status).toBe(0);
    const runIds = readdirSync(join(folder, 'out', 'runs')).map((name) => name.replace(/\.json$/, '')).sort().reverse();
    const { status, stdout } = hotich('runs', pipeline);
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Lần chạy\s+Trạng thái/);
    expect(lines.slice(2).map((line) => line.split(/\s+/)[0])).toEqual(runIds);
    const { counts } = JSON.parse(readFileSync(join(folder, 'out', '251', 'death', 'manifest.json'), 'utf8')) as { counts: Record<string, number> };
    expect(lines[2]).toMatch(new RegExp(`hoàn tất\\s+0\\s+\\d+:\\d{2}\\s+251\\s+${counts.rowsRead}\\s+${counts.clean}\\s+${counts.rejected}\\s+${counts.mergedAway}$`));
    expect(hotich('runs', '--out', join(folder, 'out'), '--last', '1').stdout.trim().split('\n')).toHaveLength(4);
    // `hotich report` on the same folder prints the report's path.
    const report = hotich('report', pipeline);
    expect(report.status, report.stderr).toBe(0);
    expect(report.stdout.trim()).toBe(join(folder, 'out', 'report.html'));
    expect(readFileSync(join(folder, 'out', 'report.html'), 'utf8')).toContain('<html');
  });
});
