// A cheap look at `samspil.db-wal` before SQLite opens it. SQLite silently ignores a -wal whose
// header is not valid, so every commit in it would vanish without a word; such a file is moved
// aside and reported instead. What this can see: a header that is not SQLite's (wrong magic or
// version), a header checksum that does not add up (garbled), and a page size that differs
// from the database's (a -wal of another database). What it cannot see: a -wal cut short or
// garbled after its header (SQLite keeps the frames up to the last intact commit and drops the
// rest, as it must after a crash), or a -wal of another database with the same page size.
import fs from 'node:fs';

const HEADER_BYTES = 32;
const WAL_VERSION = 3007000;

function readHead(file: string, bytes: number): Buffer | null {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const buffer = Buffer.alloc(bytes);
    const read = fs.readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, read);
  } catch {
    return null;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** SQLite's WAL checksum over the first 24 header bytes, in the byte order the magic names. */
function headerChecksum(header: Buffer, bigEndian: boolean): [number, number] {
  let s0 = 0;
  let s1 = 0;
  for (let i = 0; i < 24; i += 8) {
    const a = bigEndian ? header.readUInt32BE(i) : header.readUInt32LE(i);
    const b = bigEndian ? header.readUInt32BE(i + 4) : header.readUInt32LE(i + 4);
    s0 = (s0 + a + s1) >>> 0;
    s1 = (s1 + b + s0) >>> 0;
  }
  return [s0, s1];
}

/** The database's page size from its header, or null for a missing or empty file. */
function dbPageSize(dbPath: string): number | null {
  const head = readHead(dbPath, 100);
  if (!head || head.length < 100) return null;
  const size = head.readUInt16BE(16);
  return size === 1 ? 65536 : size;
}

/** Null when the -wal is absent, empty, incomplete or plausible; else why it does not belong. */
export function walMismatch(dbPath: string): string | null {
  const header = readHead(`${dbPath}-wal`, HEADER_BYTES);
  // Shorter than a header: SQLite treats it as empty, and nothing in it was ever committed.
  if (!header || header.length < HEADER_BYTES) return null;
  const magic = header.readUInt32BE(0);
  if (magic !== 0x377f0682 && magic !== 0x377f0683) {
    return '-wal-filen er ikke en SQLite-logfil (forkert begyndelse)';
  }
  if (header.readUInt32BE(4) !== WAL_VERSION) return '-wal-filen har en ukendt version';
  const [c0, c1] = headerChecksum(header, magic === 0x377f0683);
  if (c0 !== header.readUInt32BE(24) || c1 !== header.readUInt32BE(28)) {
    return '-wal-filens hoved er ødelagt (kontrolsummen passer ikke)';
  }
  const walPage = header.readUInt32BE(8);
  const page = dbPageSize(dbPath);
  if (page !== null && walPage !== page) {
    return `-wal-filen hører til en anden database (sidestørrelse ${walPage}, databasens ${page})`;
  }
  return null;
}
