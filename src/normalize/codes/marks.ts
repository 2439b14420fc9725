/**
 * Whether a marked spelling can be a slip for a reference name with the same letters.
 * Vietnamese letters carry two kinds of marks: a shape (â ă ê ô ơ ư đ: another vowel or
 * consonant) and a tone (à á ả ã ạ). A shape typed is evidence: another shape is another word
 * ('Tây' is not 'Tày'). A tone is not: dropped, misplaced or mistyped ('Sán Diu', 'Sán Diù',
 * 'Kính' for Kinh, 'Sàn Dìu') it is a slip, as the clerks' books are full of. The few real
 * words a tone apart from a group's name are aliases of their own ('Hàn', a Korean, not the
 * Hoa alias 'Hán': ethnicity-name-index.ts), found before this fallback.
 */

const SHAPE_MARKS = new Set(['\u0302', '\u0306', '\u031b']);
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);

interface Letter {
  base: string;
  shape: string;
  tone: string;
}

function lettersOf(key: string): Letter[] {
  const letters: Letter[] = [];
  for (const char of key) {
    if (char === 'đ' || char === 'ð') {
      letters.push({ base: 'd', shape: 'đ', tone: '' });
      continue;
    }
    const [base = '', ...marks] = char.normalize('NFD');
    letters.push({
      base,
      shape: marks.find((mark) => SHAPE_MARKS.has(mark)) ?? '',
      tone: marks.find((mark) => TONE_MARKS.has(mark)) ?? '',
    });
  }
  return letters;
}

/**
 * True when `typed` (an accent key: lower case, marks kept) may be `reference` written with
 * marks dropped or a tone slipped: the same letters, each typed shape mark the reference's.
 */
export function marksCompatible(typed: string, reference: string): boolean {
  const typedLetters = lettersOf(typed);
  const referenceLetters = lettersOf(reference);
  if (typedLetters.length !== referenceLetters.length) return false;
  for (let at = 0; at < typedLetters.length; at++) {
    const letter = typedLetters[at] as Letter;
    const wanted = referenceLetters[at] as Letter;
    if (letter.base !== wanted.base) return false;
    if (letter.shape !== '' && letter.shape !== wanted.shape) return false;
  }
  return true;
}
