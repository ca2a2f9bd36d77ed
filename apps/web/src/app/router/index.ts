import { createRouter, createWebHistory, type RouterHistory } from 'vue-router';
import { createAccessGuard, type SessionPort } from './access-guard';
import { appRoutes } from './routes';

export function createAppRouter(session: SessionPort, history: RouterHistory = createWebHistory()) {
  const router = createRouter({
    history,
    routes: appRoutes,
    scrollBehavior: () => ({ top: 0 }),
  });
  router.beforeEach(createAccessGuard(session));
  return router;
}
