import { type ChangeEvent, useCallback, useEffect, useRef, useState } from 'react';
import { fakeExcelFromXlsx, type FakeExcel } from '../excel-fake';
import { HARNESS_GLOBALS } from '../office-adapter/globals';
import { GridView } from './grid-view';

interface FixtureEntry {
  readonly file: string;
  readonly title: string;
}

const VERSIONS = [
  { id: '1.18', label: 'Microsoft 365 (ExcelApi 1.18: anteckningar)' },
  { id: '1.14', label: 'Office 2021 (ExcelApi 1.14)' },
  { id: '1.8', label: 'Office 2019 (ExcelApi 1.8)' },
];

/**
 * The local stand-in for Excel: a real .xlsx opened in the simulated Excel, drawn as a grid, with
 * the built task pane beside it in a frame. The pane finds the simulated `Excel` and `Office` on
 * this window (same origin), exactly where office.js would have put them.
 */
export function HarnessApp() {
  const [fixtures, setFixtures] = useState<readonly FixtureEntry[]>([]);
  const [excel, setExcel] = useState<FakeExcel | undefined>();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [version, setVersion] = useState('1.18');
  const [width, setWidth] = useState(320);
  const [paneKey, setPaneKey] = useState(0);
  const lastBytes = useRef<{ bytes: Uint8Array; name: string } | undefined>(undefined);

  const open = useCallback(
    (bytes: Uint8Array, fileName: string, apiVersion = version) => {
      try {
        const fake = fakeExcelFromXlsx(bytes, { apiVersion, payloadLimit: 5 * 1024 * 1024 });
        (window as unknown as Record<string, unknown>)[HARNESS_GLOBALS] = { Excel: fake.Excel, Office: fake.Office };
        (window as unknown as { namndstodHarness?: unknown }).namndstodHarness = { book: fake.book };
        lastBytes.current = { bytes, name: fileName };
        setExcel(fake);
        setName(fileName);
        setError(undefined);
        setPaneKey((k) => k + 1);
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      }
    },
    [version],
  );

  const openFixture = useCallback(
    async (file: string) => {
      const res = await fetch(`../fixtures/${encodeURIComponent(file)}`);
      if (!res.ok) {
        setError(`Kunde inte hämta ${file} (${res.status})`);
        return;
      }
      open(new Uint8Array(await res.arrayBuffer()), file);
    },
    [open],
  );

  useEffect(() => {
    void (async () => {
      try {
        const res = await fetch('../fixtures/index.json');
        if (!res.ok) return;
        const list = (await res.json()) as FixtureEntry[];
        setFixtures(list);
        const wanted = new URLSearchParams(location.search).get('fixture');
        const first = list.find((f) => f.file === wanted) ?? list[0];
        if (first) await openFixture(first.file);
      } catch {
        // No fixtures served: the file picker still works.
      }
    })();
  }, [openFixture]);

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file) open(new Uint8Array(await file.arrayBuffer()), file.name);
  };

  return (
    <div className="harness">
      <section className="excel" aria-label="Simulerat Excel">
        <header className="toolbar">
          <h1>Nämndstöd – Excel-harness</h1>
          <label>
            Exempelfil{' '}
            <select aria-label="Exempelfil" value={fixtures.some((f) => f.file === name) ? name : ''} onChange={(e) => void openFixture(e.target.value)}>
              <option value="" disabled>
                Välj …
              </option>
              {fixtures.map((f) => (
                <option key={f.file} value={f.file}>
                  {f.title}
                </option>
              ))}
            </select>
          </label>
          <label>
            Öppna .xlsx <input type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => void onFile(e)} />
          </label>
          <label>
            Excel{' '}
            <select
              aria-label="Excelversion"
              value={version}
              onChange={(e) => {
                setVersion(e.target.value);
                if (lastBytes.current) open(lastBytes.current.bytes, lastBytes.current.name, e.target.value);
              }}
            >
              {VERSIONS.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Panelbredd{' '}
            <select aria-label="Panelbredd" value={width} onChange={(e) => setWidth(Number(e.target.value))}>
              <option value={320}>320 px</option>
              <option value={450}>450 px</option>
            </select>
          </label>
        </header>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <p className="file" data-testid="file-name">
          {name}
        </p>
        {excel && <GridView book={excel.book} />}
      </section>
      {excel && <iframe key={paneKey} className="pane" title="Nämndstöd, aktivitetsfönster" src="../taskpane/index.html" style={{ width }} />}
    </div>
  );
}
