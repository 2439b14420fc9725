/** A column a record type knows, by canonical key, with its official header and aliases. */
export interface ColumnDefinition {
  /** Canonical key, usually the record path it fills ('mother.fullName'). */
  key: string;
  /** Canonical Vietnamese header, as in the official templates. */
  header: string;
  /** Other headers seen in registers; compared after foldHeader(). */
  aliases: readonly string[];
  /**
   * Headers that name the column less surely than its header and aliases (matched
   * as aliases are): when two columns of one header claim the key, the one under
   * the header or an alias keeps it. 'Ngày cấp GKS' (the certificate's issue date)
   * is the registration date, unless a 'Ngày đăng ký' column is there too.
   */
  secondaryAliases?: readonly string[];
  /**
   * Short abbreviations ('HT', 'NS', 'DT', 'GT', with a role word: 'NS cha'):
   * they name the column only as the whole label (or under a group, the group's
   * words and the abbreviation), never inside a longer label ('Số ĐT mẹ' is no
   * ethnicity), where two letters say too little.
   */
  abbreviations?: readonly string[];
  /** A raw header (lower case, accents kept) that must not match even when it folds to an alias ('Năm' is not 'Nam'). */
  notMatching?: RegExp;
  /**
   * Headers that name the column only as the whole label, never inside a longer
   * one: 'Chồng' heads the husband's name, but 'Dân tộc của chồng' is not his
   * name. Matched as written or typed without marks ('Chong'), so 'Năm' is not 'Nam'.
   */
  wholeLabels?: readonly string[];
  /**
   * Whole labels that name the column only when no other column of the header
   * claims its key (matched as wholeLabels are): 'Ngày cấp' is the registration
   * date in books that print the certificate's issue date, but the issue date of
   * an ID card when it follows the ID's column or a 'Ngày đăng ký' is there.
   */
  fallbackLabels?: readonly string[];
  /**
   * The column fills no field of the record (a person's age, read only to tell that the birth
   * date is missing): its cells are kept in the record's `raw` as an unknown column's are, so
   * nothing typed is lost.
   */
  keptInRaw?: true;
}

/**
 * Columns of one person's attribute under several role words:
 * personColumns('mother', ['mẹ', 'người mẹ'], {fullName: ['Họ và tên', 'Họ tên']})
 * gives 'mother.fullName' with aliases 'Họ và tên mẹ', 'Họ tên người mẹ', …
 * Two-level headers ('Thông tin về mẹ' over 'Họ và tên') fold to the same words.
 * `notMatching` applies to every column made (see ColumnDefinition.notMatching).
 */
export function personColumns(
  role: string,
  roleWords: readonly string[],
  attributes: Record<string, { header: string; aliases: readonly string[]; abbreviations?: readonly string[]; notMatching?: RegExp; keptInRaw?: true }>,
  notMatching?: RegExp,
): ColumnDefinition[] {
  const qualify = (label: string, word: string): string => (word === '' ? label : `${label} ${word}`);
  return Object.entries(attributes).map(([attribute, { header, aliases, abbreviations, notMatching: own, keptInRaw }]) => {
    // The attribute's own pattern ('ĐT' is no 'DT') and the role's both exclude.
    const excluding = own && notMatching ? new RegExp(`${own.source}|${notMatching.source}`, 'u') : (own ?? notMatching);
    return {
      key: `${role}.${attribute}`,
      header: qualify(header, roleWords[0] ?? ''),
      aliases: [header, ...aliases].flatMap((alias) => roleWords.map((word) => qualify(alias, word))),
      ...(abbreviations ? { abbreviations: abbreviations.flatMap((abbreviation) => roleWords.map((word) => qualify(abbreviation, word))) } : {}),
      ...(excluding ? { notMatching: excluding } : {}),
      ...(keptInRaw ? { keptInRaw } : {}),
    };
  });
}

/**
 * The columns with the person's name column headed also by a role alone, as
 * one-row headers of old books do ('Chồng' | 'Năm sinh' | 'Vợ' | 'Năm sinh',
 * 'Người chết' | 'Năm sinh'): a whole label only, never inside a longer one.
 */
export function roleHeadsName(columns: readonly ColumnDefinition[], role: string, roleLabels: readonly string[]): ColumnDefinition[] {
  const key = `${role}.fullName`;
  return columns.map((column) => (column.key === key ? { ...column, wholeLabels: [...(column.wholeLabels ?? []), ...roleLabels] } : column));
}
