import { columnIndex } from '../../../shared/grid';

/**
 * Enough of Excel's formula language for the templates' own formulas (sums, differences, shares,
 * IF around a division): numbers, strings, cell and range references (same sheet or 'Blad'!A1),
 * + − * / ^ &, comparisons, and SUM, IF, ROUND, ABS, MIN, MAX, AVERAGE. A formula outside this
 * keeps the value the file cached for it, as a workbook opened without recalculation would.
 */

export interface CellRef {
  readonly sheet?: string;
  readonly row: number;
  readonly col: number;
}

export interface RangeRef {
  readonly sheet?: string;
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

export type Expr =
  | { readonly t: 'num'; readonly v: number }
  | { readonly t: 'str'; readonly v: string }
  | { readonly t: 'bool'; readonly v: boolean }
  | { readonly t: 'ref'; readonly ref: CellRef }
  | { readonly t: 'range'; readonly ref: RangeRef }
  | { readonly t: 'neg'; readonly e: Expr }
  | { readonly t: 'bin'; readonly op: string; readonly a: Expr; readonly b: Expr }
  | { readonly t: 'call'; readonly name: string; readonly args: readonly Expr[] };

export type Raw = number | string | boolean;

export class FormulaError extends Error {}

const TOKEN =
  /\s*(?:(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+)|("(?:[^"]|"")*")|((?:'(?:[^']|'')+'|[A-Za-z_\u00c0-\u024f][\w.\u00c0-\u024f]*)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![\w(])|([A-Za-z_][\w.]*)\s*(?=\()|(TRUE|FALSE)\b|(<>|<=|>=|[-+*/^&=<>(),:;%]))/iy;

interface Token {
  readonly kind: 'num' | 'str' | 'ref' | 'fn' | 'bool' | 'op';
  readonly text: string;
  readonly sheet?: string;
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < src.length) {
    if (/^\s*$/.test(src.slice(at))) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(src);
    if (!m) throw new FormulaError(`cannot read formula at "${src.slice(at, at + 10)}"`);
    at = TOKEN.lastIndex;
    if (m[1] !== undefined) out.push({ kind: 'num', text: m[1] });
    else if (m[2] !== undefined) out.push({ kind: 'str', text: m[2].slice(1, -1).replace(/""/g, '"') });
    else if (m[4] !== undefined) {
      const sheet = m[3] === undefined ? undefined : m[3].slice(0, -1).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
      out.push(sheet === undefined ? { kind: 'ref', text: m[4] } : { kind: 'ref', text: m[4], sheet });
    } else if (m[5] !== undefined) out.push({ kind: 'fn', text: m[5].toUpperCase() });
    else if (m[6] !== undefined) out.push({ kind: 'bool', text: m[6].toUpperCase() });
    else if (m[7] !== undefined) out.push({ kind: 'op', text: m[7] });
  }
  return out;
}

const BINARY: Readonly<Record<string, number>> = { '=': 1, '<>': 1, '<': 1, '>': 1, '<=': 1, '>=': 1, '&': 2, '+': 3, '-': 3, '*': 4, '/': 4, '^': 5 };

function cellOf(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1);
  if (!m) throw new FormulaError(`bad reference ${a1}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]!) };
}

/** Parses a formula with or without its leading '='. Throws FormulaError outside the subset. */
export function parseFormula(formula: string): Expr {
  const tokens = tokenize(formula.replace(/^=/, ''));
  let i = 0;
  const peek = () => tokens[i];
  const expect = (text: string) => {
    if (tokens[i]?.text !== text) throw new FormulaError(`expected ${text}`);
    i++;
  };
  const primary = (): Expr => {
    const t = tokens[i++];
    if (!t) throw new FormulaError('formula ends early');
    switch (t.kind) {
      case 'num':
        return { t: 'num', v: Number(t.text) };
      case 'str':
        return { t: 'str', v: t.text };
      case 'bool':
        return { t: 'bool', v: t.text === 'TRUE' };
      case 'ref': {
        const [a, b] = t.text.split(':');
        const p = cellOf(a!);
        if (b === undefined) return { t: 'ref', ref: t.sheet === undefined ? p : { ...p, sheet: t.sheet } };
        const q = cellOf(b);
        const range = { r0: Math.min(p.row, q.row), c0: Math.min(p.col, q.col), r1: Math.max(p.row, q.row), c1: Math.max(p.col, q.col) };
        return { t: 'range', ref: t.sheet === undefined ? range : { ...range, sheet: t.sheet } };
      }
      case 'fn': {
        expect('(');
        const args: Expr[] = [];
        if (peek()?.text !== ')') {
          for (;;) {
            args.push(expression(1));
            if (peek()?.text === ',' || peek()?.text === ';') i++;
            else break;
          }
        }
        expect(')');
        return { t: 'call', name: t.text, args };
      }
      case 'op':
        if (t.text === '(') {
          const e = expression(1);
          expect(')');
          return e;
        }
        if (t.text === '-') return { t: 'neg', e: unary() };
        if (t.text === '+') return unary();
        throw new FormulaError(`unexpected ${t.text}`);
    }
  };
  const unary = (): Expr => {
    const e = primary();
    if (peek()?.text === '%') {
      i++;
      return { t: 'bin', op: '/', a: e, b: { t: 'num', v: 100 } };
    }
    return e;
  };
  const expression = (min: number): Expr => {
    let left = unary();
    for (;;) {
      const t = peek();
      const prec = t?.kind === 'op' ? BINARY[t.text] : undefined;
      if (prec === undefined || prec < min) break;
      i++;
      // ^ is right-associative; everything else left-associative.
      const right = expression(t!.text === '^' ? prec : prec + 1);
      left = { t: 'bin', op: t!.text, a: left, b: right };
    }
    return left;
  };
  const e = expression(1);
  if (i !== tokens.length) throw new FormulaError(`unexpected ${tokens[i]!.text}`);
  return e;
}

/** Every cell and range the formula reads. */
export function referencesOf(e: Expr, out: (CellRef | RangeRef)[] = []): (CellRef | RangeRef)[] {
  switch (e.t) {
    case 'ref':
    case 'range':
      out.push(e.ref);
      break;
    case 'neg':
      referencesOf(e.e, out);
      break;
    case 'bin':
      referencesOf(e.a, out);
      referencesOf(e.b, out);
      break;
    case 'call':
      for (const a of e.args) referencesOf(a, out);
      break;
    default:
      break;
  }
  return out;
}

export type Lookup = (sheet: string | undefined, row: number, col: number) => Raw;

class ExcelError {
  constructor(readonly code: string) {}
}

type Value = Raw | ExcelError | Raw[];

function toNumber(v: Value): number | ExcelError {
  if (v instanceof ExcelError) return v;
  if (Array.isArray(v)) return new ExcelError('#VALUE!');
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === '') return 0;
  const n = Number(v);
  return Number.isFinite(n) ? n : new ExcelError('#VALUE!');
}

/** Evaluates to the value Excel would show: a number, text, boolean, or an error code ('#DIV/0!'). */
export function evaluate(e: Expr, lookup: Lookup): Raw {
  const v = evalExpr(e, lookup);
  if (v instanceof ExcelError) return v.code;
  if (Array.isArray(v)) return '#VALUE!';
  return v;
}

function evalExpr(e: Expr, lookup: Lookup): Value {
  switch (e.t) {
    case 'num':
    case 'str':
    case 'bool':
      return e.v;
    case 'ref': {
      const v = lookup(e.ref.sheet, e.ref.row, e.ref.col);
      return typeof v === 'string' && /^#[A-Z/0!?]+/.test(v) ? new ExcelError(v) : v;
    }
    case 'range': {
      const out: Raw[] = [];
      for (let r = e.ref.r0; r <= e.ref.r1; r++) for (let c = e.ref.c0; c <= e.ref.c1; c++) out.push(lookup(e.ref.sheet, r, c));
      return out;
    }
    case 'neg': {
      const n = toNumber(evalExpr(e.e, lookup));
      return n instanceof ExcelError ? n : -n;
    }
    case 'bin':
      return binary(e.op, evalExpr(e.a, lookup), evalExpr(e.b, lookup));
    case 'call':
      return call(e.name, e.args.map((a) => evalExpr(a, lookup)));
  }
}

function binary(op: string, a: Value, b: Value): Value {
  if (a instanceof ExcelError) return a;
  if (b instanceof ExcelError) return b;
  if (op === '&') return `${String(a)}${String(b)}`;
  if (['=', '<>', '<', '>', '<=', '>='].includes(op)) {
    const x = typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() : toNumber(a);
    const y = typeof a === 'string' && typeof b === 'string' ? b.toLowerCase() : toNumber(b);
    if (x instanceof ExcelError) return x;
    if (y instanceof ExcelError) return y;
    switch (op) {
      case '=':
        return x === y;
      case '<>':
        return x !== y;
      case '<':
        return x < y;
      case '>':
        return x > y;
      case '<=':
        return x <= y;
      default:
        return x >= y;
    }
  }
  const x = toNumber(a);
  const y = toNumber(b);
  if (x instanceof ExcelError) return x;
  if (y instanceof ExcelError) return y;
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return y === 0 ? new ExcelError('#DIV/0!') : x / y;
    default:
      return x ** y;
  }
}

function numbersOf(args: readonly Value[]): number[] | ExcelError {
  const out: number[] = [];
  for (const a of args) {
    if (a instanceof ExcelError) return a;
    if (Array.isArray(a)) {
      // As Excel: text and blanks inside a range are skipped by SUM and friends.
      for (const v of a) {
        if (typeof v === 'number') out.push(v);
        else if (typeof v === 'string' && /^#[A-Z/0!?]+/.test(v)) return new ExcelError(v);
      }
    } else {
      const n = toNumber(a);
      if (n instanceof ExcelError) return n;
      out.push(n);
    }
  }
  return out;
}

function call(name: string, args: readonly Value[]): Value {
  switch (name) {
    case 'SUM': {
      const ns = numbersOf(args);
      return ns instanceof ExcelError ? ns : ns.reduce((s, n) => s + n, 0);
    }
    case 'MIN':
    case 'MAX': {
      const ns = numbersOf(args);
      if (ns instanceof ExcelError) return ns;
      return ns.length === 0 ? 0 : name === 'MIN' ? Math.min(...ns) : Math.max(...ns);
    }
    case 'AVERAGE': {
      const ns = numbersOf(args);
      if (ns instanceof ExcelError) return ns;
      return ns.length === 0 ? new ExcelError('#DIV/0!') : ns.reduce((s, n) => s + n, 0) / ns.length;
    }
    case 'ABS': {
      const n = toNumber(args[0] ?? 0);
      return n instanceof ExcelError ? n : Math.abs(n);
    }
    case 'ROUND': {
      const n = toNumber(args[0] ?? 0);
      const d = toNumber(args[1] ?? 0);
      if (n instanceof ExcelError) return n;
      if (d instanceof ExcelError) return d;
      const f = 10 ** Math.trunc(d);
      return (Math.sign(n) * Math.round(Math.abs(n) * f + 1e-9)) / f;
    }
    case 'IF': {
      const c = args[0] ?? false;
      if (c instanceof ExcelError) return c;
      const truthy = typeof c === 'string' ? c !== '' : Boolean(Array.isArray(c) ? false : c);
      return truthy ? (args[1] ?? true) : (args[2] ?? false);
    }
    default:
      return new ExcelError('#NAME?');
  }
}
