import type { Workbook } from '../../../../shared/grid';
import { readWorkbook } from '../../../../excel-addin/src/xlsx-adapter/read-workbook';
import { buildInstanceWorkbook } from '../../../fixtures/xlsx/generate';

/** A catalogued instance written as a real .xlsx by its fixture writer and read back by the product's reader. */
export async function readBackInstance(index: number): Promise<Workbook> {
  const bytes = await buildInstanceWorkbook(index).xlsx.writeBuffer();
  return readWorkbook(new Uint8Array(bytes as ArrayBuffer));
}
