// Browser bundles: the Excel task pane, the Teams tab, and the local harnesses that host them.
// One entry per surface; an entry whose source does not exist yet is skipped, so the build works
// while surfaces are added one by one. Output: dist/web/<entry>/index.html + assets.
const path = require('node:path');
const fs = require('node:fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const surfaces = {
  taskpane: { source: 'excel-addin/src/taskpane/index.tsx', title: 'Nämndstöd' },
  'excel-harness': { source: 'excel-addin/src/harness/index.tsx', title: 'Nämndstöd – Excel-harness' },
  tab: { source: 'teams-app/src/tab/index.tsx', title: 'Nämndstöd' },
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
      fallback: { fs: false, path: false, os: false },
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
      new HtmlWebpackPlugin({
        filename: 'index.html',
        title: s.title,
        templateContent: ({ htmlWebpackPlugin }) =>
          `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
          `<title>${htmlWebpackPlugin.options.title}</title></head><body><div id="root"></div></body></html>`,
      }),
    ],
    performance: { hints: false },
    stats: 'errors-warnings',
  }));
};
