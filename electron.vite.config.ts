import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// One config, three builds (main, preload, renderer) for the fixed top-level layout.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // The PDF is laid out on a worker thread so a long export never freezes the window.
          // Its path is fixed (out/main/pdf-worker.js): electron/services/resource-paths.ts names it.
          'pdf-worker': resolve(__dirname, 'electron/services/reports/pdf/pdf-worker.ts'),
          // Findings, summaries and counts per register revision, off the thread that answers IPC
          // (out/main/derived-worker.js, named in resource-paths.ts).
          'derived-worker': resolve(__dirname, 'electron/services/derived/derived-worker.ts'),
          // The `ropa` command line: `npx ropa` (electron/cli/bin.mjs) and the packaged app's
          // `--cli` run this same file, so neither compiles TypeScript at run time.
          cli: resolve(__dirname, 'electron/cli/main.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        // A sandboxed preload must be CommonJS: ESM preloads only run unsandboxed.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
