// Found by test/fuzz/targets/xlsx-reader.ts: a directory entry that claims zip64 sizes (0xffffffff)
// with an extra field longer than the rest of the file made the reader run off the end of its
// DataView: a RangeError escaped instead of a WorkbookReadError.
import { WorkbookReadError, parseWorkbook } from '../../../excel-addin/src/xlsx-adapter/read-workbook';
import { rawXlsx } from '../../excel-addin/xlsx-adapter/zip-fixtures';

function withLyingDirectory(extraLength: number, zip64ExtraAtEnd = false): Uint8Array {
  const bytes = rawXlsx({ sheets: [{ name: 'Blad1', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' }] });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22;
  const central = view.getUint32(end + 16, true);
  view.setUint32(central + 20, 0xffffffff, true); // compressed size: "see the zip64 extra field"
  if (!zip64ExtraAtEnd) {
    view.setUint16(central + 30, extraLength, true);
    return bytes;
  }
  // A zip64 extra field (id 1) in the last four bytes of the file, its values beyond the end.
  const out = new Uint8Array(bytes.length + 4);
  out.set(bytes);
  const v = new DataView(out.buffer);
  v.setUint16(bytes.length, 0x0001, true);
  v.setUint16(bytes.length + 2, 24, true);
  v.setUint16(central + 30, out.length - (central + 46 + v.getUint16(central + 28, true)), true);
  return out;
}

test.each([
  ['an extra field longer than the file', withLyingDirectory(0xffff)],
  ['zip64 values past the end of the file', withLyingDirectory(0, true)],
])('%s is a damaged file, not a crash', (_what, bytes) => {
  let error: unknown;
  try {
    parseWorkbook(bytes);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(WorkbookReadError);
  expect((error as WorkbookReadError).code).toBe('corrupt');
});
