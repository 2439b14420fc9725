import type { CatalogEntry } from './catalog-entry.js';

/** Corrections deduplication makes to the records it keeps, and checks on them (src/dedup, src/emit/dedup-output.ts). */
export const dedupCodes: readonly CatalogEntry[] = [
  {
    code: 'DEDUP_FIELD_FILLED',
    titleVi: 'Đã bổ sung từ bản ghi trùng',
    severity: 'note',
    field: 'record',
    messageVi: 'Trường này được bổ sung giá trị "{to}" từ bản ghi trùng đã gộp vào bản ghi này.',
    description:
      'The survivor of a duplicate cluster lacked this field and took it from a merged member, or gave this date less precisely and took the member\'s agreeing, more precise one (\'1940\' → \'1940-09-17\'; the note\'s from is the survivor\'s own date); the note\'s source is the member\'s id (duplicates.jsonl lists the cluster).',
  },
  {
    code: 'DEDUP_ROLES_EXCHANGED',
    titleVi: 'Đã đổi lại hai bên ghi đảo cột',
    severity: 'note',
    field: 'record',
    messageVi:
      'Dòng này ghi "{from}" vào cột của bên chồng (hoặc của cha), bên kia vào cột còn lại: hai bên bị ghi đảo cột. Bản ghi trùng ghi đúng cột đã gộp vào xác nhận điều đó, nên họ tên, ngày sinh, giấy tờ và các thông tin khác của hai bên đã được chuyển lại đúng cột ("{to}" ở cột đầu).',
    description:
      "The survivor of a duplicate cluster was typed with its two roles in each other's columns (the wife under the husband's headings, the father under the mother's: MARRIAGE_SPOUSE_NAME_SEX, MARRIAGE_SPOUSE_ID_SEX, PARENT_NAME_SEX on it) and a merged member typed the right way round matched it crossed — or, a marriage survivor showing nothing either way, a member whose own IDs or middle names show it typed right; the survivor stays (an original before its re-registration) and its two person objects are exchanged whole, so the loaded record has each person in their own role; its MARRIAGE_SPOUSE_NAME_SEX / MARRIAGE_SPOUSE_ID_SEX / PARENT_NAME_SEX warnings, which describe the row as typed, are dropped from it (errors.xlsx 'Chi tiết' still lists them on the row). The note's from is the name the entry holds under the first role's headings, to the name there now, source the member that showed it.",
    fixVi: 'Đối chiếu sổ gốc và sửa dòng trong tệp cho đúng cột (cả ngày sinh, giấy tờ, nơi cư trú) để lần chạy sau không cần tự sửa.',
  },
  {
    code: 'DEDUP_SURVIVOR_LESS_COMPLETE',
    titleVi: 'Bản ghi đã nạp trước kém đầy đủ hơn',
    severity: 'warning',
    field: 'record',
    messageVi:
      'Dòng này trùng với bản ghi {survivor} đã nạp trước của {district} và đã được gộp vào bản ghi đó, nhưng đầy đủ hơn bản ghi đó: {lacks}. Bản ghi đã nạp không được sửa tự động.',
    description:
      "The row was merged into a record another district loaded before (the registry), which stays the survivor — the earlier batch is not rewritten and one citizen is not loaded twice — although this row would have won survivorship or filled it: it is the original registration of the survivor's re-registration (đăng ký lại), or it gives a field the survivor lacks or a date the survivor gives less precisely ('1990' against '1990-05-12'). duplicates.jsonl lists the gap on the member (survivorLacks) and this warning; the survivor's district must correct its record.",
    fixVi:
      'Đối chiếu hai bản ghi với sổ gốc, rồi báo {district} sửa, bổ sung bản ghi {survivor} theo những thông tin nêu trên và chạy lại huyện đó. Không cần sửa dòng này.',
  },
  {
    code: 'DEDUP_COPIES_DISAGREE',
    titleVi: 'Các bản trùng ghi khác nhau',
    severity: 'warning',
    field: 'record',
    messageVi:
      '{label} của dòng này là "{value}", nhưng bản ghi trùng ở {source} (đã gộp vào dòng này) ghi "{other}". Giá trị của dòng này được nạp.',
    description:
      "A merged copy of the entry gives another value of a key field of the registered person than the survivor that is loaded: the birth date (day and month swapped, another day or year), the death date, the sex, a personal ID of the same kind (two 12-digit numbers or two CMNDs), or the name spelt otherwise beyond the placement of a tone mark (Hùng/Hưng, Tý/Tí). In a marriage, also a copy typed with the spouses the other way round when nothing shows which copy is right (no ID's sex digit, no Văn/Thị nor a middle name leaning to one sex — Hữu, Quang; Thu, Bích —, no MARRIAGE_SPOUSE_NAME_SEX / MARRIAGE_SPOUSE_ID_SEX on either): one warning on the husband's name, quoting the copy's husband. Not raised for a copy that gives the value less precisely (a year for the full date: a fill, DEDUP_FIELD_FILLED), a CMND beside a 12-digit ID, a name typed without marks or with marks dropped (Tuân for Tuấn), abbreviated, or with a middle name dropped, or a copy's name with spelling warnings the survivor's lacks. One warning per field and member; duplicates.jsonl lists them on the cluster (disagree: field, fromId).",
    fixVi: 'Đối chiếu sổ hộ tịch gốc (bản giấy) của cả hai dòng để biết giá trị đúng; nếu giá trị đã nạp sai, sửa dòng này trong tệp rồi chạy lại.',
  },
  {
    code: 'PERSONAL_ID_REPEATED',
    titleVi: 'Số định danh bị trùng',
    severity: 'warning',
    field: 'personalId',
    messageVi: 'Số định danh cá nhân {value} đã ghi cho {earlier}: mỗi số định danh chỉ thuộc về một người, nên hoặc một việc đăng ký được nhập hai lần, hoặc số này bị chép nhầm từ dòng khác (thường gặp ở trẻ sinh đôi).',
    description: 'Another record the batch keeps after deduplication carries the same personal ID of the child (birth) or the deceased (death); an ID names one person (DOMAIN.md §2.1). Either one event registered twice that deduplication kept apart, or an ID copied from another row — typically a twin given the other twin\'s number. The later record in source order is flagged. Spouses\' IDs are not checked: a person marries more than once.',
    fixVi: 'Đối chiếu số định danh của hai dòng với sổ gốc và giấy tờ của từng người, sửa số bị chép nhầm; nếu là một việc đăng ký nhập hai lần thì bỏ dòng thừa.',
  },
  {
    code: 'PERSONAL_ID_OTHER_PERSON',
    titleVi: 'Số định danh trùng với người khác tên',
    severity: 'warning',
    field: 'personalId',
    messageVi: 'Số định danh/CMND {value} đã ghi cho một người khác tên ({otherRole}, {earlier}): mỗi số chỉ thuộc về một người, nên một trong hai số bị chép nhầm.',
    description:
      "The same 12-digit ID or 9-digit CMND stands for two people of different family or given names among the records a batch keeps after deduplication: a mother's, a father's or a spouse's number typed again for another person, or a parent's number typed in the child's column (same row). Parents and spouses recur under their own names (twins' mother, a remarriage) and are not reported; names are compared without marks and with i for y where y is a syllable's only vowel ('Lý' / 'Lí'), by family and given name. Two children or two deceased with one ID are PERSONAL_ID_REPEATED. The later record in source order is flagged (in one row, the child's ID) — not one row whose own ID checks already say the parent's number is not the parent's (ID_PARENT_SEX_CENTURY_MISMATCH, ID_PARENT_BIRTH_YEAR_MISMATCH: the child's number typed in the mother's column), which would point at the right cell for a slip already reported on the wrong one; nor is a person whose number those checks say is not theirs taken for its owner on a later row (the father's own number there is right).",
    fixVi: 'Đối chiếu số định danh/CMND của hai người với sổ gốc và giấy tờ của từng người, sửa số bị chép nhầm rồi chạy lại.',
  },
];
