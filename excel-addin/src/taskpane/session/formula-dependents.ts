import { type CellPos, type Workbook, columnIndex } from '../../../../shared/grid';

/**
 * Excel raises onChanged for the cells a person edited, not for the formulas it recalculated
 * because of them. The pane re-reads those formulas too: this finds them, following references
 * ('Blad'!A1, A1:B9) through the workbook's formulas, transitively. A formula whose reads cannot be
 * known from its text (INDIRECT, OFFSET, a defined name) is always re-read.
 */

interface Ref {
  readonly sheet: string;
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

interface FormulaCell {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly refs: readonly Ref[];
  readonly volatile: boolean;
}

const REF = /(?:('(?:[^']|'')+'|[A-Za-z_\u00c0-\u024f][\w.\u00c0-\u024f]*)!)?\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?(?![\w(])/g;
const VOLATILE = /\b(INDIRECT|OFFSET|INDEX|CELL|INFO)\s*\(/i;
const NAME = /(?<![\w.!$'])([A-Za-z_\u00c0-\u024f][\w.\u00c0-\u024f]*)(?![\w.]*\s*[(!])/g;

function parse(sheet: string, formula: string): { refs: Ref[]; volatile: boolean } {
  const body = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const refs: Ref[] = [];
  for (const m of body.matchAll(REF)) {
    const target = m[1] === undefined ? sheet : m[1].replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
    const r0 = Number(m[3]) - 1;
    const c0 = columnIndex(m[2]!);
    const r1 = m[5] === undefined ? r0 : Number(m[5]) - 1;
    const c1 = m[4] === undefined ? c0 : columnIndex(m[4]);
    refs.push({ sheet: target, r0: Math.min(r0, r1), c0: Math.min(c0, c1), r1: Math.max(r0, r1), c1: Math.max(c0, c1) });
  }
  const rest = body.replace(REF, ' ');
  const names = [...rest.matchAll(NAME)].map((m) => m[1]!.toUpperCase()).filter((n) => n !== 'TRUE' && n !== 'FALSE');
  return { refs, volatile: VOLATILE.test(body) || names.length > 0 };
}

function intersects(r: Ref, box: { r0: number; c0: number; r1: number; c1: number }): boolean {
  return r.r0 <= box.r1 && r.r1 >= box.r0 && r.c0 <= box.c1 && r.c1 >= box.c0;
}

/** Every formula of a workbook with what it reads; kept up to date cell by cell as edits come in. */
export class FormulaIndex {
  private readonly bySheet = new Map<string, Map<string, FormulaCell>>();

  constructor(workbook: Workbook) {
    for (const sheet of workbook.sheets) {
      const map = new Map<string, FormulaCell>();
      for (let row = 0; row < sheet.rowCount; row++) {
        for (let col = 0; col < sheet.colCount; col++) {
          const f = sheet.cell(row, col).formula;
          if (f !== undefined) map.set(`${row},${col}`, { sheet: sheet.name, row, col, ...parse(sheet.name, f) });
        }
      }
      this.bySheet.set(sheet.name, map);
    }
  }

  /** Cells of one sheet now hold these (formula or not). */
  update(sheet: string, cells: Iterable<{ row: number; col: number; formula: string | undefined }>): void {
    const map = this.bySheet.get(sheet) ?? new Map<string, FormulaCell>();
    this.bySheet.set(sheet, map);
    for (const c of cells) {
      const key = `${c.row},${c.col}`;
      if (c.formula === undefined) map.delete(key);
      else map.set(key, { sheet, row: c.row, col: c.col, ...parse(sheet, c.formula) });
    }
  }

  /** Formula cells that may show a new value after `changed` changed, per sheet (transitively). */
  dependents(changed: ReadonlyMap<string, readonly CellPos[]>): Map<string, CellPos[]> {
    const formulas = [...this.bySheet.values()].flatMap((m) => [...m.values()]);
    const out = new Map<string, CellPos[]>();
    const seen = new Set<FormulaCell>();
    const add = (f: FormulaCell) => {
      seen.add(f);
      const list = out.get(f.sheet) ?? [];
      list.push({ row: f.row, col: f.col });
      out.set(f.sheet, list);
    };
    for (const f of formulas) if (f.volatile) add(f);
    let frontier: { sheet: string; row: number; col: number }[] = [...changed].flatMap(([sheet, cells]) => cells.map((c) => ({ sheet, row: c.row, col: c.col })));
    for (let round = 0; frontier.length > 0 && round < 64; round++) {
      // Many changed cells (a pasted block, a big fill): test against each sheet's bounding box,
      // which may re-read a few formulas too many but never misses one.
      const boxes = new Map<string, { r0: number; c0: number; r1: number; c1: number }>();
      for (const c of frontier) {
        const b = boxes.get(c.sheet);
        boxes.set(c.sheet, b ? { r0: Math.min(b.r0, c.row), c0: Math.min(b.c0, c.col), r1: Math.max(b.r1, c.row), c1: Math.max(b.c1, c.col) } : { r0: c.row, c0: c.col, r1: c.row, c1: c.col });
      }
      const precise = frontier.length <= 64;
      const next: FormulaCell[] = [];
      for (const f of formulas) {
        if (seen.has(f)) continue;
        const hit = f.refs.some((r) => {
          const box = boxes.get(r.sheet);
          if (!box || !intersects(r, box)) return false;
          return !precise || frontier.some((c) => c.sheet === r.sheet && c.row >= r.r0 && c.row <= r.r1 && c.col >= r.c0 && c.col <= r.c1);
        });
        if (hit) {
          add(f);
          next.push(f);
        }
      }
      frontier = next;
    }
    return out;
  }
}
