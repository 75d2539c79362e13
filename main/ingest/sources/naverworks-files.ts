/**
 * NAVER WORKS Audit › Files (API `service=file-download`): downloads and views of files in every
 * service, logged only once *Security › File Security › File logs* is set to *Use*, kept 31 days
 * (reference §1.2). The log has no task or status column: the action is a fixed `file access`
 * (the page does not say which rows are downloads and which views), the status stays unknown.
 * Service (where the file was) → module; File name → target.
 */
import { defineNwSource } from './naverworks-common';

/** The services whose files are logged [C]. */
export const FILES_SERVICES = [
  'Board (Note)', 'Message', 'Mail', 'Contacts', 'Drive (Folder)', 'Task', 'Calendar', 'Form', 'Template', 'Bot API', 'Business Support',
] as const;

/** Service Type values of the Files page [C] (the mobile page writes `API` for Open API). */
export const FILES_SERVICE_TYPES = ['PC Web', 'PC App', 'Mobile App', 'Open API', 'API', 'Explorer', 'Others'] as const;

export const naverworksFiles = defineNwSource({
  id: 'naverworks.files',
  category: 'Files',
  keys: ['fileName', 'service', 'user', 'date', 'serviceType'],
  required: ['fileName', 'user', 'date'],
  actorKey: 'user',
  actorKind: 'member',
  keyColumns: ['fileName'],
  fill(ev, get) {
    ev.action = 'file access';
    ev.target = get('fileName');
    ev.module = get('service');
    ev.serviceType = get('serviceType');
  },
});
