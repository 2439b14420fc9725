import type { SourceCell, TextRun } from '../source-cell.js';

const NOT_BLANK = /\S/;
const SPACE_AT_EDGE = /^\s|\s$/;
const ENDS_IN_TEXT = /\S$/;
const STARTS_WITH_TEXT = /^\S/;
const LEADING_SPACE = /^\s+/;

/**
 * Strikethrough of a rich-text cell whose runs (`cell.runs`) are struck as `struck` says, one
 * flag per run; the caller has found at least one struck. A clerk strikes what is void: when
 * every run with text is struck the whole cell is (`struck: true`, text kept as typed); when only
 * some are — a word struck and written again beside it, 'Nguyễn Văn ~~Hưng~~ Hùng' — the struck
 * runs are not part of the value: they are left out of value, text and runs, and `struck` keeps
 * the text as typed. Leaving a run out neither joins two words nor doubles a space. Shared by
 * both XLSX readers.
 */
export function strikeRuns(cell: SourceCell, struck: readonly boolean[]): void {
  const runs = cell.runs ?? [];
  let kept = false;
  let dropped = false;
  for (let index = 0; index < runs.length; index++) {
    if (!NOT_BLANK.test(runs[index]!.text)) continue;
    if (struck[index] === true) dropped = true;
    else kept = true;
  }
  if (!dropped) return;
  if (!kept) {
    cell.struck = true;
    return;
  }
  const keptRuns: TextRun[] = [];
  let text = '';
  let droppedBefore = false;
  let spacedDrop = false;
  for (let index = 0; index < runs.length; index++) {
    let run = runs[index]!;
    if (struck[index] === true) {
      droppedBefore = true;
      spacedDrop ||= SPACE_AT_EDGE.test(run.text);
      continue;
    }
    if (droppedBefore && text !== '') {
      // 'Nguyễn Văn ' + ~~'Hưng'~~ + ' Hùng': one space, not two; 'Văn' + ~~' Hưng '~~ + 'Hùng': one put back.
      if (!ENDS_IN_TEXT.test(text)) run = { ...run, text: run.text.replace(LEADING_SPACE, '') };
      else if (spacedDrop && STARTS_WITH_TEXT.test(run.text)) {
        keptRuns.push(run.font === undefined ? { text: ' ' } : { text: ' ', font: run.font });
        text += ' ';
      }
    }
    droppedBefore = false;
    spacedDrop = false;
    if (run.text === '') continue;
    keptRuns.push(run);
    text += run.text;
  }
  cell.struck = cell.text;
  cell.value = text;
  cell.text = text;
  cell.runs = keptRuns;
}
