// Devices for the team tests: each a real data folder with its own SQLite store and services,
// all on one shared temp folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import { loadContentService } from '../../electron/services/content/contentService';
import { createHandoutService } from '../../electron/services/handouts/handoutService';
import { openStoreServices } from '../../electron/services/storeServices';
import type { HandoutService, NotesStore } from '../../electron/services/serviceTypes';
import {
  CHANGES_FOLDER,
  createTeamService,
  type TeamService,
} from '../../electron/services/team/teamService';
import { connectTeamToRestore } from '../../electron/services/team/teamRestore';
import { tempDir } from '../store/fixtures';

export interface Device {
  name: string;
  dataDir: string;
  services: { notes: NotesStore; handouts: HandoutService; close(): void };
  db: Database.Database;
  team: TeamService;
  /** Moves this device's clock (for "unreadable for ten minutes"). */
  advance(ms: number): void;
}

const content = loadContentService();
const opened: Device[] = [];
const dirs: string[] = [];

/** Closes every device and removes its folders (after each test, or after each property run). */
export function closeAllDevices(): void {
  for (const device of opened.splice(0)) device.services.close();
  for (const dir of dirs.splice(0)) {
    if (path.isAbsolute(dir) && dir.length > 8) fs.rmSync(dir, { recursive: true, force: true });
  }
}

afterEach(closeAllDevices);

/**
 * Memory-backed temp space where the machine has it: the property test's hundreds of runs then
 * cost CPU, not fsyncs (durability across SIGKILL does not depend on fsync; the page cache survives).
 */
export function fastTempRoot(): string {
  try {
    fs.accessSync('/dev/shm', fs.constants.W_OK);
    return '/dev/shm';
  } catch {
    return os.tmpdir();
  }
}

function newTemp(prefix: string, root?: string): string {
  return root ? fs.mkdtempSync(path.join(root, prefix)) : tempDir(prefix);
}

export function sharedFolder(root?: string): string {
  const dir = newTemp('samspil-team-', root);
  dirs.push(dir);
  return dir;
}

export function changesIn(folder: string): string {
  return path.join(folder, CHANGES_FOLDER);
}

export function changeFiles(folder: string): string[] {
  return fs
    .readdirSync(changesIn(folder))
    .filter((n) => n.endsWith('.jsonl'))
    .sort();
}

export function openDevice(name: string, folder?: string, dataDir?: string, root?: string): Device {
  const dir = dataDir ?? newTemp('samspil-device-', root);
  if (!dataDir) dirs.push(dir);
  let offset = 0;
  // Built as openServices builds them, with the team's clock in the test's hand.
  const { store, notes, backups } = openStoreServices({
    dataDir: dir,
    knownFactorIds: content.factorIds(),
  });
  const handouts = createHandoutService({
    db: store.db,
    store,
    content,
    notes,
    noteByline: (noteId) => team.noteByline(noteId),
  });
  const services = { notes, handouts, close: () => notes.close() };
  const team = createTeamService({
    db: notes.db,
    notes,
    handouts,
    dataDir: dir,
    now: () => new Date(Date.now() + offset),
  });
  connectTeamToRestore(backups, () => team.sync());
  if (folder) team.join(folder, name);
  const device: Device = {
    name,
    dataDir: dir,
    services,
    team,
    db: notes.db,
    advance: (ms) => (offset += ms),
  };
  opened.push(device);
  return device;
}

/** Creates a note and marks it shared, as `samspil notes add --shared` does. */
export function sharedNote(device: Device, title: string, body = ''): string {
  const note = device.services.notes.create({ title, body });
  device.team.setShared('note', [note.id], true);
  return note.id;
}

export function noteTitled(device: Device, title: string) {
  return device.services.notes.list().find((n) => n.title === title);
}
