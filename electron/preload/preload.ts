// The sandboxed preload: puts exactly the API contract on `window.samspil`, one function per call,
// each a single ipcRenderer.invoke on that call's channel. It imports only 'electron' and the
// schema-free method list, so the bundle stays tiny and CommonJS.
import { contextBridge, ipcRenderer } from 'electron';
import type { SamspilBridge } from '../../shared/api';
import { API_METHOD_NAMES, channelOf } from '../../shared/apiMethods';

const bridge = Object.fromEntries(
  API_METHOD_NAMES.map((method) => [
    method,
    (input: unknown) => ipcRenderer.invoke(channelOf(method), input),
  ]),
) as SamspilBridge;

contextBridge.exposeInMainWorld('samspil', bridge);
