import path from 'node:path';

/** Where the migrated PGlite snapshot lives between the global setup and the test files. */
export const SNAPSHOT_FILE = path.resolve('.test-tmp/migrated-snapshot.tar.gz');
