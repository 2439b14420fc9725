/**
 * Catalog entries for the text normalizer (src/normalize/text). Legacy
 * encodings: ../shared/reference/legacy-encodings.md.
 */
import type { CatalogEntry } from './catalog-entry.js';

export const textCodes: readonly CatalogEntry[] = [
  {
    code: 'TEXT_LEGACY_TCVN3',
    titleVi: 'Đã chuyển chữ TCVN3 sang Unicode',
    severity: 'note',
    field: 'text',
    messageVi: 'Văn bản gõ bằng bảng mã TCVN3 (ABC, phông .VnTime/.VnTimeH) đã được tự động chuyển sang Unicode: {value}',
    description:
      'The cell was typed in the TCVN3/ABC legacy encoding (.Vn… fonts) and was converted to Unicode. ' +
      'TCVN3 cannot encode toned capitals, so such letters come out in lower case until the name normalizer re-capitalises them; ' +
      'the first letter of a cause of death, a remark or a place gets its capital back too (lost-capital.ts).',
    fixVi: 'Kiểm tra lại chữ hoa ở đầu họ, tên và địa danh sau khi chuyển mã; lần sau nhập liệu bằng Unicode.',
  },
  {
    code: 'TEXT_LEGACY_VNI',
    titleVi: 'Đã chuyển chữ VNI sang Unicode',
    severity: 'note',
    field: 'text',
    messageVi: 'Văn bản gõ bằng bảng mã VNI Windows (phông VNI-…) đã được tự động chuyển sang Unicode: {value}',
    description: 'The cell was typed in the VNI Windows legacy encoding (VNI-… fonts) and was converted to Unicode.',
    fixVi: 'Lần sau nhập liệu bằng bảng mã Unicode.',
  },
  {
    code: 'TEXT_LEGACY_CP1258',
    titleVi: 'Đã chuyển chữ Windows-1258 sang Unicode',
    severity: 'note',
    field: 'text',
    messageVi: 'Văn bản mã Windows-1258 bị đọc nhầm thành ký tự lạ (ví dụ «NguyêÞn») đã được tự động chuyển sang Unicode: {value}',
    description:
      'The cell held Windows-1258 (Vietnamese code page) bytes read as Windows-1252, e.g. "NguyêÞn" or "HoÌa"; it was re-read as Windows-1258 and converted to Unicode.',
    fixVi: 'Lưu tệp nguồn ở dạng Unicode (UTF-8) trước khi gửi.',
  },
  {
    code: 'TEXT_MOJIBAKE_UTF8',
    titleVi: 'Đã sửa chữ Unicode bị đọc nhầm bảng mã',
    severity: 'note',
    field: 'text',
    messageVi: 'Văn bản Unicode (UTF-8) bị đọc nhầm bảng mã thành ký tự lạ (ví dụ «Nguyá»…n») đã được tự động sửa: {value}',
    description:
      'The cell held UTF-8 bytes read as Windows-1252 (double encoding), e.g. "Nguyá»…n" for "Nguyễn"; the bytes were re-read as UTF-8.',
    fixVi: 'Khi mở hoặc nhập tệp CSV, chọn bảng mã UTF-8.',
  },
  {
    code: 'TEXT_REPLACEMENT_CHARACTER',
    titleVi: 'Ô có ký tự bị mất khi chuyển mã',
    severity: 'error',
    field: 'text',
    messageVi: 'Ô có ký tự thay thế (�): một phần chữ đã bị mất khi chuyển mã trước khi đến hệ thống: {value}',
    description:
      'The text contains U+FFFD REPLACEMENT CHARACTER ({count} times): characters were lost by an earlier conversion and cannot be recovered from the file.',
    fixVi: 'Đối chiếu với sổ gốc hoặc bản quét và nhập lại nội dung ô bằng Unicode.',
  },
  {
    code: 'TEXT_TCVN3_LETTER_LOST',
    titleVi: 'Chữ TCVN3 mất chữ «ư»',
    severity: 'warning',
    field: 'text',
    messageVi:
      'Ô gõ bằng bảng mã TCVN3 đã mất chữ «ư» (ký tự ẩn bị công cụ làm sạch xoá); những chữ chỉ đọc được khi có «ư» đã được khôi phục, nhưng «{words}» đọc được cả khi có và không có «ư» (ví dụ «Lu» hay «Lưu», «Mời» hay «Mười»): {value}',
    description:
      "The cell was typed in TCVN3, whose ư is the invisible soft hyphen U+00AD, and a clean-up tool stripped it (the cell or its sheet shows it): words " +
      "that only read with an ư were restored (H¬ng → Hương, Hng → Hưng, 'Dương Văn T' → Tư), but the words listed ({words}) read both ways " +
      "('Lu' or Lưu, 'Mời' or Mười, 'Ng' or Ngư/Ưng) and may have lost one too.",
    fixVi: 'Đối chiếu các chữ được nêu với sổ gốc và sửa lại (thêm chữ «ư» nếu thiếu).',
  },
  {
    code: 'TEXT_UNDECODED_LEGACY',
    titleVi: 'Còn chữ bảng mã cũ chưa chuyển',
    severity: 'warning',
    field: 'text',
    messageVi: 'Ô còn ký tự lạ giống chữ gõ bằng bảng mã cũ TCVN3 (ABC) hoặc VNI chưa được chuyển sang Unicode: {value}',
    description:
      'After conversion the text still has TCVN3 letters that are symbols in Unicode (¸ µ ¶ · ¹ § ¨ © « ¬ ®…) attached to words, ' +
      'or, beside letters only Vietnamese has, VNI letters (ö for ư, ñ for đ, û ø ï for tones) glued to a word; ' +
      'e.g. a cell partly re-typed in Unicode, or legacy text the detector could not confirm.',
    fixVi: 'Kiểm tra phông chữ của ô trong tệp gốc, chuyển mã sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) rồi nhập lại.',
  },
];
