// Browser bundles: the Excel task pane, the Teams tab, and the local harnesses that host them.
// One entry per surface; an entry whose source does not exist yet is skipped, so the build works
// while surfaces are added one by one. Output: dist/web/<entry>/index.html + assets.
const path = require('node:path');
const fs = require('node:fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const webpack = require('webpack');
const { createHash } = require('node:crypto');

// The Content-Security-Policy each product page carries in a <meta>, so it holds wherever the
// static files are hosted. Scripts come only from the page's own origin (teams-js and React are
// bundled; Office.js must come from Microsoft's CDN). Styles: Fluent UI v9 (Griffel) adds empty
// <style> elements at run time and fills them through the CSSOM, which CSP does not govern, so
// the only inline style allowed is the empty one (its hash) — no 'unsafe-inline', no nonce (a nonce
// must change per response, which static files cannot do). frame-ancestors is ignored in a
// <meta>; the servers send it as a header (see test/security/csp.test.ts and the README).
const EMPTY_STYLE = `'sha256-${createHash('sha256').update('').digest('base64')}'`;
const basePolicy = (extra) =>
  [
    "default-src 'self'",
    `script-src 'self'${extra.script ?? ''}`,
    `style-src 'self' ${EMPTY_STYLE}`,
    "img-src 'self' data:",
    "font-src 'self' data:",
    // teams-js fetches its list of valid Teams origins from res.cdn.office.net at start-up.
    `connect-src 'self'${extra.connect ?? ''}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
const csp = {
  taskpane: basePolicy({ script: ' https://appsforoffice.microsoft.com', connect: ' https://appsforoffice.microsoft.com' }),
  tab: basePolicy({ connect: ' https://res.cdn.office.net' }),
};

const surfaces = {
  taskpane: {
    source: 'excel-addin/src/taskpane/index.tsx',
    title: 'Nämndstöd',
    csp: csp.taskpane,
    // Office.js from Microsoft's CDN, as an add-in must; outside Excel it fails and the pane says so.
    head: '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>',
    // The manifest's FunctionFile: Office.js and nothing else (the add-in has no ribbon functions).
    pages: ['commands.html'],
  },
  'excel-harness': { source: 'excel-addin/src/harness/index.tsx', title: 'Nämndstöd – Excel-harness' },
  tab: { source: 'teams-app/src/tab/index.tsx', title: 'Nämndstöd', csp: csp.tab },
  'teams-host': { source: 'teams-app/src/teams-host/index.tsx', title: 'Nämndstöd – Teams-värd' },
  'chat-harness': { source: 'teams-app/src/chat-harness/index.tsx', title: 'Nämndstöd – chatt-harness' },
};

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode ?? (process.env.NAMNDSTOD_DEV ? 'development' : 'production');
  const present = Object.entries(surfaces).filter(([, s]) => fs.existsSync(path.join(__dirname, s.source)));
  return present.map(([name, s]) => ({
    name,
    mode,
    target: 'web',
    entry: { [name]: path.join(__dirname, s.source) },
    output: {
      path: path.join(__dirname, 'dist/web', name),
      filename: mode === 'production' ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: './',
      clean: true,
    },
    devtool: mode === 'production' ? false : 'source-map',
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      // The pure core and the browser code never reach Node's file system; the .xlsx reader's
      // file-path entry point is Node-only and is not part of a browser bundle's graph.
      // The harness reads .xlsx bytes with the reader and fflate; its node:zlib/node:fs paths are never called there.
      fallback: { fs: false, path: false, os: false, zlib: false, 'fs/promises': false },
    },
    module: {
      rules: [
        {
          test: /\.[cm]?tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2020', transform: { react: { runtime: 'automatic' } } },
            },
          },
        },
      ],
    },
    plugins: [
      new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
        resource.request = resource.request.replace(/^node:/, '');
      }),
      ...(s.pages ?? []).map(
        (filename) =>
          new HtmlWebpackPlugin({
            filename,
            title: s.title,
            chunks: [],
            templateContent: () =>
              `<!doctype html><html lang="sv"><head><meta charset="utf-8">` +
              (s.csp ? `<meta http-equiv="Content-Security-Policy" content="${s.csp}">` : '') +
              (s.head ?? '') +
              `<title>${s.title}</title></head><body></body></html>`,
          }),
      ),
      new HtmlWebpackPlugin({
        filename: 'index.html',
        title: s.title,
        templateContent: ({ htmlWebpackPlugin }) =>
          `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
          (s.csp ? `<meta http-equiv="Content-Security-Policy" content="${s.csp}">` : '') +
          (s.head ?? '') +
          `<title>${htmlWebpackPlugin.options.title}</title></head><body><div id="root"></div></body></html>`,
      }),
    ],
    performance: { hints: false },
    stats: 'errors-warnings',
  }));
};
