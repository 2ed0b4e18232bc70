// Stands between the devices' folders like OneDrive, SharePoint, Dropbox or SMB do: delivers
// files late and out of order, duplicates them, leaves them half-written for a while, renames
// them and puts old copies back. `settle()` then delivers everything completely.
import fs from 'node:fs';
import path from 'node:path';

export type ToolAction =
  | { t: 'copy'; from: number; to: number; pick: number }
  | { t: 'partial'; from: number; to: number; pick: number; cut: number }
  | { t: 'complete'; pick: number }
  | { t: 'duplicate'; view: number; pick: number; style: number }
  | { t: 'rename'; view: number; pick: number }
  | { t: 'restore'; pick: number };

const names = (dir: string): string[] =>
  fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.jsonl'))
    .sort();

export class SyncToolSimulator {
  private partials: { file: string; bytes: Buffer }[] = [];
  private removed: { file: string; bytes: Buffer }[] = [];
  private counter = 0;

  constructor(private readonly views: string[]) {}

  private view(index: number): string {
    return this.views[index % this.views.length] as string;
  }

  private pickFile(dir: string, pick: number): string | undefined {
    const list = names(dir);
    return list.length === 0 ? undefined : list[pick % list.length];
  }

  private isPartial(file: string): boolean {
    return this.partials.some((p) => p.file === file);
  }

  apply(action: ToolAction): void {
    switch (action.t) {
      case 'copy':
      case 'partial': {
        const from = this.view(action.from);
        const to = this.view(action.to);
        // A tool uploads a file only once it is complete where it was written.
        const missing = names(from).filter(
          (n) => !fs.existsSync(path.join(to, n)) && !this.isPartial(path.join(from, n)),
        );
        const name = missing[action.pick % Math.max(1, missing.length)];
        if (!name || from === to) return;
        const bytes = fs.readFileSync(path.join(from, name));
        const target = path.join(to, name);
        if (action.t === 'copy') fs.writeFileSync(target, bytes);
        else {
          fs.writeFileSync(target, bytes.subarray(0, Math.floor(bytes.length * action.cut)));
          this.partials.push({ file: target, bytes });
        }
        return;
      }
      case 'complete': {
        const [done] = this.partials.splice(action.pick % Math.max(1, this.partials.length), 1);
        if (done && fs.existsSync(done.file)) fs.writeFileSync(done.file, done.bytes);
        return;
      }
      case 'duplicate': {
        const dir = this.view(action.view);
        const name = this.pickFile(dir, action.pick);
        if (!name || this.isPartial(path.join(dir, name))) return;
        const style = [' (1)', '-conflict-KONTOR-PC', ' (conflicted copy 2026-12-01)'][
          action.style % 3
        ];
        fs.copyFileSync(
          path.join(dir, name),
          path.join(dir, name.replace('.jsonl', `${style}.jsonl`)),
        );
        return;
      }
      case 'rename': {
        const dir = this.view(action.view);
        const name = this.pickFile(dir, action.pick);
        if (!name || this.isPartial(path.join(dir, name))) return;
        const file = path.join(dir, name);
        this.removed.push({ file, bytes: fs.readFileSync(file) });
        fs.renameSync(file, path.join(dir, `omdøbt ${++this.counter}.jsonl`));
        return;
      }
      case 'restore': {
        const [old] = this.removed.splice(action.pick % Math.max(1, this.removed.length), 1);
        if (old && !fs.existsSync(old.file)) fs.writeFileSync(old.file, old.bytes);
        return;
      }
    }
  }

  /** Completes every half-written file and gives every view every file. */
  settle(): void {
    for (const { file, bytes } of this.partials.splice(0)) fs.writeFileSync(file, bytes);
    const all = new Map<string, string>();
    for (const dir of this.views)
      for (const n of names(dir)) if (!all.has(n)) all.set(n, path.join(dir, n));
    for (const dir of this.views) {
      for (const [name, source] of all) {
        const target = path.join(dir, name);
        if (!fs.existsSync(target)) fs.copyFileSync(source, target);
      }
    }
  }
}
