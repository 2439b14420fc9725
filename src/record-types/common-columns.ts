import type { ColumnDefinition } from './column.js';

/** Register-position columns every book has (Circular 04/2020/TT-BTP forms). */
export const registrationColumns: ColumnDefinition[] = [
  { key: 'stt', header: 'STT', aliases: ['TT', 'Số thứ tự', 'Số TT'] },
  {
    key: 'registration.number',
    header: 'Số',
    // The number on the certificate is the book's row number (DOMAIN.md §3.3).
    aliases: ['Số đăng ký', 'Số ĐK', 'Số đăng ký hộ tịch', 'Số hiệu', 'Số sổ', 'Số giấy khai sinh', 'Số khai sinh', 'Số trích lục', 'Số giấy chứng tử', 'Số giấy chứng nhận kết hôn'],
  },
  { key: 'registration.book', header: 'Quyển số', aliases: ['Quyển', 'Số quyển', 'Quyển sổ'] },
  {
    key: 'registration.date',
    header: 'Ngày đăng ký',
    aliases: [
      'Ngày ĐK',
      'Ngày, tháng, năm đăng ký',
      'Ngày tháng năm đăng ký',
      'Ngày đăng ký khai sinh',
      'Ngày đăng ký kết hôn',
      'Ngày đăng ký khai tử',
      'Ngày cấp',
    ],
  },
  {
    key: 'registration.place',
    header: 'Nơi đăng ký',
    aliases: ['Nơi ĐK', 'Cơ quan đăng ký', 'Nơi đăng ký hộ tịch', 'UBND xã', 'UBND cấp xã', 'Đơn vị đăng ký'],
  },
];

/** Attribute headers shared by every person in a register; role words are added per record type. */
export const personAttributes = {
  fullName: {
    header: 'Họ và tên',
    aliases: ['Họ tên', 'Họ, chữ đệm, tên', 'Họ, chữ đệm và tên', 'Họ chữ đệm và tên', 'Tên'],
  },
  // Some templates split the name (QCVN 109 stores Ho, ChuDem, Ten): 'Họ' | 'Chữ đệm' | 'Tên'.
  // 'Tên' then lands on fullName and the reader joins the parts (FieldReader.name).
  familyNamePart: { header: 'Họ', aliases: [] },
  middleNamePart: { header: 'Chữ đệm', aliases: ['Tên đệm', 'Đệm', 'Chữ lót', 'Tên lót'] },
  birthDate: {
    header: 'Ngày sinh',
    aliases: ['Ngày, tháng, năm sinh', 'Ngày tháng năm sinh', 'Sinh ngày', 'Năm sinh', 'Sinh năm', 'NTNS'],
  },
  birthYear: { header: 'Năm sinh', aliases: ['Sinh năm', 'Ngày sinh', 'Ngày, tháng, năm sinh', 'Ngày tháng năm sinh'] },
  sex: { header: 'Giới tính', aliases: ['Giới', 'Nam/Nữ', 'Nam, nữ', 'Phái'] },
  ethnicity: { header: 'Dân tộc', aliases: ['DT'] },
  nationality: { header: 'Quốc tịch', aliases: ['QT'] },
  residence: {
    header: 'Nơi cư trú',
    aliases: ['Nơi thường trú', 'Nơi ở', 'Chỗ ở', 'Địa chỉ', 'Nơi cư trú cuối cùng', 'Hộ khẩu thường trú', 'Thường trú'],
  },
  personalId: {
    header: 'Số định danh cá nhân',
    aliases: [
      'Số định danh', 'Mã định danh', 'Số ĐDCN', 'Số CCCD', 'Số căn cước', 'Số CMND', 'CMND', 'Giấy tờ tùy thân', 'Số giấy tờ tùy thân',
      'Số CMND/Hộ chiếu', 'CMND/Hộ chiếu', 'Số CMND, hộ chiếu', 'Giấy tờ tùy thân (CMND, hộ chiếu)', 'Số giấy tờ',
    ],
  },
  birthPlace: { header: 'Nơi sinh', aliases: ['Sinh tại'] },
  hometown: { header: 'Quê quán', aliases: ['Nguyên quán'] },
} as const;

export const declarantColumns: ColumnDefinition[] = [
  {
    key: 'declarant.fullName',
    header: 'Người đi khai',
    aliases: [
      'Người đi khai sinh',
      'Người đi khai tử',
      'Họ và tên người đi khai',
      'Họ tên người đi khai',
      'Người khai',
      'Họ và tên người đi khai sinh',
      'Họ và tên người đi khai tử',
      'Người đi đăng ký',
      'Người đi đăng ký khai sinh',
      'Người đi đăng ký khai tử',
      'Người yêu cầu',
      'Người yêu cầu đăng ký',
      'Họ tên người yêu cầu',
    ],
  },
  {
    key: 'declarant.relation',
    header: 'Quan hệ với người được khai sinh',
    aliases: ['Quan hệ', 'Quan hệ với trẻ', 'Quan hệ với người chết', 'Quan hệ với người được khai tử', 'Quan hệ người đi khai', 'Quan hệ người đi khai sinh'],
  },
];

export const remarksColumn: ColumnDefinition = {
  key: 'remarks',
  header: 'Ghi chú',
  aliases: ['Ghi chép', 'Chú thích', 'Ghi chú thay đổi, cải chính'],
};

/** Registers that tick 'x' under 'Giới tính' › 'Nam' | 'Nữ' instead of writing the sex. */
export function splitSexColumns(role: string): ColumnDefinition[] {
  return [
    { key: `${role}.sexMale`, header: 'Nam', aliases: ['Giới tính Nam', 'Nam giới'], notMatching: /ă/ },
    { key: `${role}.sexFemale`, header: 'Nữ', aliases: ['Giới tính Nữ', 'Nữ giới'] },
  ];
}
