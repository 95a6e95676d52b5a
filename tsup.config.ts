import { defineConfig } from 'tsup'

export default defineConfig({
  entry: { index: 'src/index.ts', retext: 'src/retext.ts', cli: 'src/cli.ts', worker: 'src/cli/worker.ts' },
  format: ['esm'],
  target: 'node20',
  dts: { entry: { index: 'src/index.ts', retext: 'src/retext.ts' } },
  clean: true,
  sourcemap: false,
  splitting: true,
  treeshake: true,
})
