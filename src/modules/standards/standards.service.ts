import { codedDocumentService } from '../versioning/coded-documents.js';
import './standard.kind.js';

export const standardService = codedDocumentService('STANDARD', {
  code: /^[a-z0-9][a-z0-9-]{1,39}$/,
  codeRule: 'must be 2–40 lowercase letters, digits or hyphens (e.g. repair-callback)',
  contentKeys: ['standardClass', 'commitment', 'values', 'channels', 'businessCodes'],
});
