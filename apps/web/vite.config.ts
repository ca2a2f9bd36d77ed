import { fileURLToPath, URL } from 'node:url';
import vue from '@vitejs/plugin-vue';
import AutoImport from 'unplugin-auto-import/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import Components from 'unplugin-vue-components/vite';
import { defineConfig } from 'vite';

const apiTarget = process.env.LVZE_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [
    vue(),
    // Only Element Plus is auto-imported (components, ElMessage/ElMessageBox and their styles);
    // Vue and our own modules are imported explicitly so every file shows where names come from.
    AutoImport({
      resolvers: [ElementPlusResolver()],
      dts: 'auto-imports.d.ts',
    }),
    Components({
      resolvers: [ElementPlusResolver()],
      dirs: [],
      dts: 'components.d.ts',
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: true, ws: true },
      '/healthz': { target: apiTarget, changeOrigin: true },
      // Evidence uploads and signed file links.
      '/api': { target: apiTarget, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 900,
    rollupOptions: {
      output: {
        // Pages are split by route (dynamic imports in the router); the big vendors get their own
        // long-cached chunks so a deploy that changes one page does not re-download Element Plus.
        manualChunks(id: string) {
          if (!id.includes('node_modules')) return undefined;
          if (id.includes('element-plus') || id.includes('@element-plus')) return 'vendor-element-plus';
          if (id.includes('echarts') || id.includes('zrender')) return 'vendor-echarts';
          if (id.includes('graphql') || id.includes('urql') || id.includes('wonka')) return 'vendor-graphql';
          if (/node_modules\/(vue|@vue|vue-router|pinia|vue-i18n|@intlify)\//.test(id)) return 'vendor-vue';
          return undefined;
        },
      },
    },
  },
});
