/**
 * Derives src/reference/legacy-tables.ts from the shared reference tables:
 *   ../shared/reference/tcvn3.csv, tcvn3-decode.csv, vni.csv
 * (see ../shared/reference/legacy-encodings.md for their meaning), plus the
 * Windows-1252 / Windows-1258 code pages as implemented by iconv-lite, which
 * are cross-checked against the CSV's cp1252 column and against the CP1258
 * list in legacy-encodings.md §5.
 *
 * Run: npx tsx scripts/derive-reference/legacy-tables.ts
 * The output is deterministic (rows sorted by code point / key).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const referenceDir = resolve(repoRoot, '..', 'shared', 'reference');
const outFile = resolve(repoRoot, 'src', 'reference', 'legacy-tables.ts');

/** Minimal RFC 4180 reader: quoted fields may hold commas, "" is a quote. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n') { row.push(field.replace(/\r$/, '')); rows.push(row); row = []; field = ''; }
    else field += ch;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  const [header, ...body] = rows;
  if (!header) throw new Error('empty CSV');
  return body
    .filter((cells) => cells.some((c) => c !== ''))
    .map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}

function readCsv(name: string): Record<string, string>[] {
  return parseCsv(readFileSync(resolve(referenceDir, name), 'utf8'));
}

function hex(text: string): number {
  const value = Number.parseInt(text, 16);
  if (!Number.isInteger(value)) throw new Error(`bad hex ${text}`);
  return value;
}

/** "U+0300", "combining U+0300", "U+00A0 (no-break space)" or a literal letter. */
function parseCharCell(cell: string): string {
  const match = /U\+([0-9A-F]{4,6})/.exec(cell);
  return match?.[1] ? String.fromCodePoint(hex(match[1])) : cell;
}

function need(condition: boolean, message: string): void {
  if (!condition) throw new Error(`reference check failed: ${message}`);
}

/** Escape everything outside printable ASCII so invisible keys stay visible. */
function esc(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === "'" || ch === '\\') out += `\\${ch}`;
    else if (cp >= 0x20 && cp < 0x7f) out += ch;
    else out += `\\u${cp.toString(16).padStart(4, '0')}`;
  }
  return `'${out}'`;
}

/** A readable form for comments: the character itself when visible, else its code point. */
function show(text: string): string {
  if (/^[\p{L}\p{N}\p{P}\p{S}]+$/u.test(text)) return text;
  return [...text].map((ch) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}

function recordLiteral(entries: [string, string][]): string {
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const lines = sorted.map(([k, v]) => `  ${esc(k)}: ${esc(v)}, // ${show(k)} → ${show(v)}`);
  return `{\n${lines.join('\n')}\n}`;
}

// ---- TCVN3 -----------------------------------------------------------------
const tcvn3Letters = readCsv('tcvn3.csv');
const tcvn3Decode = readCsv('tcvn3-decode.csv');
need(tcvn3Letters.length === 134, 'tcvn3.csv has 134 letters');

/** VN3 (.VnTime): 67 lowercase letters + the 7 bare capitals in A1–A7. */
const vn3: [string, string][] = [];
for (const row of tcvn3Letters) {
  if (!row.vntime_byte) continue;
  vn3.push([String.fromCharCode(hex(row.vntime_byte)), (row.char ?? '').normalize('NFC')]);
}
need(vn3.length === 74, `VN3 has 67 lowercase + 7 bare capitals (got ${vn3.length})`);

const vn1Extra: [string, string][] = [];
const vn1Combining: [string, string][] = [];
const vn1Control: [string, string][] = [];
const cp1252High: [string, string][] = [];
for (const row of tcvn3Decode) {
  const byte = hex(row.byte ?? '');
  const vn3Letter = row.vntime_vn3 ?? '';
  const vn1 = parseCharCell(row.tcvn5712_vn1_glibc ?? '');
  const byteChar = String.fromCharCode(byte);
  if (vn3Letter) {
    // Both CSVs must agree on every VN3 position.
    need(vn3.some(([k, v]) => k === byteChar && v === vn3Letter), `VN3 byte ${row.byte} agrees`);
    continue;
  }
  if (byte >= 0x80 && byte <= 0x9f) {
    const cp = hex((row.cp1252_codepoint ?? '').replace('U+', ''));
    // Undefined in Windows-1252 when the code point equals the byte (C1 control).
    if (cp !== byte) {
      const viaIconv = iconv.decode(Buffer.from([byte]), 'windows-1252');
      need(viaIconv === String.fromCodePoint(cp), `cp1252 0x${row.byte} agrees with iconv-lite`);
      cp1252High.push([byteChar, String.fromCodePoint(cp)]);
    }
    vn1Control.push([byteChar, vn1]);
  } else if (byte < 0x20) vn1Control.push([byteChar, vn1]);
  else if (byte >= 0xb0 && byte <= 0xb4) vn1Combining.push([byteChar, vn1]);
  else if (byte > 0xa0) vn1Extra.push([byteChar, vn1]);
}
need(vn1Extra.length === 16, `16 harmless VN1 capital positions (got ${vn1Extra.length})`);
need(vn1Combining.length === 5, 'five VN1 combining marks');
need(cp1252High.length === 27, 'Windows-1252 defines 27 characters in 0x80–0x9F');

// ---- VNI ---------------------------------------------------------------------
const vniRows = readCsv('vni.csv');
need(vniRows.length === 134, 'vni.csv has 134 letters');
const vniPairs: [string, string][] = [];
const vniSingles: [string, string][] = [];
for (const row of vniRows) {
  const bytes = (row.vni_bytes ?? '').split(' ').map(hex);
  const encoded = String.fromCharCode(...bytes);
  need(encoded === row.vni_mojibake, `VNI bytes and mojibake agree for ${row.char}`);
  (bytes.length === 2 ? vniPairs : vniSingles).push([encoded, (row.char ?? '').normalize('NFC')]);
}

// ---- Windows-1258 bytes misread as Windows-1252 (legacy-encodings.md §5) --------
const cp1258Misread: [string, string][] = [];
for (let byte = 0xa0; byte <= 0xff; byte++) {
  const as1252 = iconv.decode(Buffer.from([byte]), 'windows-1252');
  const as1258 = iconv.decode(Buffer.from([byte]), 'windows-1258');
  if (as1252 !== as1258) cp1258Misread.push([as1252, as1258]);
}
// The 13 letter/tone bytes listed in legacy-encodings.md §5, plus FE (₫, the đồng sign).
const documented = 'C3 CC D0 D2 D5 DD DE E3 EC F0 F2 F5 FD FE';
need(
  cp1258Misread.map(([k]) => k.charCodeAt(0).toString(16).toUpperCase()).join(' ') === documented,
  'CP1258 differs from CP1252 exactly at the bytes listed in legacy-encodings.md §5 (+ FE ₫)',
);

// ---- Common syllables (tie-breaker for a legacy font on ambiguous text) -------
// Place, province and ethnic-group names from the reference CSVs, plus the
// personal-name lists of DOMAIN.md §4 and register vocabulary of DOMAIN.md §3
// (typed here: DOMAIN.md is prose, not a table).
const NAME_COLUMNS: Record<string, string[]> = {
  'admin-units-vinh-phuc.csv': ['name', 'unit_type', 'gso_full_name', 'former_gso_names', 'successor_2025_07_name'],
  'vinh-phuc-to-phu-tho-2025-communes.csv': ['new_full_name', 'new_province_name', 'old_units_in_force_2025_06_30'],
  'ethnic-groups.csv': ['name_1979', 'name_2008', 'aliases'],
  'id-province-codes.csv': ['province_name', 'gso_full_name', 'merged_2025_07_into_name'],
};
const DOMAIN_NAMES =
  // DOMAIN.md §4: most common surnames, middle names, frequent given names.
  'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Tôn Thất Nữ Công Tằng Âu ' +
  'Văn Thị Ngọc Tuấn Huy Anh Hiếu Hùng Nam Sơn Đức Dũng Thành Đạt Cường Long Trung Hải Minh ' +
  'Trang Thảo Linh Phương Hằng Huyền Hiền Hương Dung Nhung Thủy Thuỷ Nhi Vân Quỳnh Nga Yến Lan Hoa Mai ' +
  // More given and middle names common in northern registers (general usage, not a
  // frequency table): only a tie-breaker, so a missing name costs little.
  'Tùng Thắng Tâm Tài Thái Thuận Toàn Trí Trọng Tú Vinh Việt Xuân Bảo Bình Châu Cúc Diệp Diệu Duy Đăng ' +
  'Điệp Đông Hà Hạnh Hào Hậu Hiệp Hiển Hòa Hoà Hồng Huệ Khải Khánh Kiên Kiệt Lâm Lệ Liên Lộc Lợi Luân ' +
  'Lực Mạnh Mẫn Mến Mỹ Nghĩa Ngân Nguyên Nhàn Nhân Nhật Oanh Phát Phúc Phụng Phước Quân Quế Quốc Quý ' +
  'Quyên Quyết Sáng Tân Thạch Thơ Thùy Thuỳ Thúy Thuý Thư Thương Tiến Tín Toản Trà Trâm Trúc Tuyết Uyên ' +
  'Hạ Hoài Lành Lụa Thêu Thìn Tý Đình Hữu Bá Thế Khắc Phú Như Hiên Chiến Lợi Lưu Ánh Ân Ấn Bích Cầm ' +
  'Chung Cảnh Đào Đoàn Đào Hằng Hoan Khuê Kỳ Lài Lệ Loan Lụa Mơ Nhạn Nương Phấn Quyền Sửu Tấn Thịnh ' +
  'Thọ Thoại Thục Tiên Tình Trường Tường Vượng Yên Tô Bé ' +
  // DOMAIN.md §3-§5: register vocabulary (dates, kinship, unit words).
  'ngày tháng năm sinh nơi thôn xóm xã phường thị trấn huyện tỉnh thành phố quận tổ khu ông bà cha mẹ ' +
  'vợ chồng con trai gái họ tên chữ đệm giới tính nữ dân tộc quốc tịch Việt ghi chú số quyển đăng ký ' +
  'khai tử kết hôn âm lịch khoảng Giêng Chạp';
const common = new Set<string>();
const addWords = (text: string): void => {
  for (const word of text.normalize('NFC').toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (/[^\x00-\x7f]/.test(word)) common.add(word);
  }
};
for (const [file, columns] of Object.entries(NAME_COLUMNS)) {
  for (const row of readCsv(file)) for (const column of columns) addWords((row[column] ?? '').replace(/\*/g, ''));
}
addWords(DOMAIN_NAMES);
const commonSyllables = [...common].sort();

const letters = tcvn3Letters.map((row) => (row.char ?? '').normalize('NFC')).join('');

function wrap(words: string[]): string {
  const lines: string[] = [];
  let line = ' ';
  for (const word of words) {
    const item = ` '${word}',`;
    if (line.length + item.length > 100) { lines.push(line); line = ' '; }
    line += item;
  }
  if (line.trim() !== '') lines.push(line);
  return lines.join('\n');
}

const out = `/**
 * GENERATED by scripts/derive-reference/legacy-tables.ts — do not edit by hand.
 *
 * Sources: ../shared/reference/tcvn3.csv, tcvn3-decode.csv and vni.csv, which
 * were generated from the Unikey VnConv tables (vn-input/ibus-unikey
 * ukengine/data.cpp) and checked against glibc iconv TCVN5712-1, VBKey, xvnkb
 * and npm vietnamese-conversion (see legacy-encodings.md "Verification").
 * Windows-1252 / Windows-1258 code pages from iconv-lite, cross-checked against
 * the CSV's cp1252 column and legacy-encodings.md §5.
 *
 * Keys are the characters an .xlsx cell holds (the Windows-1252 view of the
 * legacy byte; for 0xA0–0xFF the code point equals the byte).
 */

/** The ${letters.length} Vietnamese letters (lower and upper case, NFC), in tcvn3.csv order. */
export const VIETNAMESE_LETTERS = '${letters}';

/** TCVN3 VN3 (.VnTime fonts): 67 lowercase letters and the bare capitals Ă Â Ê Ô Ơ Ư Đ (A1–A7). */
export const TCVN3_VN3_LETTERS: Readonly<Record<string, string>> = ${recordLiteral(vn3)};

/**
 * TCVN 5712 VN1 capitals at positions VN3 leaves unused (AF BA BF C0–C5 CD D9–DB
 * E0 F0 FF); harmless to decode in text already known to be TCVN3 (legacy-encodings.md §3.3).
 */
export const TCVN3_VN1_EXTRA_LETTERS: Readonly<Record<string, string>> = ${recordLiteral(vn1Extra)};

/** VN1 combining tone marks at B0–B4 (decoded only on request). */
export const TCVN3_VN1_COMBINING_MARKS: Readonly<Record<string, string>> = ${recordLiteral(vn1Combining)};

/**
 * VN1 capitals at C0 positions and 0x80–0x9F, keyed by the raw byte as a
 * character (U+0001…, U+0080…). Never decoded by default: in .VnTime files those
 * bytes are Windows punctuation (legacy-encodings.md §3.4).
 */
export const TCVN3_VN1_CONTROL_LETTERS: Readonly<Record<string, string>> = ${recordLiteral(vn1Control)};

/** Windows-1252 0x80–0x9F: byte (as U+0080…) → character; the 5 undefined bytes are absent. */
export const WINDOWS_1252_HIGH: Readonly<Record<string, string>> = ${recordLiteral(cp1252High)};

/** Windows-1258 bytes seen through Windows-1252: character shown → what CP1258 meant (letters and combining tone marks). */
export const CP1258_MISREAD_AS_CP1252: Readonly<Record<string, string>> = ${recordLiteral(cp1258Misread)};

/** VNI Windows two-byte letters: base letter + modifier byte → letter. */
export const VNI_PAIRS: Readonly<Record<string, string>> = ${recordLiteral(vniPairs)};

/** VNI Windows single-byte letters (đ ơ ư and the i/y forms). */
export const VNI_SINGLES: Readonly<Record<string, string>> = ${recordLiteral(vniSingles)};

/**
 * ${commonSyllables.length} lower-case syllables with a non-ASCII letter, from Vĩnh Phúc / province /
 * ethnic-group names (admin-units-vinh-phuc.csv, vinh-phuc-to-phu-tho-2025-communes.csv,
 * id-province-codes.csv, ethnic-groups.csv) and DOMAIN.md §3–§5 names and register words.
 * Used only to break ties when a legacy font and Unicode read equally well.
 */
export const COMMON_SYLLABLES: readonly string[] = [
${wrap(commonSyllables)}
];
`;

writeFileSync(outFile, out, 'utf8');
console.log(`wrote ${outFile}: common syllables ${commonSyllables.length}, VN3 ${vn3.length}, VN1 extra ${vn1Extra.length}, VNI pairs ${vniPairs.length}, singles ${vniSingles.length}, CP1258 ${cp1258Misread.length}`);
