import { type KeyboardEvent, useEffect, useReducer, useRef, useState } from 'react';
import { columnLetters, toA1 } from '../../../shared/grid';
import type { FakeBook } from '../excel-fake';
import { cellInput, cellText } from './cell-text';

const MAX_ROWS = 400;
const MAX_COLS = 40;

/**
 * The open workbook drawn as Excel would: sheet tabs, a grid with fills, notes and the selection.
 * Double-click (or Enter, or typing) on a cell edits it in place; while an edit is open the
 * simulated Excel is in cell-edit mode and refuses the add-in, as Excel does, even when the person
 * turns to the task pane; Enter commits (onChanged fires), Esc cancels.
 */
export function GridView({ book }: { book: FakeBook }) {
  // The book changes under the view (the pane's requests, typing): redraw on every change.
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  useEffect(() => book.subscribe(redraw), [book]);
  const active = book.sheetById(book.activeSheetId ?? '') ?? book.sheets.find((s) => s.visibility === 'Visible') ?? book.sheets[0];
  const [editing, setEditing] = useState<{ row: number; col: number; text: string } | undefined>();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), [editing?.row, editing?.col]);
  if (!active) return <p>Arbetsboken har inga blad.</p>;
  const used = active.usedRange(false);
  const rows = Math.min(Math.max(used.r1 + 2, 10), MAX_ROWS);
  const cols = Math.min(Math.max(used.c1 + 2, 6), MAX_COLS);
  const sel = book.selection?.sheetId === active.id ? book.selection.rect : undefined;

  const select = (row: number, col: number) => {
    book.activeSheetId = active.id;
    book.selection = { sheetId: active.id, rect: { r0: row, c0: col, r1: row, c1: col } };
    book.notifyViews();
  };
  const begin = (row: number, col: number, text?: string) => {
    select(row, col);
    setEditing({ row, col, text: text ?? cellInput(active.cell(row, col)) });
    book.setEditing(true);
  };
  const end = (commit: boolean) => {
    if (!editing) return;
    setEditing(undefined);
    book.setEditing(false);
    if (commit) {
      book.typeCell(active.name, toA1(editing.row, editing.col), editing.text);
      select(Math.min(editing.row + 1, rows - 1), editing.col);
    }
  };
  const onGridKey = (e: KeyboardEvent<HTMLTableElement>) => {
    if (editing || !sel) return;
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const m = moves[e.key];
    if (m) {
      e.preventDefault();
      select(Math.max(0, sel.r0 + m[0]), Math.max(0, sel.c0 + m[1]));
    } else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      begin(sel.r0, sel.c0);
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      begin(sel.r0, sel.c0, e.key);
    }
  };

  return (
    <div className="workbook">
      <div className="formula-bar" aria-live="polite">
        <span className="name-box">{sel ? toA1(sel.r0, sel.c0) : ''}</span>
        <span className="formula">{sel ? cellInput(active.cell(sel.r0, sel.c0)) : ''}</span>
        {book.editing && <span className="mode">Redigerar</span>}
      </div>
      <div className="grid-scroll">
        <table className="grid" role="grid" aria-label={`Bladet ${active.name}`} tabIndex={0} onKeyDown={onGridKey}>
          <thead>
            <tr>
              <th />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} scope="col">
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r}>
                <th scope="row">{r + 1}</th>
                {Array.from({ length: cols }, (_, c) => {
                  const cell = active.cell(r, c);
                  const a1 = toA1(r, c);
                  const note = active.notes.get(a1);
                  const merge = active.mergeAt(r, c);
                  if (merge && (merge.r0 !== r || merge.c0 !== c)) return null;
                  const selected = sel && sel.r0 === r && sel.c0 === c;
                  const isEditing = editing && editing.row === r && editing.col === c;
                  return (
                    <td
                      key={c}
                      data-cell={`${active.name}!${a1}`}
                      rowSpan={merge ? merge.r1 - merge.r0 + 1 : undefined}
                      colSpan={merge ? merge.c1 - merge.c0 + 1 : undefined}
                      className={`${selected ? 'selected' : ''} ${typeof cell?.value === 'number' ? 'num' : ''} ${active.hiddenRows.has(r) ? 'hidden-row' : ''}`}
                      style={cell?.fill ? { backgroundColor: cell.fill } : undefined}
                      title={note}
                      aria-selected={selected ? true : undefined}
                      onClick={() => {
                        if (editing && (editing.row !== r || editing.col !== c)) end(true);
                        select(r, c);
                      }}
                      onDoubleClick={() => begin(r, c)}
                    >
                      {isEditing ? (
                        <input
                          ref={input}
                          aria-label={`Redigera ${a1}`}
                          value={editing.text}
                          onChange={(e) => setEditing({ ...editing, text: e.target.value })}
                          onKeyDown={(e) => {
                            if (e.key === 'Enter') end(true);
                            else if (e.key === 'Escape') end(false);
                            e.stopPropagation();
                          }}
                        />
                      ) : (
                        <>
                          {cellText(cell)}
                          {note !== undefined && <span className="note-mark" aria-label={`Anteckning: ${note}`} />}
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="tabs" role="tablist" aria-label="Blad">
        {book.sheets
          .filter((s) => s.visibility === 'Visible')
          .map((s) => (
            <button
              key={s.id}
              role="tab"
              aria-selected={s.id === active.id}
              onClick={() => {
                book.activeSheetId = s.id;
                book.notifyViews();
              }}
            >
              {s.isProtected ? '🔒 ' : ''}
              {s.name}
            </button>
          ))}
      </div>
      {used.r1 + 1 > MAX_ROWS && <p className="clip">Visar de första {MAX_ROWS} raderna av {used.r1 + 1}.</p>}
    </div>
  );
}
