import { codedDocumentService } from '../versioning/coded-documents.js';
import './flow.kind.js';

export const flowService = codedDocumentService('FLOW', {
  code: /^[A-Z]{2,4}-[A-Z0-9][A-Z0-9-]{0,34}$/,
  codeRule: 'must be a class prefix of 2–4 capitals, a hyphen, then capitals, digits or hyphens (e.g. QRY-BALANCE)',
  contentKeys: ['type', 'flowClass', 'graph', 'inputs', 'outputs', 'touchpointCodes'],
});
