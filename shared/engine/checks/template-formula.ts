import { type Cell, type CellPos, type Sheet, cellText, columnIndex, isTypedConstant } from '../../grid';
import { type MessageValue, percent } from '../../locale';
import { nearlyEqual, numberOf } from '../cell-values';
import { defineRule, type RuleContext } from '../rule';
import type { CheckBase, FromContext } from './types';

export interface TemplateFormulaCell {
  readonly cell: CellPos;
  /** The city's formula for the cell, in Excel syntax without '=' ('SUM(B9:B17)', 'B4*0.05'). */
  readonly formula: string;
}

/**
 * Where the city's template owns a formula (a sum, a difference, 5 % of a budget), a typed
 * constant in its place is a problem even while it shows the right number: it no longer follows
 * its inputs. So it is a warning while the value still agrees with the formula (to the cell's
 * shown precision) and an error once it does not. The formula is evaluated on the sheet itself,
 * so a pack only says which cells the template owns and with which formula. `severity` (error by
 * default) is the wrong value's; the agreeing one's is always a warning.
 */
export function templateFormula<L>(
  opts: CheckBase & {
    readonly cells: FromContext<L, Iterable<TemplateFormulaCell>>;
    /** Slack for "still agrees"; by default half a unit of the last decimal the cell's format shows. */
    readonly tolerance?: number;
  },
) {
  const messages = {
    typedOverFormula: {
      sv: 'Mallen har formeln {{formula}} här, men värdet {{actual}} är inskrivet i stället. Ett inskrivet värde följer inte med när underlaget ändras: återställ formeln.',
      en: 'The template has the formula {{formula}} here, but the value {{actual}} is typed in instead. A typed value does not follow when its inputs change: restore the formula.',
      severity: 'warning',
    },
    typedWrongValue: {
      sv: 'Mallen har formeln {{formula}} här, som ger {{expected}}, men värdet {{actual}} är inskrivet i stället. Återställ formeln.',
      en: 'The template has the formula {{formula}} here, which gives {{expected}}, but the value {{actual}} is typed in instead. Restore the formula.',
    },
  } as const;
  return defineRule({
    meta: { id: opts.id, severity: opts.severity ?? 'error', docs: opts.docs, messages },
    *check(ctx: RuleContext<L>) {
      for (const { cell: pos, formula } of opts.cells(ctx)) {
        const cell = ctx.sheet.cell(pos.row, pos.col);
        // Only what a person typed: the formula itself, or a blank, is the template's own state.
        if (!isTypedConstant(cell)) continue;
        const expected = evaluateFormula(formula, ctx.sheet);
        const actualNumber = numberOf(cell);
        const shown = (x: number): MessageValue => (isPercentFormat(cell) ? percent(x) : Math.round(x * 1e6) / 1e6);
        const actual = actualNumber === undefined ? cellText(cell) : shown(actualNumber);
        const data = { formula: `=${formula}`, actual };
        const related = referencedCells(formula);
        const tolerance = opts.tolerance ?? shownHalfUnit(cell);
        if (expected === undefined || (actualNumber !== undefined && nearlyEqual(actualNumber, expected, tolerance))) {
          yield { messageId: 'typedOverFormula', cell: pos, related, data } as const;
        } else {
          yield { messageId: 'typedWrongValue', cell: pos, related, data: { ...data, expected: shown(expected) } } as const;
        }
      }
    },
  });
}

function isPercentFormat(cell: Cell): boolean {
  return cell.numFmt?.split(';')[0]?.includes('%') ?? false;
}

/** Half a unit of the last digit the format shows ('0.0' → 0,05; '0.0%' → 0,0005); 0 without a format. */
function shownHalfUnit(cell: Cell): number {
  const fmt = cell.numFmt?.split(';')[0];
  if (fmt === undefined || /^general$/i.test(fmt)) return 0;
  const decimals = /\.([0#]+)/.exec(fmt)?.[1]?.length ?? 0;
  return 0.5 * 10 ** -(decimals + (fmt.includes('%') ? 2 : 0));
}

const TOKEN = /\s*([A-Z][A-Z0-9.]*(?=\()|\$?[A-Z]{1,3}\$?\d+|\d+(?:\.\d+)?(?:E[+-]?\d+)?|<>|<=|>=|[-+*/(),:=<>%^&!'"]|\S)/giy;
const REF = /^\$?([A-Z]{1,3})\$?(\d+)$/i;

function tokenize(formula: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(formula); m; m = TOKEN.exec(formula)) out.push(m[1]!);
  return out;
}

function refPos(token: string | undefined): CellPos | undefined {
  const m = token === undefined ? null : REF.exec(token);
  return m ? { row: Number(m[2]) - 1, col: columnIndex(m[1]!.toUpperCase()) } : undefined;
}

/** The cells a formula names (a range by its two corners), for the problem's related cells. */
function referencedCells(formula: string): CellPos[] {
  return tokenize(formula).flatMap((t) => refPos(t) ?? []);
}

class Unsupported extends Error {}

/**
 * The value of a template formula on the sheet: + − * / %, comparisons, parentheses, SUM over
 * cells and ranges, IF. Blank cells count as 0 and a number typed as text with its value, as the
 * other arithmetic checks read them. Anything else (another sheet, an unknown function, text in
 * arithmetic) gives undefined: the lost formula is then reported without a verdict on its value.
 */
export function evaluateFormula(formula: string, sheet: Sheet): number | undefined {
  const tokens = tokenize(formula);
  let i = 0;
  // Inside the branch IF does not take, the text is parsed but nothing in it can fail the value.
  let dead = 0;
  const peek = () => tokens[i]?.toUpperCase();
  const take = (expected?: string): string => {
    const t = tokens[i++];
    if (t === undefined || (expected !== undefined && t.toUpperCase() !== expected)) throw new Unsupported();
    return t;
  };
  const read = (pos: CellPos): number | 'text' => {
    const cell = sheet.cell(pos.row, pos.col);
    if (cell.value.kind === 'empty') return 0;
    return numberOf(cell) ?? 'text';
  };
  const scalar = (pos: CellPos): number => {
    const v = read(pos);
    if (v === 'text') {
      if (dead > 0) return 0;
      throw new Unsupported();
    }
    return v;
  };

  const comparison = (): number => {
    const left = additive();
    const op = peek();
    if (op !== '=' && op !== '<>' && op !== '<' && op !== '>' && op !== '<=' && op !== '>=') return left;
    take();
    const right = additive();
    const holds = { '=': left === right, '<>': left !== right, '<': left < right, '>': left > right, '<=': left <= right, '>=': left >= right }[op];
    return holds ? 1 : 0;
  };
  const additive = (): number => {
    let v = multiplicative();
    for (let op = peek(); op === '+' || op === '-'; op = peek()) {
      take();
      const r = multiplicative();
      v = op === '+' ? v + r : v - r;
    }
    return v;
  };
  const multiplicative = (): number => {
    let v = unary();
    for (let op = peek(); op === '*' || op === '/'; op = peek()) {
      take();
      const r = unary();
      if (op === '/' && r === 0 && dead === 0) throw new Unsupported();
      v = op === '*' ? v * r : r === 0 ? 0 : v / r;
    }
    return v;
  };
  const unary = (): number => {
    const sign = peek();
    if (sign === '-' || sign === '+') {
      take();
      return sign === '-' ? -unary() : unary();
    }
    let v = primary();
    while (peek() === '%') {
      take();
      v /= 100;
    }
    return v;
  };
  const primary = (): number => {
    const t = take();
    if (t === '(') {
      const v = comparison();
      take(')');
      return v;
    }
    if (/^\d/.test(t)) return Number(t);
    const pos = refPos(t);
    if (pos) return scalar(pos);
    if (tokens[i] === '(') return call(t.toUpperCase());
    throw new Unsupported();
  };
  const call = (name: string): number => {
    take('(');
    if (name === 'IF') {
      const holds = comparison() !== 0;
      const branch = (taken: boolean): number => {
        if (taken) return comparison();
        dead++;
        comparison();
        dead--;
        return 0;
      };
      take(',');
      const then = branch(holds);
      let otherwise = 0;
      if (peek() === ',') {
        take();
        otherwise = branch(!holds);
      }
      take(')');
      return holds ? then : otherwise;
    }
    if (name !== 'SUM') throw new Unsupported();
    let sum = 0;
    for (;;) {
      const from = refPos(tokens[i]);
      if (from && tokens[i + 1] === ':') {
        i += 2;
        const to = refPos(take());
        if (!to) throw new Unsupported();
        // Like Excel's SUM, text inside a range is left out rather than failing the sum.
        for (let r = Math.min(from.row, to.row); r <= Math.max(from.row, to.row); r++) {
          for (let c = Math.min(from.col, to.col); c <= Math.max(from.col, to.col); c++) {
            const v = read({ row: r, col: c });
            if (v !== 'text') sum += v;
          }
        }
      } else sum += comparison();
      if (peek() === ',') take();
      else break;
    }
    take(')');
    return sum;
  };

  try {
    const value = comparison();
    return i === tokens.length && Number.isFinite(value) ? value : undefined;
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}
