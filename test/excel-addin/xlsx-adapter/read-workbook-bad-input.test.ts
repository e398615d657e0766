import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { fflateInflate, nodeInflate } from '../../../excel-addin/src/xlsx-adapter/inflate';
import { WorkbookReadError, readWorkbook } from '../../../excel-addin/src/xlsx-adapter/read-workbook';
import { num, toA1 } from '../../../shared/grid';
import { deflatedZeros, rawXlsx, writeZip } from './zip-fixtures';

let dir = '';
let good: Uint8Array;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'namndstod-bad-'));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Blad1');
  for (let r = 1; r <= 200; r++) ws.addRow([`Rad ${r}`, r, r * 1.5]);
  good = new Uint8Array(await wb.xlsx.writeBuffer());
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function failure(input: string | Uint8Array, limits?: Parameters<typeof readWorkbook>[1]): Promise<WorkbookReadError> {
  try {
    await readWorkbook(input, limits);
  } catch (error) {
    if (error instanceof WorkbookReadError) return error;
    throw new Error(`expected a WorkbookReadError, got ${String(error)}`);
  }
  throw new Error('expected the read to fail');
}

function oneLine(e: WorkbookReadError): void {
  for (const text of [e.sv, e.en]) {
    expect(text).not.toMatch(/\n/);
    expect(text.length).toBeGreaterThan(10);
  }
  expect(e.message).toBe(e.en);
}

describe('readWorkbook on unusable input', () => {
  it('a missing file is not-found', async () => {
    const e = await failure(join(dir, 'finns-inte.xlsx'));
    expect([e.code, e.sv]).toEqual(['not-found', 'Filen finns inte.']);
    oneLine(e);
  });

  it('a folder is not a workbook', async () => {
    const folder = join(dir, 'mapp.xlsx');
    await mkdir(folder, { recursive: true });
    expect((await failure(folder)).code).toBe('not-xlsx');
  });

  it('a 0-byte file is empty', async () => {
    const path = join(dir, 'tom.xlsx');
    await writeFile(path, '');
    const e = await failure(path);
    expect(e.code).toBe('empty');
    expect(e.sv).toContain('tom');
    oneLine(e);
  });

  it('a text file named .xlsx is not-xlsx', async () => {
    const path = join(dir, 'text.xlsx');
    await writeFile(path, 'Projekt;Budget\nA;1\n');
    const e = await failure(path);
    expect(e.code).toBe('not-xlsx');
    expect(e.sv).toBe('Filen är inte en Excel-arbetsbok (.xlsx).');
    oneLine(e);
  });

  it('an OLE2 container (password-protected .xlsx or old .xls) is encrypted', async () => {
    const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const bytes = new Uint8Array(4096);
    bytes.set(header);
    const e = await failure(bytes);
    expect(e.code).toBe('encrypted');
    expect(e.sv).toContain('lösenordsskyddad eller gammalt .xls-format');
    oneLine(e);
  });

  it('a truncated workbook is corrupt', async () => {
    for (const keep of [0.5, 0.9, 0.999]) {
      const e = await failure(good.subarray(0, Math.floor(good.length * keep)));
      expect(e.code).toBe('corrupt');
      oneLine(e);
    }
  });

  it.each([
    ['node:zlib', nodeInflate],
    ['fflate', fflateInflate],
  ])('a workbook with a damaged sheet stream is corrupt (%s)', async (_name, inflate) => {
    const bytes = rawXlsx({ sheets: [{ name: 'Blad1', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' }] });
    const damaged = bytes.slice();
    // Flip bytes inside the compressed sheet part (located by its name in the local header).
    const at = Buffer.from(damaged).indexOf('xl/worksheets/sheet1.xml') + 'xl/worksheets/sheet1.xml'.length;
    for (let i = at; i < at + 12; i++) damaged[i] = 0xff;
    const e = await failure(damaged, { inflate });
    expect(e.code).toBe('corrupt');
    expect(e.en).toContain('sheet1.xml');
    oneLine(e);
  });

  it('a sheet part that is not XML is corrupt, naming the part', async () => {
    const bytes = rawXlsx({ sheets: [{ name: 'Blad1', xml: '<row r="1"><c r="A1"><v>abc</v></c></row>' }] });
    const e = await failure(bytes);
    expect(e.code).toBe('corrupt');
    expect(e.sv).toContain('xl/worksheets/sheet1.xml');
  });

  it('a zip without xl/workbook.xml is not-xlsx', async () => {
    const e = await failure(writeZip([{ name: 'word/document.xml', data: '<w:document/>' }]));
    expect(e.code).toBe('not-xlsx');
    expect(e.sv).toContain('xl/workbook.xml saknas');
    oneLine(e);
  });

  it('a workbook whose sheet part is missing is corrupt', async () => {
    const bytes = rawXlsx({ sheets: [{ name: 'Blad1', xml: '' }], omit: ['xl/worksheets/sheet1.xml'] });
    const e = await failure(bytes);
    expect(e.code).toBe('corrupt');
    expect(e.sv).toContain('Blad1');
  });

  describe.each([
    ['node:zlib', nodeInflate],
    ['fflate', fflateInflate],
  ])('zip bombs, inflated by %s', (_name, inflate) => {
    let zeros: Uint8Array;
    beforeAll(async () => {
      zeros = await deflatedZeros(64);
    });

    it('an entry that inflates ~1000:1 stops at the ratio limit', async () => {
      const bomb = rawXlsx({
        sheets: [{ name: 'Blad1', xml: '' }],
        omit: ['xl/worksheets/sheet1.xml'],
        extraEntries: [{ name: 'xl/worksheets/sheet1.xml', deflated: zeros, declaredSize: 1000 }],
      });
      const e = await failure(bomb, { inflate });
      expect(e.code).toBe('too-large');
      expect(e.sv).toContain('zip-bomb');
      oneLine(e);
    });

    it('past the ratio limit, the total cap stops it while inflating, even when the directory lies', async () => {
      const bomb = rawXlsx({
        sheets: [{ name: 'Blad1', xml: '' }],
        omit: ['xl/worksheets/sheet1.xml'],
        extraEntries: [{ name: 'xl/worksheets/sheet1.xml', deflated: zeros, declaredSize: 1000 }],
      });
      const e = await failure(bomb, { inflate, maxRatio: 5000, maxTotalBytes: 32 * 1024 * 1024 });
      expect(e.code).toBe('too-large');
      expect(e.sv).toContain('32 MB');
    });

    it('an honest directory entry over the cap is refused before inflating', async () => {
      const bomb = rawXlsx({
        sheets: [{ name: 'Blad1', xml: '' }],
        omit: ['xl/worksheets/sheet1.xml'],
        extraEntries: [{ name: 'xl/worksheets/sheet1.xml', deflated: zeros, declaredSize: 64 * 1024 * 1024 }],
      });
      const e = await failure(bomb, { inflate, maxRatio: 5000, maxTotalBytes: 1024 * 1024 });
      expect(e.code).toBe('too-large');
      expect(e.sv).toContain('1 MB');
    });

    it('a file over the size limit is too-large without being unpacked', async () => {
      const path = join(dir, 'stor.xlsx');
      await writeFile(path, good);
      const e = await failure(path, { inflate, maxFileBytes: 1000 });
      expect(e.code).toBe('too-large');
      oneLine(e);
    });
  });

  it('cells a million rows apart, in many columns, are read as sparse rows, not as typed columns to the last row', async () => {
    // Typed columns to row 1 048 576 in each of 400 columns would take 4 GB for this 2,5 kB file.
    const far = Array.from({ length: 400 }, (_, c) => `<c r="${toA1(1_048_575, c)}"><v>${c}</v></c>`).join('');
    const sparse = await readWorkbook(rawXlsx({ sheets: [{ name: 'Glest', xml: `<row r="1"><c r="A1"><v>7</v></c></row><row r="1048576">${far}</row>` }] }));
    const sheet = sparse.sheets[0]!;
    expect(sheet.columnShadow()).toBeUndefined();
    expect([sheet.rowCount, sheet.colCount]).toEqual([1_048_576, 400]);
    expect([sheet.at('A1').value, sheet.at('A1048576').value, sheet.at('OJ1048576').value]).toEqual([num(7), num(0), num(399)]);
    // A dense sheet keeps its columns.
    expect((await readWorkbook(good)).sheets[0]!.columnShadow()).toBeDefined();
  });

  it('the good workbook itself reads with either inflater, so the failures above are about the damage', async () => {
    for (const inflate of [nodeInflate, fflateInflate]) {
      const wb = await readWorkbook(good, { inflate });
      expect(wb.sheets[0]!.at('C200').value).toEqual({ kind: 'number', value: 300 });
    }
    const path = join(dir, 'bra.xlsx');
    await writeFile(path, good);
    expect(new Uint8Array(await readFile(path))).toEqual(good);
  });
});
