import accountability from './accountability';
import admin from './admin';
import alertSettings from './alert-settings';
import alerts from './alerts';
import audit from './audit';
import auth from './auth';
import battleMap from './battle-map';
import bulletin from './bulletin';
import common from './common';
import dashboard from './dashboard';
import errors from './errors';
import extensions from './extensions';
import home from './home';
import layout from './layout';
import reports from './reports';
import responsibility from './responsibility';
import supervision from './supervision';
import tasks from './tasks';
import weekBoard from './week-board';

export const zhCN = {
  common,
  errors,
  auth,
  layout,
  home,
  dashboard,
  admin,
  audit,
  battleMap,
  tasks,
  weekBoard,
  responsibility,
  alerts,
  accountability,
  alertSettings,
  supervision,
  bulletin,
  extensions,
  reports,
};
