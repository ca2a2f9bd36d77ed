import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './app/app.vue';
import { createAppI18n } from './app/i18n';
import { createAppRouter } from './app/router';
import { createSession } from './app/session';
import { useAuthStore } from './app/stores/auth-store';
import './app/styles/main.css';

const app = createApp(App);
const pinia = createPinia();
app.use(pinia);

const i18n = createAppI18n();
app.use(i18n);
document.documentElement.lang = i18n.global.locale.value;

const session = createSession(useAuthStore(pinia));
session.install(app);

const router = createAppRouter(session.port);
session.attachRouter(router);
router.afterEach((to) => {
  const { t } = i18n.global;
  document.title = to.meta.titleKey
    ? `${t(to.meta.titleKey)} · ${t('common.productTitle')}`
    : t('common.productTitle');
});
app.use(router);

app.mount('#app');
