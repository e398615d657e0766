// The harness's own look: a plain imitation of Excel's grid, sheet tabs and formula bar.
export const harnessCss = `
body { margin: 0; font-family: 'Segoe UI', system-ui, sans-serif; font-size: 13px; }
.harness { display: flex; height: 100vh; }
.excel { flex: 1; display: flex; flex-direction: column; min-width: 0; }
.toolbar { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; padding: 6px 10px; background: #217346; color: #fff; }
.toolbar h1 { font-size: 15px; margin: 0 12px 0 0; }
.file { margin: 4px 10px; color: #444; }
.error { color: #a4262c; margin: 4px 10px; }
.workbook { display: flex; flex-direction: column; flex: 1; min-height: 0; }
.formula-bar { display: flex; gap: 8px; padding: 0 10px; height: 24px; line-height: 24px; overflow: hidden; white-space: nowrap; border-bottom: 1px solid #d0d0d0; font-family: Consolas, monospace; }
.formula { overflow: hidden; text-overflow: ellipsis; }
.name-box { width: 60px; border-right: 1px solid #d0d0d0; }
.mode { margin-left: auto; color: #a4262c; }
.grid-scroll { flex: 1; overflow: auto; }
.grid { border-collapse: collapse; }
.grid th { background: #f3f3f3; color: #444; font-weight: normal; border: 1px solid #d0d0d0; padding: 0 4px; position: sticky; top: 0; }
.grid tbody th { position: sticky; left: 0; }
.grid td { border: 1px solid #e1e1e1; padding: 1px 4px; min-width: 64px; max-width: 260px; height: 18px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; position: relative; cursor: cell; }
.grid td.num { text-align: right; }
.grid td.selected { outline: 2px solid #217346; outline-offset: -2px; }
.grid td.hidden-row { opacity: 0.35; }
.grid td input { width: 100%; box-sizing: border-box; font: inherit; border: none; outline: 2px solid #217346; }
.note-mark { position: absolute; top: 0; right: 0; border-style: solid; border-width: 0 6px 6px 0; border-color: transparent #c00 transparent transparent; }
.tabs { display: flex; gap: 2px; border-top: 1px solid #d0d0d0; padding: 2px 8px; background: #f3f3f3; }
.tabs button { border: 1px solid #d0d0d0; background: #fff; padding: 2px 10px; font: inherit; }
.tabs button[aria-selected='true'] { border-bottom: 2px solid #217346; font-weight: 600; }
.clip { margin: 2px 10px; color: #666; }
.pane { border: none; border-left: 1px solid #c8c8c8; height: 100vh; flex: none; }
`;
