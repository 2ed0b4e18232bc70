// Types for scripts/after-pack.mjs (electron-builder loads it as plain JavaScript).
import type { FuseConfig } from '@electron/fuses';
export const FUSES: FuseConfig;
export function afterPack(context: unknown): Promise<void>;
export default afterPack;
