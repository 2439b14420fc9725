/**
 * An OLE compound file (MS-CFB) as far as hotich looks at one: the header sector, then one
 * directory sector whose 128-byte entries name the file's streams in UTF-16LE. Office writes
 * an Excel 97-2003 workbook with a 'Workbook' stream ('Book' for Excel 5.0/95) and encrypts a
 * password-protected .xlsx into 'EncryptionInfo' + 'EncryptedPackage' streams (MS-OFFCRYPTO).
 */
export function oleFile(streams: readonly string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header, 0);
  header.writeUInt16LE(0x003e, 0x18); // minor version
  header.writeUInt16LE(0x0003, 0x1a); // major version 3
  header.writeUInt16LE(0xfffe, 0x1c); // little-endian byte order mark
  header.writeUInt16LE(0x0009, 0x1e); // 512-byte sectors
  const directory = Buffer.alloc(512);
  ['Root Entry', ...streams].slice(0, 4).forEach((name, index) => {
    const entry = index * 128;
    directory.write(name, entry, 'utf16le');
    directory.writeUInt16LE((name.length + 1) * 2, entry + 64);
    directory[entry + 66] = index === 0 ? 5 : 2; // root storage, then streams
  });
  return Buffer.concat([header, directory, Buffer.alloc(1024)]);
}

export const ENCRYPTED_WORKBOOK_STREAMS = ['\u0006DataSpaces', 'EncryptionInfo', 'EncryptedPackage'] as const;
export const EXCEL_97_STREAMS = ['Workbook', '\u0005SummaryInformation'] as const;
