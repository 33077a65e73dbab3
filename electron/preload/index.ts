import { contextBridge, ipcRenderer } from 'electron';
import type { RopaApi } from '../shared/contract';

/**
 * window.api: one named method per channel, each bound to its fixed channel name — never a
 * generic invoke, so script injected through a free-text field cannot reach anything else.
 * `satisfies RopaApi` makes the type checker prove every channel of the contract is here.
 * Imports only 'electron' and types from electron/shared (the sandboxed preload loads no npm code).
 */
const api = {
  organisation: {
    get: (input) => ipcRenderer.invoke('organisation:get', input),
    save: (input) => ipcRenderer.invoke('organisation:save', input),
  },
  activities: {
    list: (input) => ipcRenderer.invoke('activities:list', input),
    get: (input) => ipcRenderer.invoke('activities:get', input),
    create: (input) => ipcRenderer.invoke('activities:create', input),
    update: (input) => ipcRenderer.invoke('activities:update', input),
    archive: (input) => ipcRenderer.invoke('activities:archive', input),
    restore: (input) => ipcRenderer.invoke('activities:restore', input),
    delete: (input) => ipcRenderer.invoke('activities:delete', input),
  },
  recipients: {
    list: (input) => ipcRenderer.invoke('recipients:list', input),
    get: (input) => ipcRenderer.invoke('recipients:get', input),
    create: (input) => ipcRenderer.invoke('recipients:create', input),
    update: (input) => ipcRenderer.invoke('recipients:update', input),
    archive: (input) => ipcRenderer.invoke('recipients:archive', input),
    restore: (input) => ipcRenderer.invoke('recipients:restore', input),
    delete: (input) => ipcRenderer.invoke('recipients:delete', input),
  },
  dpas: {
    list: (input) => ipcRenderer.invoke('dpas:list', input),
    get: (input) => ipcRenderer.invoke('dpas:get', input),
    create: (input) => ipcRenderer.invoke('dpas:create', input),
    update: (input) => ipcRenderer.invoke('dpas:update', input),
    delete: (input) => ipcRenderer.invoke('dpas:delete', input),
  },
  transfers: {
    list: (input) => ipcRenderer.invoke('transfers:list', input),
    get: (input) => ipcRenderer.invoke('transfers:get', input),
    create: (input) => ipcRenderer.invoke('transfers:create', input),
    update: (input) => ipcRenderer.invoke('transfers:update', input),
    delete: (input) => ipcRenderer.invoke('transfers:delete', input),
  },
  processorActivities: {
    list: (input) => ipcRenderer.invoke('processorActivities:list', input),
    get: (input) => ipcRenderer.invoke('processorActivities:get', input),
    create: (input) => ipcRenderer.invoke('processorActivities:create', input),
    update: (input) => ipcRenderer.invoke('processorActivities:update', input),
    archive: (input) => ipcRenderer.invoke('processorActivities:archive', input),
    delete: (input) => ipcRenderer.invoke('processorActivities:delete', input),
  },
  dataCategories: {
    list: (input) => ipcRenderer.invoke('dataCategories:list', input),
    create: (input) => ipcRenderer.invoke('dataCategories:create', input),
    update: (input) => ipcRenderer.invoke('dataCategories:update', input),
    delete: (input) => ipcRenderer.invoke('dataCategories:delete', input),
  },
  dataSubjectCategories: {
    list: (input) => ipcRenderer.invoke('dataSubjectCategories:list', input),
    create: (input) => ipcRenderer.invoke('dataSubjectCategories:create', input),
    update: (input) => ipcRenderer.invoke('dataSubjectCategories:update', input),
    delete: (input) => ipcRenderer.invoke('dataSubjectCategories:delete', input),
  },
  securityMeasures: {
    list: (input) => ipcRenderer.invoke('securityMeasures:list', input),
    create: (input) => ipcRenderer.invoke('securityMeasures:create', input),
    update: (input) => ipcRenderer.invoke('securityMeasures:update', input),
    delete: (input) => ipcRenderer.invoke('securityMeasures:delete', input),
  },
  systems: {
    list: (input) => ipcRenderer.invoke('systems:list', input),
    create: (input) => ipcRenderer.invoke('systems:create', input),
    update: (input) => ipcRenderer.invoke('systems:update', input),
    delete: (input) => ipcRenderer.invoke('systems:delete', input),
  },
  register: {
    status: (input) => ipcRenderer.invoke('register:status', input),
    exportJson: (input) => ipcRenderer.invoke('register:exportJson', input),
    importJson: (input) => ipcRenderer.invoke('register:importJson', input),
    loadExample: (input) => ipcRenderer.invoke('register:loadExample', input),
    about: (input) => ipcRenderer.invoke('register:about', input),
  },
  audit: {
    list: (input) => ipcRenderer.invoke('audit:list', input),
  },
  compliance: {
    check: (input) => ipcRenderer.invoke('compliance:check', input),
    acknowledge: (input) => ipcRenderer.invoke('compliance:acknowledge', input),
    unacknowledge: (input) => ipcRenderer.invoke('compliance:unacknowledge', input),
    status: (input) => ipcRenderer.invoke('compliance:status', input),
    summaries: (input) => ipcRenderer.invoke('compliance:summaries', input),
    findings: (input) => ipcRenderer.invoke('compliance:findings', input),
    acknowledgements: (input) => ipcRenderer.invoke('compliance:acknowledgements', input),
    importDpf: (input) => ipcRenderer.invoke('compliance:importDpf', input),
    knowledgeBase: (input) => ipcRenderer.invoke('compliance:knowledgeBase', input),
    whatIf: (input) => ipcRenderer.invoke('compliance:whatIf', input),
    previewKbUpdate: (input) => ipcRenderer.invoke('compliance:previewKbUpdate', input),
    importKbUpdate: (input) => ipcRenderer.invoke('compliance:importKbUpdate', input),
    rollbackKb: (input) => ipcRenderer.invoke('compliance:rollbackKb', input),
  },
  search: {
    query: (input) => ipcRenderer.invoke('search:query', input),
  },
  settings: {
    get: (input) => ipcRenderer.invoke('settings:get', input),
    set: (input) => ipcRenderer.invoke('settings:set', input),
  },
  reports: {
    start: (input) => ipcRenderer.invoke('reports:start', input),
    status: (input) => ipcRenderer.invoke('reports:status', input),
    importXlsx: (input) => ipcRenderer.invoke('reports:importXlsx', input),
    importCsv: (input) => ipcRenderer.invoke('reports:importCsv', input),
  },
  files: {
    saveReport: (input) => ipcRenderer.invoke('files:saveReport', input),
    openPath: (input) => ipcRenderer.invoke('files:openPath', input),
  },
} satisfies RopaApi;

contextBridge.exposeInMainWorld('api', api);
