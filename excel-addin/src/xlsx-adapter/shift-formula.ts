const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

// A cell (A1, $B$2), whole columns (A:C) or whole rows (3:5), not inside a name, a function name
// (LOG10(…) is a call, not cell LOG10) or a sheet name (SHEET1!A1 only shifts the A1).
const REF =
  /(?<![A-Za-z0-9_.])(?:(\$?)([A-Z]{1,3})(\$?)([0-9]+)(?![A-Za-z0-9_(.!\[])|(\$?)([A-Z]{1,3}):(\$?)([A-Z]{1,3})(?![A-Za-z0-9_(!\[])|(\$?)([0-9]+):(\$?)([0-9]+)(?![A-Za-z0-9_.(]))/g;

/**
 * The formula of a cell that shares its master's formula (`<f t="shared" si="0"/>`): the master's
 * text with every relative reference moved by the cell's offset from the master, as Excel fills.
 */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  const masked = maskLiterals(formula);
  let out = '';
  let last = 0;
  REF.lastIndex = 0;
  for (let m = REF.exec(masked); m; m = REF.exec(masked)) {
    let moved: string;
    if (m[2] !== undefined) moved = shiftCell(m[1]!, m[2], m[3]!, m[4]!, dRow, dCol);
    else if (m[6] !== undefined) moved = `${shiftCol(m[5]!, m[6], dCol)}:${shiftCol(m[7]!, m[8]!, dCol)}`;
    else moved = `${shiftRow(m[9]!, m[10]!, dRow)}:${shiftRow(m[11]!, m[12]!, dRow)}`;
    out += formula.slice(last, m.index) + (moved.includes('#REF!') ? '#REF!' : moved);
    last = m.index + m[0].length;
  }
  return out + formula.slice(last);
}

function shiftCell(colAbs: string, letters: string, rowAbs: string, digits: string, dRow: number, dCol: number): string {
  return shiftCol(colAbs, letters, dCol) + shiftRow(rowAbs, digits, dRow);
}

function shiftCol(abs: string, letters: string, d: number): string {
  if (abs) return abs + letters;
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + letters.charCodeAt(i) - 64;
  n += d;
  if (n < 1 || n > MAX_COL) return '#REF!';
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function shiftRow(abs: string, digits: string, d: number): string {
  if (abs) return abs + digits;
  const n = Number(digits) + d;
  return n < 1 || n > MAX_ROW ? '#REF!' : String(n);
}

/** Same length as the formula, with the insides of "strings", 'sheet names' and [structured refs] blanked. */
function maskLiterals(f: string): string {
  if (!/["'[]/.test(f)) return f;
  let out = '';
  let i = 0;
  while (i < f.length) {
    const c = f[i]!;
    if (c === '"' || c === "'") {
      let j = i + 1;
      for (; j < f.length; j++) {
        if (f[j] === c) {
          if (f[j + 1] === c) j++;
          else break;
        }
      }
      out += c + ' '.repeat(Math.max(0, Math.min(j, f.length) - i - 1)) + (j < f.length ? c : '');
      i = j + 1;
    } else if (c === '[') {
      let depth = 0;
      let j = i;
      for (; j < f.length; j++) {
        if (f[j] === '[') depth++;
        else if (f[j] === ']' && --depth === 0) break;
      }
      out += '[' + ' '.repeat(Math.max(0, Math.min(j, f.length) - i - 1)) + (j < f.length ? ']' : '');
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
