import * as authTables from './0001-auth-tables';
import * as controlPlaneTables from './0002-control-plane-tables';

/** Applied in this order; a listed name is never renamed once released. */
export const migrations = [
  { name: '0001-auth-tables', up: authTables.up },
  { name: '0002-control-plane-tables', up: controlPlaneTables.up },
];
