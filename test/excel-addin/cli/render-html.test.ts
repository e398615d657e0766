import { renderHtml } from '../../../excel-addin/src/cli/render-html';
import { all } from './report-fixtures';

describe('renderHtml', () => {
  const html = renderHtml(all, 'sv', new Date(2021, 4, 10, 8, 5));

  it('is one standalone Swedish page: lang, charset, inline style, no scripts or external resources', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">/);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|src=|href=/);
    expect(html).toContain('<p class="meta">Skapad 2021-05-10 08:05</p>');
  });

  it('escapes everything that comes from a workbook or a path', () => {
    expect(html).toContain('Rubriken &lt;b&gt;2020&lt;/b&gt;.');
    expect(html).toContain('<h3>Blad: Blad &amp; &lt;2&gt;</h3>');
    expect(html).toContain('<h2>trasig &quot;fil&quot;.xlsx</h2>');
    expect(html).not.toContain('<b>2020</b>');
  });

  it('shows severity as icon and word, a summary per file and the total', () => {
    expect(html).toContain('<span class="sev sev-error">✖ Fel</span>');
    expect(html).toContain('<span class="sev sev-warning">⚠ Varning</span>');
    expect(html).toContain('Sammanfattning: 1 fel, 1 varning, 1 upplysning');
    expect(html).toContain('<strong>Totalt:</strong> 3 filer, 1 fel, 1 varning, 1 upplysning, 1 fil kunde inte läsas, 1 fil med okänd mall.');
    expect(html).toContain('? Okänd mall:');
    expect(html).toContain('<li>T03: raden &quot;Inventarier och maskiner&quot;</li>');
  });
});
