/**
 * A commune name typed with other marks than the list's ('Tam Họp', 'Tam Hơp', 'Tam Hộp' for Tam Hợp):
 * folding reads it as the name, and the officer should see the typo. A word typed without any mark
 * ('Tam Hop') is typing without diacritics, not a typo; where a tone sits on final oa/oe/uy (Hòa / Hoà,
 * DOMAIN.md §4.1) and letter case are no difference.
 */
import { applyToneStyle } from '../name/tone-style.js';
import { NAME_INDEX } from './commune-index.js';

const ASCII = /^[\x00-\x7f]*$/;
const NOT_LETTER = /[^\p{L}\p{M}\s]+/gu;

function markedWords(text: string): string[] {
  return applyToneStyle(text.replace(NOT_LETTER, ' '), 'new').toLowerCase().split(/\s+/).filter((word) => word !== '');
}

/** True when the name as typed (its words only, no unit word) carries marks that no name of its folded key has. */
export function marksDiffer(nameTyped: string, key: string): boolean {
  if (ASCII.test(nameTyped)) return false;
  const typed = markedWords(nameTyped);
  return !(NAME_INDEX.get(key) ?? []).some((entry) => {
    const listed = markedWords(entry.name);
    return listed.length === typed.length && listed.every((word, at) => word === typed[at] || ASCII.test(typed[at] ?? ''));
  });
}
