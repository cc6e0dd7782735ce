import { codedDocumentService } from '../versioning/coded-documents.js';
import './script.kind.js';

export const scriptService = codedDocumentService('SCRIPT', {
  code: /^[a-z0-9][a-z0-9-]{1,39}$/,
  codeRule: 'must be 2–40 lowercase letters, digits or hyphens (e.g. greeting-standard)',
  contentKeys: ['scenario', 'text', 'placeholders', 'tags', 'channels', 'businessCodes'],
});
