// The page is built into graph/explore/dist, which the Go binary embeds and serves at /explore/.
// File names carry no hash and no build time, so a build of unchanged sources writes the same
// bytes and `make check-generated` can compare the committed build with a fresh one.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

// The licences of the libraries bundled into the page go beside it, in dist/licenses/: ECharts
// (Apache-2.0, with its NOTICE), ZRender (BSD-3-Clause) and tslib (0BSD), the copies ECharts uses.
function licenses(): Plugin {
  const require = createRequire(import.meta.url);
  const echarts = dirname(require.resolve('echarts/package.json'));
  const fromEcharts = createRequire(join(echarts, 'package.json'));
  // The folder of a package as ECharts resolves it (tslib exports no package.json to resolve).
  const dir = (name: string) => {
    const main = fromEcharts.resolve(name);
    const at = main.lastIndexOf(`${sep}node_modules${sep}${name}${sep}`);
    return main.slice(0, at + `${sep}node_modules${sep}${name}`.length);
  };
  const files: [string, string][] = [
    ['echarts/LICENSE', join(echarts, 'LICENSE')],
    ['echarts/NOTICE', join(echarts, 'NOTICE')],
    ['zrender/LICENSE', join(dir('zrender'), 'LICENSE')],
    ['tslib/LICENSE.txt', join(dir('tslib'), 'LICENSE.txt')],
  ];
  return {
    name: 'shegong-licenses',
    generateBundle() {
      for (const [name, path] of files) {
        this.emitFile({ type: 'asset', fileName: `licenses/${name}`, source: readFileSync(path, 'utf8') });
      }
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [licenses()],
  build: {
    outDir: '../graph/explore/dist',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: true,
    // The ECharts core chunk (core, zrender, canvas renderer, shared components) is about 500 kB.
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      output: {
        entryFileNames: 'assets/explore.js',
        // The chart code is loaded on demand (import() in the views), in chunks of its own: bar.js
        // and step.js, the chart each view draws, and echarts.js, the part of ECharts both use.
        chunkFileNames: 'assets/[name].js',
        assetFileNames: 'assets/[name][extname]',
      },
    },
  },
});
