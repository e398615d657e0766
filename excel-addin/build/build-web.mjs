// Builds the browser bundles through webpack's Node API (webpack-cli 7 pulls in a loader that
// wants Node 22; the API needs nothing beyond webpack itself). Skips the build when every bundle
// is newer than every source it could depend on, so `npm start` right after `npm test` is quick.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import webpack from 'webpack';

const require = createRequire(import.meta.url);
const dev = process.argv.includes('--dev');
const force = process.argv.includes('--force');
const configs = require('../../webpack.config.js')({}, { mode: dev ? 'development' : 'production' });
if (configs.length === 0) {
  console.log('build-web: no browser surfaces yet');
  process.exit(0);
}

function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = 0;
  for (const entry of readdirSync(path)) if (entry !== 'node_modules') max = Math.max(max, newest(join(path, entry)));
  return max;
}

const sources = Math.max(...['shared', 'excel-addin/src', 'teams-app/src', 'webpack.config.js', 'package-lock.json', 'manifest'].map(newest));
const outputs = configs.map((c) => join(c.output.path, 'index.html'));
const built = outputs.every(existsSync) ? Math.min(...outputs.map((o) => statSync(o).mtimeMs)) : 0;
if (!force && !dev && built > sources) {
  console.log(`build-web: ${configs.length} bundles up to date`);
  process.exit(0);
}

webpack(configs, (err, stats) => {
  if (err) {
    console.error(err);
    process.exit(1);
  }
  const info = stats.toString({ colors: false, preset: 'errors-warnings' });
  if (info.trim()) console.log(info);
  if (stats.hasErrors()) process.exit(1);
  for (const s of stats.stats) console.log(`build-web: ${s.compilation.name} ${Object.keys(s.compilation.assets).length} files`);
});
