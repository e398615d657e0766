// Builds the browser bundles through webpack's Node API (webpack-cli 7 pulls in a loader that
// wants Node 22; the API needs nothing beyond webpack itself).
import { createRequire } from 'node:module';
import webpack from 'webpack';

const require = createRequire(import.meta.url);
const configs = require('../../webpack.config.js')({}, { mode: process.argv.includes('--dev') ? 'development' : 'production' });
if (configs.length === 0) {
  console.log('build-web: no browser surfaces yet');
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
