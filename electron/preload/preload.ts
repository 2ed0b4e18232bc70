// The sandboxed preload: puts exactly the API contract on `window.samspil`, one function per call,
// each a single ipcRenderer.invoke on that call's channel. It imports only 'electron' and the
// contract's method list (shared/api.ts holds no schema), so the bundle stays tiny and CommonJS.
import { contextBridge, ipcRenderer } from 'electron';
import { API_METHODS, channelOf, type SamspilBridge } from '../../shared/api';

const bridge = Object.fromEntries(
  API_METHODS.map((method) => [
    method,
    (input: unknown) => ipcRenderer.invoke(channelOf(method), input),
  ]),
) as SamspilBridge;

contextBridge.exposeInMainWorld('samspil', bridge);
