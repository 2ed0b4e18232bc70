// The store's public surface for the services that share the database (notes, handouts):
// transactions, backups and the error mapping, so every table is durable the same way.
export { runInTransaction, openStore, DB_FILE, BUSY_TIMEOUT_MS } from './openStore';
export type { OpenStoreOptions, OpenedStore } from './openStore';
export { createBackup, listBackups, checkFile, BACKUPS_KEPT } from './backups';
export type { BackupReason } from './backups';
export { withStoreErrors, describeStoreError, StoreTooNewError } from './storeErrors';
export { LATEST_VERSION, MIGRATIONS, DATA_TABLES, schemaVersion, hasUserData } from './migrations';
