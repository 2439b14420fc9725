import { writeZip, type ZipPart } from './zip-builder.js';

/** A workbook written part by part, for what exceljs's writer cannot produce. */
export interface HandMadeWorkbook {
  /**
   * Each sheet's `<sheetData>` content (rows), stored as xl/worksheets/sheet<N>.xml unless `file` says otherwise;
   * `before`: elements before `<sheetData>` (`<cols>…</cols>`).
   */
  sheets: { name: string; rows: string; file?: string; target?: string; relationship?: 'worksheet' | 'chartsheet'; before?: string }[];
  /** Inner XML of each `<si>` of xl/sharedStrings.xml; no part at all when absent. */
  sharedStrings?: string[];
  /**
   * Number formats by id, fonts by fontId (a name, or a name and other properties as written: `<strike/>`),
   * and the cellXfs (the `s` indexes).
   */
  styles?: { numFmts?: [number, string][]; fonts?: (string | undefined | { name?: string; properties: string })[]; cellXfs?: { numFmtId: number; fontId: number }[] };
  /** Attributes of `<workbookPr>`, e.g. `date1904="1"`. */
  workbookPr?: string;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** The package's parts in the order Excel writes them (workbook first, sheets last). */
export function handMadeParts(workbook: HandMadeWorkbook): ZipPart[] {
  const sheetFile = (index: number) => workbook.sheets[index]?.file ?? `xl/worksheets/sheet${index + 1}.xml`;
  const styles = workbook.styles ?? {};
  const fonts = styles.fonts ?? ['Calibri'];
  const cellXfs = styles.cellXfs ?? [{ numFmtId: 0, fontId: 0 }];
  const parts: ZipPart[] = [
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr ${workbook.workbookPr ?? ''}/><sheets>${workbook.sheets
        .map((sheet, index) => `<sheet name="${escapeAttribute(sheet.name)}" sheetId="${index + 1}" r:id="rIdSheet${index + 1}"/>`)
        .join('')}</sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PACKAGE_REL}">${workbook.sheets
        .map((sheet, index) => `<Relationship Id="rIdSheet${index + 1}" Type="${REL}/${sheet.relationship ?? 'worksheet'}" Target="${sheet.target ?? sheetFile(index).replace(/^xl\//, '')}"/>`)
        .join('')}<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>${
        workbook.sharedStrings ? `<Relationship Id="rIdStrings" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ''
      }</Relationships>`,
    },
    {
      name: 'xl/styles.xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="${MAIN}">${
        styles.numFmts ? `<numFmts count="${styles.numFmts.length}">${styles.numFmts.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`).join('')}</numFmts>` : ''
      }<fonts count="${fonts.length}">${fonts.map((font) => {
        const name = typeof font === 'object' ? font.name : font;
        return `<font>${typeof font === 'object' ? font.properties : ''}<sz val="11"/>${name === undefined ? '' : `<name val="${escapeAttribute(name)}"/>`}</font>`;
      }).join('')}</fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${cellXfs.length}">${cellXfs
        .map((xf) => `<xf numFmtId="${xf.numFmtId}" fontId="${xf.fontId}" fillId="0" borderId="0" xfId="0"/>`)
        .join('')}</cellXfs></styleSheet>`,
    },
  ];
  if (workbook.sharedStrings) {
    parts.push({
      name: 'xl/sharedStrings.xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="${MAIN}" count="${workbook.sharedStrings.length}" uniqueCount="${workbook.sharedStrings.length}">${workbook.sharedStrings
        .map((item) => `<si>${item}</si>`)
        .join('')}</sst>`,
    });
  }
  workbook.sheets.forEach((sheet, index) => {
    parts.push({
      name: sheetFile(index),
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}">${sheet.before ?? ''}<sheetData>${sheet.rows}</sheetData></worksheet>`,
    });
  });
  return parts;
}

/** Writes the workbook; `arrange` may reorder or change the parts (zip order, storage method). */
export function writeHandMade(path: string, workbook: HandMadeWorkbook, arrange: (parts: ZipPart[]) => ZipPart[] = (parts) => parts): void {
  writeZip(path, arrange(handMadeParts(workbook)));
}
