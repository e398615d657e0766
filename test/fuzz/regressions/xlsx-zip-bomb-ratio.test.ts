// Found by test/fuzz/targets/xlsx-reader.ts:
// 1. The ratio limit held per entry, and entries under the 8 MB floor were not held to it at all, so
//    a 660 KB file whose 40 sheets all name one hard-packed 8 MB part unpacked 256 MB of cells
//    (38 s, 1,2 GB) before it was refused. The ratio now holds for everything read so far.
// 2. fflate (the task pane's inflater) unpacks long runs at ~25 MB/s and only stopped at the
//    whole entry's allowance: ~5 s to refuse a 500 KB bomb. It now stops at its first slices.
import { deflateRawSync } from 'node:zlib';
import { fflateInflate, OutputLimitError } from '../../../excel-addin/src/xlsx-adapter/inflate';
import { DEFAULT_READ_LIMITS, WorkbookReadError, parseWorkbook } from '../../../excel-addin/src/xlsx-adapter/read-workbook';
import { rawXlsx } from '../../excel-addin/xlsx-adapter/zip-fixtures';

const MB = 1024 * 1024;

function oneHardPackedPartForManySheets(sheets: number, partBytes: number): Uint8Array {
  const row = `<row>${'<c><v>1</v></c>'.repeat(200)}</row>`;
  const xml = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${row.repeat(Math.floor(partBytes / row.length))}</sheetData></worksheet>`;
  return rawXlsx({
    sheets: Array.from({ length: sheets }, (_, i) => ({ name: `Blad${i + 1}`, xml: '', part: 'worksheets/shared.xml' })),
    omit: ['xl/worksheets/shared.xml'],
    extraEntries: [{ name: 'xl/worksheets/shared.xml', deflated: deflateRawSync(xml, { level: 9 }), declaredSize: xml.length }],
  });
}

test('a part under the ratio floor, named by forty sheets, is refused at the second read', () => {
  // A 1 MB floor keeps the test small; the default 8 MB floor behaves the same way at scale.
  const limits = { ...DEFAULT_READ_LIMITS, ratioFloorBytes: MB };
  const bytes = oneHardPackedPartForManySheets(40, MB - 4096);
  let error: unknown;
  try {
    parseWorkbook(bytes, limits);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(WorkbookReadError);
  expect((error as WorkbookReadError).code).toBe('too-large');
  expect((error as WorkbookReadError).sv).toContain('packad orimligt hårt');
});

test('the same part named by one sheet is still read', () => {
  const limits = { ...DEFAULT_READ_LIMITS, ratioFloorBytes: MB };
  const workbook = parseWorkbook(oneHardPackedPartForManySheets(1, MB - 4096), limits);
  expect(workbook.sheets[0]!.filledCellCount).toBeGreaterThan(50_000);
});

test('fflate stops a bomb as soon as its output outruns the input used, not at the entry’s allowance', () => {
  const bomb = deflateRawSync(Buffer.alloc(256 * MB), { level: 9 });
  let error: unknown;
  try {
    fflateInflate(bomb, 64 * MB, (used) => Math.max(8 * MB, 250 * used));
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(OutputLimitError);
  expect((error as OutputLimitError).early).toBe(true);
});
