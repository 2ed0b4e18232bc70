// A device in a child process, for the kill test: appends tokens to notes, says "ack <token>"
// once each edit is saved, then syncs. The parent kills it with SIGKILL at a random moment.
import { openServices } from '../../electron/services/services';

interface ChildTask {
  dataDir: string;
  /** Edits of one note; localId '' creates a shared note first (`ack <token> <id>`). */
  edits: { localId: string; token: string }[];
}

const task = JSON.parse(process.argv[2] ?? '{}') as ChildTask;
const services = openServices({ dataDir: task.dataDir });
// The parent times its kill from here, so that it lands in the edits, the writing or the merge.
process.stdout.write('open\n');
let localId = '';
task.edits.forEach((edit, i) => {
  if (!localId && !edit.localId) {
    localId = services.notes.create({ title: `Note ${edit.token}`, body: edit.token }).id;
    services.team.setShared('note', [localId], true);
  } else {
    localId ||= edit.localId;
    const note = services.notes.get(localId);
    services.notes.update({ id: note.id, body: `${note.body}\n${edit.token}` });
  }
  process.stdout.write(`ack ${edit.token} ${localId}\n`);
  if (i % 2 === 1) services.team.sync();
});
services.team.sync();
process.stdout.write('synced\n');
services.close();
