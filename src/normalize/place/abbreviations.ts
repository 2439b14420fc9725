/**
 * Unit abbreviations in free-text places. Expanded only where they cannot be something else:
 * at the start of a place part (text start, after a comma, semicolon, bracket, slash or spaced
 * dash) and followed by a capitalised word (or a number, for Phường/Quận/Thành phố: "Q.1",
 * "P. 3") — so the initial in "Nguyễn T. Lan" or "Thôn X" is never touched. "Th." is NOT
 * expanded: in registers it stands for Thôn, Thị or Thành alike.
 */

const PART_START = String.raw`(?<=^|[,;(/]\s?|\s-\s)`;
const NEXT_WORD = String.raw`(?=\p{Lu})`;
const NEXT_WORD_OR_NUMBER = String.raw`(?=\p{Lu}|\d)`;
const CENTRAL_CITY = String.raw`(?=(?:Hà Nội|Hải Phòng|Đà Nẵng|Cần Thơ|Hồ Chí Minh)(?!\p{L}))`;

// One-letter forms need their dot ("X." / "x."); two-letter forms take a dot or a space.
// Order matters: "TP.HCM" before "TP", "TT"/"TX" and "T. Hà Nội" before "T.".
const ABBREVIATIONS: readonly (readonly [form: string, expansion: string])[] = [
  [String.raw`(?:TP|Tp|tp|T\.P)\.?\s?HCM(?!\p{L})`, 'Thành phố Hồ Chí Minh'],
  [String.raw`(?:TP|Tp|tp|T\.P)(?:\.\s?|\s)${NEXT_WORD_OR_NUMBER}`, 'Thành phố '],
  // 'TT Y tế huyện …' is the district's Trung tâm Y tế (health centre), where many births and deaths happen.
  [String.raw`(?:TT|Tt|tt|T\.T)(?:\.\s?|\s)(?![Yy]\s?[Tt][ếẾ](?!\p{L}))${NEXT_WORD}`, 'Thị trấn '],
  [String.raw`(?:TX|Tx|tx|T\.X)(?:\.\s?|\s)${NEXT_WORD}`, 'Thị xã '],
  [String.raw`[Xx]\.\s?${NEXT_WORD}`, 'Xã '],
  [String.raw`[Hh]\.\s?${NEXT_WORD}`, 'Huyện '],
  // The centrally-run cities are thành phố, not tỉnh, though clerks write 'T.' before them too.
  [String.raw`[Tt]\.\s?${CENTRAL_CITY}`, 'Thành phố '],
  [String.raw`[Tt]\.\s?${NEXT_WORD}`, 'Tỉnh '],
  [String.raw`[Pp]\.\s?${NEXT_WORD_OR_NUMBER}`, 'Phường '],
  [String.raw`[Qq]\.\s?${NEXT_WORD_OR_NUMBER}`, 'Quận '],
];

// One pass over the text: each form is a capture group, the group that matched picks the expansion.
const ANY_ABBREVIATION = new RegExp(`${PART_START}(?:${ABBREVIATIONS.map(([form]) => `(${form})`).join('|')})`, 'gu');
// Every form contains a dot or a T/t followed by a space: text without either has nothing to expand.
const MIGHT_HOLD_ABBREVIATION = /\.|[Tt][TtXxPp]\s/;

export interface Expansion {
  text: string;
  /** "X. → Xã" for each distinct abbreviation expanded, in order. */
  expanded: string[];
}

export function expandAbbreviations(text: string): Expansion {
  if (!MIGHT_HOLD_ABBREVIATION.test(text)) return { text, expanded: [] };
  const expanded = new Set<string>();
  const result = text.replace(ANY_ABBREVIATION, (form: string, ...groups: unknown[]) => {
    const index = groups.findIndex((group) => typeof group === 'string');
    const expansion = ABBREVIATIONS[index]?.[1] ?? form;
    expanded.add(`${form.trim()} → ${expansion.trim()}`);
    return expansion;
  });
  return { text: result, expanded: [...expanded] };
}
