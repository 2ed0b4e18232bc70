// Sync when the folder changes: a watch on the real shared folder (real files, real SQLite), with
// short quiet times passed as options rather than a faked clock.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openServices } from '../../electron/services/services';
import { watchTeam, type WatchedTeam } from '../../electron/services/team/teamWatch';
import type { TeamWatchOptions } from '../../electron/services/team/teamWatch';
import {
  changeFiles,
  changesIn,
  noteTitled,
  openDevice,
  sharedFolder,
  sharedNote,
  type Device,
} from './teamDevices';

const watches: WatchedTeam[] = [];
afterEach(() => {
  for (const watch of watches.splice(0)) watch.stop();
});

const FAST: TeamWatchOptions = { quietMs: 150, checkEveryMs: 200, maxWaitMs: 3_000 };

function watched(device: Device, options: TeamWatchOptions = FAST): WatchedTeam {
  const watch = watchTeam(device.team, options);
  watches.push(watch);
  return watch;
}

/** Waits for `condition` (real time; fails after `ms`, far below the 60 s timer). */
async function until(condition: () => boolean, what: string, ms = 8_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`Ventede forgæves på: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('sync when the team folder changes', () => {
  it('takes in a colleague’s note by itself, and tells the renderer through team.changes', async () => {
    const folder = sharedFolder();
    const anne = openDevice('Anne', folder);
    const bo = openDevice('Bo', folder);
    // The listing check only once, at the start: what follows comes through the system's events.
    const watch = watched(bo, { quietMs: 150, checkEveryMs: 600_000 });
    await until(() => watch.team.changes().watching, 'the watch');
    expect(watch.team.changes()).toMatchObject({ generation: 0, appliedAt: 0, status: null });

    sharedNote(anne, 'Møde med aftenskolen', 'Tillid først.');
    anne.team.sync();
    await until(() => noteTitled(bo, 'Møde med aftenskolen') !== undefined, 'Annes note hos Bo');
    const changes = watch.team.changes();
    expect(changes.generation).toBeGreaterThanOrEqual(1);
    expect(changes.appliedAt).toBeGreaterThanOrEqual(1);
    expect(changes.status).toMatchObject({ joined: true, available: true, sharedNotes: 1 });
  });

  it('makes a burst of files from a sync tool one sync, once it is quiet', async () => {
    const folder = sharedFolder();
    const staging = sharedFolder();
    const anne = openDevice('Anne', staging);
    const bo = openDevice('Bo', folder);
    for (let i = 1; i <= 8; i++) sharedNote(anne, `Note ${i}`);
    anne.team.sync();
    const watch = watched(bo, { ...FAST, quietMs: 1_500 });
    await until(() => watch.team.changes().watching, 'the watch');
    // The sync tool delivers Anne's files one by one, a little apart.
    for (const name of changeFiles(staging)) {
      fs.copyFileSync(path.join(changesIn(staging), name), path.join(changesIn(folder), name));
      await pause(40);
    }
    await until(() => bo.services.notes.list().length === 8, 'all eight notes at Bo');
    await pause(400);
    expect(watch.team.changes().generation).toBe(1);
  });

  it('notices changes by its listing check where no events come (a network drive)', async () => {
    const folder = sharedFolder();
    const anne = openDevice('Anne', folder);
    const bo = openDevice('Bo', folder);
    const watch = watched(bo, { ...FAST, events: false });
    await until(() => watch.team.changes().watching, 'the watch');
    sharedNote(anne, 'Over netværksdrevet');
    anne.team.sync();
    await until(() => noteTitled(bo, 'Over netværksdrevet') !== undefined, 'the note at Bo');
  });

  it('calls a folder that went away unavailable, calmly, and watches it again when it is back', async () => {
    const folder = sharedFolder();
    const anne = openDevice('Anne', folder);
    const bo = openDevice('Bo', folder);
    const watch = watched(bo);
    await until(() => watch.team.changes().watching, 'the watch');
    sharedNote(anne, 'Før afbrydelsen');
    anne.team.sync();
    await until(() => noteTitled(bo, 'Før afbrydelsen') !== undefined, 'the first note');

    const away = `${folder}-væk`;
    fs.renameSync(folder, away);
    await until(() => watch.team.changes().status?.available === false, 'the status: unavailable');
    expect(watch.team.changes().watching).toBe(true);
    // A sync tool puts it back as a new folder (a new inode: the old watch sees nothing of it).
    fs.cpSync(away, folder, { recursive: true });
    fs.rmSync(away, { recursive: true, force: true });
    await until(() => watch.team.changes().status?.available === true, 'the status: back');
    sharedNote(anne, 'Efter afbrydelsen');
    anne.team.sync();
    await until(() => noteTitled(bo, 'Efter afbrydelsen') !== undefined, 'the note after');
  });

  it('stops watching on leave, and on stop', async () => {
    const folder = sharedFolder();
    const anne = openDevice('Anne', folder);
    const bo = openDevice('Bo', folder);
    const watch = watched(bo);
    await until(() => watch.team.changes().watching, 'the watch');
    watch.team.leave();
    expect(watch.team.changes().watching).toBe(false);
    sharedNote(anne, 'Efter Bo gik');
    anne.team.sync();
    await pause(800);
    expect(noteTitled(bo, 'Efter Bo gik')).toBeUndefined();
    expect(watch.team.changes().generation).toBe(0);

    watch.team.join(folder, 'Bo');
    await until(() => watch.team.changes().watching, 'the watch again');
    watch.stop();
    expect(watch.team.changes().watching).toBe(false);
  });

  it('waits calmly when the team tables cannot be read (written by a newer Samspil)', async () => {
    const device = openDevice('Anne');
    device.db.exec('CREATE TABLE team_schema (version INTEGER NOT NULL) STRICT');
    device.db.exec('INSERT INTO team_schema (version) VALUES (999)');
    const warnings: string[] = [];
    const watch = watchTeam(device.team, FAST, {
      error: () => undefined,
      warn: (event) => void warnings.push(event),
    });
    watches.push(watch);
    await until(() => warnings.length >= 2, 'two looks');
    expect(warnings[0]).toBe('team.watch-folder-unknown');
    expect(watch.team.changes().watching).toBe(false);
  });

  it('watches only where asked: the app and the e2e bridge, never the CLI', async () => {
    const folder = sharedFolder();
    const dataDirs = [1, 2].map(() => fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-watch-')));
    const cli = openServices({ dataDir: dataDirs[0] as string });
    const app = openServices({ dataDir: dataDirs[1] as string, watchTeamFolder: FAST });
    try {
      cli.team.join(folder, 'Anne');
      app.team.join(folder, 'Bo');
      await until(() => app.team.changes().watching, 'the app’s watch');
      expect(cli.team.changes().watching).toBe(false);
    } finally {
      cli.close();
      app.close();
      for (const dir of dataDirs)
        if (dir.startsWith(os.tmpdir())) fs.rmSync(dir, { recursive: true });
    }
    expect(app.team.changes().watching).toBe(false);
  });
});
