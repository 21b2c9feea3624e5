// The page is built into graph/explore/dist, which the Go binary embeds and serves at /explore/.
// File names carry no hash and no build time, so a build of unchanged sources writes the same
// bytes and `make check-generated` can compare the committed build with a fresh one.
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  build: {
    outDir: '../graph/explore/dist',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: true,
    // ECharts' own chunk is about 530 kB (the bar chart, its components and the canvas renderer).
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      output: {
        entryFileNames: 'assets/explore.js',
        chunkFileNames: 'assets/[name].js',
        assetFileNames: 'assets/[name][extname]',
        // ECharts in a file of its own, so its share of the bundle is measured apart.
        manualChunks(id) {
          if (/[\\/]node_modules[\\/](echarts|zrender|tslib)[\\/]/.test(id)) return 'echarts';
          return undefined;
        },
      },
    },
  },
});
