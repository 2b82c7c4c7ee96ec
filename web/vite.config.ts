import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // The Content Security Policy allows fonts from 'self' only, so nothing may become a data: URL.
    assetsInlineLimit: 0,
    rolldownOptions: {
      treeshake: {
        // Designsystemet's React package does not declare itself free of side effects, so every
        // component (with its floating-ui, virtualiser and custom elements) would ship. Its modules
        // are pure; the web components they register live in @digdir/designsystemet-web, which
        // stays side-effectful and is kept wherever a used component imports it.
        moduleSideEffects: (id) => !id.includes('/node_modules/@digdir/designsystemet-react/'),
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
