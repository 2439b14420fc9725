import { forEachTag } from './xml-tags.js';
import type { ZipArchive } from './zip-archive.js';
import { readXmlPart } from './xml-part.js';

/** What xl/workbook.xml and its relationships say about the package. */
export interface WorkbookLayout {
  date1904: boolean;
  /** Worksheets in workbook (tab) order, with the zip entry holding each; `hidden` when Excel does not show its tab. */
  sheets: { name: string; path: string; hidden?: true }[];
  sharedStringsPath?: string;
  stylesPath?: string;
}

// ECMA-376 part 1, §12.3: relationship types (transitional and strict share these endings).
const OFFICE_DOCUMENT = /\/officeDocument$/;
const WORKSHEET = /\/worksheet$/;
const SHARED_STRINGS = /\/sharedStrings$/;
const STYLES = /\/styles$/;

/** Finds the workbook part (through _rels/.rels) and reads its sheets, date system and related parts. */
export async function readWorkbookLayout(archive: ZipArchive): Promise<WorkbookLayout> {
  const packageRels = archive.find('_rels/.rels');
  const declared = packageRels ? relationships(await readXmlPart(archive, packageRels), '', packageRels) : [];
  const workbookTarget = declared.find((rel) => OFFICE_DOCUMENT.test(rel.type))?.target;
  const workbookPath = (workbookTarget && archive.find(workbookTarget)) ?? archive.find('xl/workbook.xml');
  if (!workbookPath) throw new Error(noWorkbookMessage(archive));

  const { isWorkbook, date1904, sheetRefs } = parseWorkbook(await readXmlPart(archive, workbookPath), workbookPath);
  // A Word document (.docx) renamed .xlsx declares its document.xml as the main part: no sheet to read, not a book of none.
  if (!isWorkbook) throw new Error(noWorkbookMessage(archive, workbookPath));
  const folder = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const relsPath = archive.find(`${folder}_rels/${workbookPath.slice(folder.length)}.rels`);
  const rels = relsPath ? relationships(await readXmlPart(archive, relsPath), folder, relsPath) : [];
  const byId = new Map(rels.map((rel) => [rel.id, rel]));

  const sheets: WorkbookLayout['sheets'] = [];
  for (const sheet of sheetRefs) {
    const rel = byId.get(sheet.relationshipId);
    const path = rel && WORKSHEET.test(rel.type) ? archive.find(rel.target) : undefined;
    if (path) sheets.push(sheet.hidden ? { name: sheet.name, path, hidden: true } : { name: sheet.name, path });
  }
  const related = (type: RegExp, fallback: string): string | undefined => {
    const rel = rels.find((candidate) => type.test(candidate.type));
    return rel ? archive.find(rel.target) : archive.find(fallback);
  };
  return {
    date1904,
    sheets,
    sharedStringsPath: related(SHARED_STRINGS, `${folder}sharedStrings.xml`),
    stylesPath: related(STYLES, `${folder}styles.xml`),
  };
}

interface SheetRef {
  name: string;
  relationshipId: string;
  hidden: boolean;
}

/** The start of the error message of a zip of a book's scanned pages (PDF or pictures) under a workbook name. */
export const SCANS_ARCHIVE = 'scans archive';
/** The start of the error message of a zip that holds no workbook part at all (an .ods, a zip of scans). */
export const NO_WORKBOOK_PART = 'invalid xlsx: the zip holds no workbook part';

/** A scanned page in a zip: the PDF or picture files a book's scans are delivered as (DOMAIN.md §3.5). */
const SCAN_FILE = /\.(?:pdf|jpe?g|png|tiff?)$/i;

/**
 * Why an Office zip has no workbook to read: a Word document (word/document.xml) is said so, and so is a zip of a
 * book's scanned pages (PDF or picture files, no Office part) given the book's name.
 */
function noWorkbookMessage(archive: ZipArchive, mainPart?: string): string {
  if (archive.find('word/document.xml')) return 'word document: a Word document (.docx) zip, not a workbook';
  if (mainPart === undefined && archive.find('[Content_Types].xml') === undefined && archive.names().some((name) => SCAN_FILE.test(name))) {
    return `${SCANS_ARCHIVE}: a zip of scanned pages (PDF or picture files), not a workbook`;
  }
  return mainPart === undefined
    ? `${NO_WORKBOOK_PART} (xl/workbook.xml)`
    : `invalid xlsx: the zip's main part (${mainPart}) is no workbook`;
}

function parseWorkbook(xml: string, part: string): { isWorkbook: boolean; date1904: boolean; sheetRefs: SheetRef[] } {
  let isWorkbook = false;
  let date1904 = false;
  const sheetRefs: SheetRef[] = [];
  forEachTag(xml, part, (tag) => {
    if (tag.kind === 'close') return;
    if (tag.name === 'workbook' || tag.name.endsWith(':workbook')) isWorkbook = true;
    else if (tag.name === 'workbookPr') {
      // xsd:boolean: "1" or "true" (exceljs accepts only "1").
      date1904 = tag.attributes.date1904 === '1' || tag.attributes.date1904 === 'true';
    } else if (tag.name === 'sheet') {
      // ECMA-376 Part 1, §18.18.68 ST_SheetState: 'visible' (the default), 'hidden' (Format › Hide), 'veryHidden' (set by a macro).
      const state = tag.attributes.state;
      sheetRefs.push({ name: tag.attributes.name ?? '', relationshipId: tag.attributes['r:id'] ?? '', hidden: state === 'hidden' || state === 'veryHidden' });
    }
  });
  return { isWorkbook, date1904, sheetRefs };
}

interface Relationship {
  id: string;
  type: string;
  /** Zip entry name the target resolves to. */
  target: string;
}

function relationships(xml: string, folder: string, part: string): Relationship[] {
  const found: Relationship[] = [];
  forEachTag(xml, part, (tag) => {
    if (tag.name !== 'Relationship' || tag.kind === 'close' || tag.attributes.TargetMode === 'External') return;
    found.push({ id: tag.attributes.Id ?? '', type: tag.attributes.Type ?? '', target: resolvePartName(folder, tag.attributes.Target ?? '') });
  });
  return found;
}

/** A relationship target relative to the source part's folder, or absolute from the package root. */
export function resolvePartName(folder: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : folder + target).split('/');
  const resolved: string[] = [];
  for (const segment of segments) {
    if (segment === '..') resolved.pop();
    else if (segment !== '.' && segment !== '') resolved.push(segment);
  }
  return resolved.join('/');
}
