/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** the kind of change an audit entry records */
export type AuditAction =
  | 'BRAND_REGISTERED'
  | 'BUSINESS_REGISTERED'
  | 'CALENDAR_DAY_SET'
  | 'CHANNEL_REGISTERED'
  | 'COMPLIANCE_TARGET_SET'
  | 'DOCUMENT_CREATED'
  | 'DOCUMENT_RETIRED'
  | 'EXCEPTION_ANSWERED'
  | 'EXCEPTION_ASSIGNED'
  | 'EXCEPTION_ESCALATED'
  | 'EXCEPTION_JOINED'
  | 'EXCEPTION_MERGED'
  | 'EXCEPTION_RAISED'
  | 'EXCEPTION_REJECTED'
  | 'EXCEPTION_RESOLVED'
  | 'INSPECTION_RECORDED'
  | 'POST_ASSIGNED'
  | 'POST_REGISTERED'
  | 'POST_RETIRED'
  | 'POST_UNASSIGNED'
  | 'POST_UPDATED'
  | 'SEARCH_PREFERENCE_REMOVED'
  | 'SLA_POLICY_SET'
  | 'TOKEN_ISSUED'
  | 'TOKEN_REVOKED'
  | 'USER_CREATED'
  | 'USER_DEACTIVATED'
  | 'USER_UPDATED'
  | 'VERSION_CREATED'
  | 'VERSION_DERIVED'
  | 'VERSION_FLAGGED'
  | 'VERSION_PUBLISHED'
  | 'VERSION_REJECTED'
  | 'VERSION_RETIRED'
  | 'VERSION_SUBMITTED'
  | 'VERSION_SUPERSEDED'
  | 'VERSION_UPDATED'
  | 'VERSION_VERIFIED'
  | 'WEBHOOK_ENDPOINT_CREATED'
  | 'WEBHOOK_ENDPOINT_DISABLED'
  | 'WEBHOOK_REDELIVERED'
  | 'WEBHOOK_SECRET_ROTATED';

export type ChunkKind =
  | 'ADDED'
  | 'EQUAL'
  | 'REMOVED';

export type CreateChapterDraftInput = {
  /** the version to start from; the latest when omitted */
  basedOnVersionId?: string | number | null | undefined;
  changeNote: string;
  chapterId: string | number;
};

export type CreateFlowDraftInput = {
  /** the version to start from; the latest when omitted */
  basedOnVersionId?: string | number | null | undefined;
  changeNote: string;
  flowId: string | number;
};

export type CreateScriptDraftInput = {
  /** the version to start from; the latest when omitted */
  basedOnVersionId?: string | number | null | undefined;
  changeNote: string;
  scriptId: string | number;
};

export type CreateStandardDraftInput = {
  /** the version to start from; the latest when omitted */
  basedOnVersionId?: string | number | null | undefined;
  changeNote: string;
  standardId: string | number;
};

export type DocumentKind =
  | 'CASE'
  | 'CHAPTER'
  | 'FLOW'
  | 'SCRIPT'
  | 'STANDARD';

/** chooses the SLA policy: deadlines and the escalation ladder */
export type ExceptionPriority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL';

export type ExceptionStatus =
  /** an initial answer, shown to agents at once as interim and not yet validated */
  | 'ANSWERED'
  /** the same question as another exception, which carries its demand on */
  | 'MERGED'
  /** raised; nobody has answered yet — agents see it as being answered */
  | 'OPEN'
  /** not a gap in the content, with the reason */
  | 'REJECTED'
  /** a published version now covers it */
  | 'RESOLVED';

/** why an agent flags a version in force */
export type FlagReason =
  | 'CONTRADICTS'
  | 'MISSING_STEP'
  | 'OUTDATED'
  | 'UNCLEAR'
  | 'WRONG';

export type FlagVersionInput = {
  comment: string;
  reason: FlagReason;
  /** the section (number or heading) or flow step key it is about */
  sectionKey?: string | null | undefined;
  versionId: string | number;
};

/** QUERY 查询 · BUSINESS_ACCEPTANCE 业务受理 · COMPLAINT 投诉 */
export type FlowClass =
  | 'BUSINESS_ACCEPTANCE'
  | 'COMPLAINT'
  | 'QUERY';

export type FlowEdgeInput = {
  from: string;
  /** the condition, on every edge leaving a DECISION */
  label?: string | null | undefined;
  to: string;
};

export type FlowGraphInput = {
  edges: Array<FlowEdgeInput>;
  nodes: Array<FlowNodeInput>;
};

export type FlowNodeInput = {
  key: string;
  label: string;
  /** the responsible post (STEP) */
  post?: string | null | undefined;
  /** the handling requirement (STEP) */
  requirement?: string | null | undefined;
  /** ISO-8601 duration, e.g. PT30M */
  timeLimit?: string | null | undefined;
  type: FlowNodeType;
};

/** START/END rounded, STEP rectangle, DECISION diamond */
export type FlowNodeType =
  | 'DECISION'
  | 'END'
  | 'START'
  | 'STEP';

/** VERIFICATION 核实 · FULFILMENT 服务实现 · KNOWLEDGE 知识 */
export type FlowType =
  | 'FULFILMENT'
  | 'KNOWLEDGE'
  | 'VERIFICATION';

export type GradeValueInput = {
  /** 钻 金 银 基础, 1A–5A, 1B–5B, or 全部 */
  grade: string;
  value: string;
};

export type JoinExceptionInput = {
  exceptionId: string | number;
  /** the joining agent’s own search, if any */
  queryId?: string | number | null | undefined;
};

export type PlaceholderInput = {
  description: string;
  /** written {name} in the text */
  name: string;
};

export type PlaceholderValueInput = {
  name: string;
  value: string;
};

export type PublishVersionInput = {
  /** when it takes effect; now when omitted; never in the past */
  effectiveFrom?: string | null | undefined;
  expectedRevision?: number | null | undefined;
  /** flows: take over touchpoints another flow serves (audited) instead of being refused */
  moveTouchpoints?: boolean | null | undefined;
  versionId: string | number;
};

export type RaiseExceptionInput = {
  context?: string | null | undefined;
  /** the customer’s grade (钻, 金, 银, 基础, 1A–5A, 1B–5B, 全部) */
  customerGrade?: string | null | undefined;
  /** NORMAL when omitted */
  priority?: ExceptionPriority | null | undefined;
  /** the search that found nothing useful (SearchResults.queryId): pre-fills what is left out */
  queryId?: string | number | null | undefined;
  /** the customer’s question; the search’s words when omitted */
  question?: string | null | undefined;
  /** where the call came in; the touchpoint the search’s filter names when omitted */
  touchpointCode?: string | null | undefined;
};

export type RecordSearchClickInput = {
  queryId: string | number;
  versionId: string | number;
};

export type RejectVersionInput = {
  expectedRevision?: number | null | undefined;
  reason: string;
  versionId: string | number;
};

export type Role =
  /** manages users and tokens; reads the audit trail */
  | 'ADMIN'
  /** answers calls; reads what is published */
  | 'AGENT'
  /** publishes, rejects and retires; reads the audit trail */
  | 'APPROVER'
  /** writes and submits drafts */
  | 'PROCESS_MANAGER';

/** the situation a standard script is for */
export type ScriptScenario =
  | 'APOLOGY'
  | 'ASK_REPEAT'
  | 'BACK_FROM_MUTE'
  | 'CALLBACK'
  | 'CANNOT_ANSWER_NOW'
  | 'CANNOT_HEAR'
  | 'CLOSING'
  | 'COMPLAINT_ACCEPT'
  | 'DIALECT'
  | 'GREETING'
  | 'HOLD_OVER_10S'
  | 'OTHER'
  | 'READ_BACK'
  | 'SILENT_CALLER'
  | 'TRANSFER'
  | 'VERIFY_IDENTITY';

export type SearchFilter = {
  /** brand letters */
  brands?: Array<string> | null | undefined;
  businessCodes?: Array<string> | null | undefined;
  /** channel letters */
  channels?: Array<string> | null | undefined;
  flowClasses?: Array<FlowClass> | null | undefined;
  kinds?: Array<DocumentKind> | null | undefined;
  /** e.g. [DRAFT, IN_REVIEW] for managers, approvers and admins; statuses the searcher may not see are left out; default: what is in force at asOf */
  statuses?: Array<VersionStatus> | null | undefined;
};

export type SectionChange =
  | 'ADDED'
  | 'MODIFIED'
  | 'REMOVED'
  | 'UNCHANGED';

export type SectionInput = {
  body: string;
  heading: string;
};

/** TIME_LIMIT 快捷 · FUNCTION 便捷 · CARE 关怀 */
export type StandardClass =
  | 'CARE'
  | 'FUNCTION'
  | 'TIME_LIMIT';

export type SubmitVersionInput = {
  expectedRevision: number;
  versionId: string | number;
};

export type SuggestionKind =
  /** a document or business code with its name */
  | 'CODE'
  /** the title of a document in force */
  | 'DOCUMENT'
  /** a query several agents searched with and found something */
  | 'QUERY'
  /** a word of the lexicon: what customers say, or the documents’ term for it */
  | 'TERM';

export type UpdateChapterDraftInput = {
  changeNote?: string | null | undefined;
  /** the revision you read; a stale one gets CONFLICT and nothing is written */
  expectedRevision: number;
  /** replaces all sections; numbered by position */
  sections?: Array<SectionInput> | null | undefined;
  title?: string | null | undefined;
  versionId: string | number;
};

export type UpdateFlowDraftInput = {
  changeNote?: string | null | undefined;
  /** the revision you read; a stale one gets CONFLICT and nothing is written */
  expectedRevision: number;
  flowClass?: FlowClass | null | undefined;
  graph?: FlowGraphInput | null | undefined;
  inputs?: Array<string> | null | undefined;
  name?: string | null | undefined;
  outputs?: Array<string> | null | undefined;
  /** touchpoint codes such as AAA1102 */
  touchpointCodes?: Array<string> | null | undefined;
  type?: FlowType | null | undefined;
  versionId: string | number;
};

export type UpdateScriptDraftInput = {
  /** business codes; all when empty */
  businessCodes?: Array<string> | null | undefined;
  changeNote?: string | null | undefined;
  /** channel letters; all when empty */
  channels?: Array<string> | null | undefined;
  /** the revision you read; a stale one gets CONFLICT and nothing is written */
  expectedRevision: number;
  name?: string | null | undefined;
  placeholders?: Array<PlaceholderInput> | null | undefined;
  scenario?: ScriptScenario | null | undefined;
  tags?: Array<string> | null | undefined;
  /** the words, with {placeholders} */
  text?: string | null | undefined;
  versionId: string | number;
};

export type UpdateStandardDraftInput = {
  /** business codes; all when empty */
  businessCodes?: Array<string> | null | undefined;
  changeNote?: string | null | undefined;
  /** channel letters; all when empty */
  channels?: Array<string> | null | undefined;
  commitment?: string | null | undefined;
  /** the revision you read; a stale one gets CONFLICT and nothing is written */
  expectedRevision: number;
  name?: string | null | undefined;
  standardClass?: StandardClass | null | undefined;
  /** the commitment per customer grade */
  values?: Array<GradeValueInput> | null | undefined;
  versionId: string | number;
};

/** narrows a report to what happened at some touchpoints, or to documents one person owns; every value must exist */
export type UsageFilter = {
  /** a brand letter, e.g. A 全球通 */
  brand?: string | null | undefined;
  /** a 4-digit business code, e.g. 1102 */
  businessCode?: string | null | undefined;
  /** a channel letter, e.g. A 人工座席 */
  channel?: string | null | undefined;
  /** the owner of the documents (flows, exceptions) counted */
  ownerId?: string | number | null | undefined;
  /** one touchpoint, e.g. AAA1102 */
  touchpointCode?: string | null | undefined;
};

/** where a version stands at an instant, derived from its status, its window and the clock */
export type VersionPhase =
  | 'DRAFT'
  | 'IN_FORCE'
  | 'IN_REVIEW'
  | 'RETIRED'
  | 'SCHEDULED'
  | 'SUPERSEDED';

/** the stored workflow state of a version */
export type VersionStatus =
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'PUBLISHED'
  | 'RETIRED';

export type SuggestQueryVariables = Exact<{
  prefix: string;
}>;


export type SuggestQuery = { suggest: Array<{ kind: SuggestionKind, text: string }> };

export type AgentSearchQueryVariables = Exact<{
  query: string;
  asOf?: string | null | undefined;
  filter?: SearchFilter | null | undefined;
}>;


export type AgentSearchQuery = { search: { queryId: string, totalCount: number, everyWord: boolean, edges: Array<{ node: { kind: DocumentKind, code: string | null, title: string, snippet: string, documentId: string, versionId: string, version:
          | { id: string, phase: VersionPhase, underReview: boolean }
          | { id: string, phase: VersionPhase, underReview: boolean }
          | { id: string, phase: VersionPhase, underReview: boolean, touchpoints: Array<{ code: string }> }
          | { channels: Array<string>, businessCodes: Array<string>, id: string, phase: VersionPhase, underReview: boolean }
          | { channels: Array<string>, businessCodes: Array<string>, id: string, phase: VersionPhase, underReview: boolean }
         } }>, exceptions: Array<{ id: string, question: string, status: ExceptionStatus, answer: string | null, answerIsInterim: boolean }> } };

export type RecordSearchClickMutationVariables = Exact<{
  input: RecordSearchClickInput;
}>;


export type RecordSearchClickMutation = { recordSearchClick: boolean };

export type AgentChapterQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type AgentChapterQuery = { chapter: { id: string, number: number, title: string, inForce: { id: string, title: string, versionNumber: number, effectiveFrom: string | null, phase: VersionPhase, underReview: boolean, sections: Array<{ number: number, heading: string, body: string }> } | null } | null };

export type AgentFlowQueryVariables = Exact<{
  code: string;
  asOf?: string | null | undefined;
  touchpointCode?: string | null | undefined;
}>;


export type AgentFlowQuery = { flow: { id: string, code: string, name: string, inForce: { id: string, title: string, versionNumber: number, effectiveFrom: string | null, phase: VersionPhase, underReview: boolean, touchpoints: Array<{ code: string }>, graph: { nodes: Array<{ key: string, type: FlowNodeType, label: string, post: string | null, requirement: string | null, timeLimit: string | null }> } } | null } | null };

export type SimilarOpenExceptionsQueryVariables = Exact<{
  question: string;
  touchpointCode?: string | null | undefined;
}>;


export type SimilarOpenExceptionsQuery = { similarOpenExceptions: Array<{ id: string, question: string, status: ExceptionStatus, answer: string | null, answerIsInterim: boolean, demand: number }> };

export type RaiseExceptionMutationVariables = Exact<{
  input: RaiseExceptionInput;
}>;


export type RaiseExceptionMutation = { raiseException: { exception: { id: string, question: string, status: ExceptionStatus, answerDueAt: string } } };

export type JoinExceptionMutationVariables = Exact<{
  input: JoinExceptionInput;
}>;


export type JoinExceptionMutation = { joinException: { exception: { id: string, demand: number } } };

export type AgentScriptQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
  touchpointCode?: string | null | undefined;
}>;


export type AgentScriptQuery = { script: { id: string, code: string, name: string, inForce: { id: string, title: string, versionNumber: number, effectiveFrom: string | null, phase: VersionPhase, underReview: boolean, text: string, placeholders: Array<{ name: string, description: string }> } | null } | null };

export type RenderScriptQueryVariables = Exact<{
  id: string | number;
  values: Array<PlaceholderValueInput> | PlaceholderValueInput;
  asOf?: string | null | undefined;
  touchpointCode?: string | null | undefined;
}>;


export type RenderScriptQuery = { renderScript: { text: string } };

export type AgentStandardQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
  touchpointCode?: string | null | undefined;
}>;


export type AgentStandardQuery = { standard: { id: string, code: string, name: string, inForce: { id: string, title: string, versionNumber: number, effectiveFrom: string | null, phase: VersionPhase, underReview: boolean, commitment: string, values: Array<{ grade: string, value: string }> } | null } | null };

export type FlagVersionMutationVariables = Exact<{
  input: FlagVersionInput;
}>;


export type FlagVersionMutation = { flagVersion: { exception: { id: string, status: ExceptionStatus } } };

export type DocumentAuditTrailQueryVariables = Exact<{
  documentId: string | number;
}>;


export type DocumentAuditTrailQuery = { auditTrail: { totalCount: number, edges: Array<{ node: { id: string, at: string, action: AuditAction, reason: string | null, entityType: string, actor: { name: string } | null } }> } };

export type DiffVersionsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type DiffVersionsQuery = { diffVersions: { changed: boolean, titleChanges: Array<{ kind: ChunkKind, text: string }>, sections: Array<{ change: SectionChange, heading: string, fromNumber: number | null, toNumber: number | null, headingChanges: Array<{ kind: ChunkKind, text: string }>, bodyChanges: Array<{ kind: ChunkKind, text: string }> }> } };

export type ManagedDocumentsQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type ManagedDocumentsQuery = { handbook: { chapters: Array<{ id: string, number: number, title: string, versions: { edges: Array<{ node:
            | { id: string, kind: DocumentKind, versionNumber: number, status: VersionStatus, phase: VersionPhase, underReview: boolean, title: string }
            | { id: string, kind: DocumentKind, versionNumber: number, status: VersionStatus, phase: VersionPhase, underReview: boolean, title: string }
            | { id: string, kind: DocumentKind, versionNumber: number, status: VersionStatus, phase: VersionPhase, underReview: boolean, title: string }
            | { id: string, kind: DocumentKind, versionNumber: number, status: VersionStatus, phase: VersionPhase, underReview: boolean, title: string }
            | { id: string, kind: DocumentKind, versionNumber: number, status: VersionStatus, phase: VersionPhase, underReview: boolean, title: string }
           }> } }> }, flows: { edges: Array<{ node: { id: string, code: string, name: string, versions: { edges: Array<{ node:
              | { id: string, kind: DocumentKind, versionNumber: number, status: VersionStatus, phase: VersionPhase, underReview: boolean, title: string }
              | { id: string, kind: DocumentKind, versionNumber: number, status: VersionStatus, phase: VersionPhase, underReview: boolean, title: string }
              | { id: string, kind: DocumentKind, versionNumber: number, status: VersionStatus, phase: VersionPhase, underReview: boolean, title: string }
              | { id: string, kind: DocumentKind, versionNumber: number, status: VersionStatus, phase: VersionPhase, underReview: boolean, title: string }
              | { id: string, kind: DocumentKind, versionNumber: number, status: VersionStatus, phase: VersionPhase, underReview: boolean, title: string }
             }> } } }> }, scripts: { edges: Array<{ node: { id: string, code: string, name: string, versions: { edges: Array<{ node:
              | { id: string, kind: DocumentKind, versionNumber: number, status: VersionStatus, phase: VersionPhase, underReview: boolean, title: string }
              | { id: string, kind: DocumentKind, versionNumber: number, status: VersionStatus, phase: VersionPhase, underReview: boolean, title: string }
              | { id: string, kind: DocumentKind, versionNumber: number, status: VersionStatus, phase: VersionPhase, underReview: boolean, title: string }
              | { id: string, kind: DocumentKind, versionNumber: number, status: VersionStatus, phase: VersionPhase, underReview: boolean, title: string }
              | { id: string, kind: DocumentKind, versionNumber: number, status: VersionStatus, phase: VersionPhase, underReview: boolean, title: string }
             }> } } }> }, standards: { edges: Array<{ node: { id: string, code: string, name: string, versions: { edges: Array<{ node:
              | { id: string, kind: DocumentKind, versionNumber: number, status: VersionStatus, phase: VersionPhase, underReview: boolean, title: string }
              | { id: string, kind: DocumentKind, versionNumber: number, status: VersionStatus, phase: VersionPhase, underReview: boolean, title: string }
              | { id: string, kind: DocumentKind, versionNumber: number, status: VersionStatus, phase: VersionPhase, underReview: boolean, title: string }
              | { id: string, kind: DocumentKind, versionNumber: number, status: VersionStatus, phase: VersionPhase, underReview: boolean, title: string }
              | { id: string, kind: DocumentKind, versionNumber: number, status: VersionStatus, phase: VersionPhase, underReview: boolean, title: string }
             }> } } }> } };

export type VersionRowsFragment = { edges: Array<{ node:
      | { id: string, kind: DocumentKind, versionNumber: number, status: VersionStatus, phase: VersionPhase, underReview: boolean, title: string }
      | { id: string, kind: DocumentKind, versionNumber: number, status: VersionStatus, phase: VersionPhase, underReview: boolean, title: string }
      | { id: string, kind: DocumentKind, versionNumber: number, status: VersionStatus, phase: VersionPhase, underReview: boolean, title: string }
      | { id: string, kind: DocumentKind, versionNumber: number, status: VersionStatus, phase: VersionPhase, underReview: boolean, title: string }
      | { id: string, kind: DocumentKind, versionNumber: number, status: VersionStatus, phase: VersionPhase, underReview: boolean, title: string }
     }> };

export type UpdateChapterDraftMutationVariables = Exact<{
  input: UpdateChapterDraftInput;
}>;


export type UpdateChapterDraftMutation = { updateChapterDraft: { version:
      | { id: string, revision: number }
      | { id: string, revision: number }
      | { id: string, revision: number }
      | { id: string, revision: number }
      | { id: string, revision: number }
     } };

export type UpdateScriptDraftMutationVariables = Exact<{
  input: UpdateScriptDraftInput;
}>;


export type UpdateScriptDraftMutation = { updateScriptDraft: { version:
      | { id: string, revision: number }
      | { id: string, revision: number }
      | { id: string, revision: number }
      | { id: string, revision: number }
      | { id: string, revision: number }
     } };

export type UpdateStandardDraftMutationVariables = Exact<{
  input: UpdateStandardDraftInput;
}>;


export type UpdateStandardDraftMutation = { updateStandardDraft: { version:
      | { id: string, revision: number }
      | { id: string, revision: number }
      | { id: string, revision: number }
      | { id: string, revision: number }
      | { id: string, revision: number }
     } };

export type UpdateFlowDraftMutationVariables = Exact<{
  input: UpdateFlowDraftInput;
}>;


export type UpdateFlowDraftMutation = { updateFlowDraft: { version:
      | { id: string, revision: number }
      | { id: string, revision: number }
      | { id: string, revision: number }
      | { id: string, revision: number }
      | { id: string, revision: number }
     } };

export type ExceptionQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ExceptionQueueQuery = { exceptions: { totalCount: number, edges: Array<{ node: { id: string, question: string, status: ExceptionStatus, priority: ExceptionPriority, demand: number, dueAt: string | null, minutesLeft: number | null, overdue: boolean, escalationLevel: number, answer: string | null, answerIsInterim: boolean, raisedAt: string, owner: { name: string }, touchpoint: { code: string } | null } }> } };

export type SubmitVersionMutationVariables = Exact<{
  input: SubmitVersionInput;
}>;


export type SubmitVersionMutation = { submitVersion: { version:
      | { id: string, status: VersionStatus, revision: number }
      | { id: string, status: VersionStatus, revision: number }
      | { id: string, status: VersionStatus, revision: number }
      | { id: string, status: VersionStatus, revision: number }
      | { id: string, status: VersionStatus, revision: number }
     } };

export type PublishVersionMutationVariables = Exact<{
  input: PublishVersionInput;
}>;


export type PublishVersionMutation = { publishVersion: { version:
      | { id: string, status: VersionStatus, effectiveFrom: string | null, revision: number }
      | { id: string, status: VersionStatus, effectiveFrom: string | null, revision: number }
      | { id: string, status: VersionStatus, effectiveFrom: string | null, revision: number }
      | { id: string, status: VersionStatus, effectiveFrom: string | null, revision: number }
      | { id: string, status: VersionStatus, effectiveFrom: string | null, revision: number }
     } };

export type RejectVersionMutationVariables = Exact<{
  input: RejectVersionInput;
}>;


export type RejectVersionMutation = { rejectVersion: { version:
      | { id: string, status: VersionStatus, revision: number }
      | { id: string, status: VersionStatus, revision: number }
      | { id: string, status: VersionStatus, revision: number }
      | { id: string, status: VersionStatus, revision: number }
      | { id: string, status: VersionStatus, revision: number }
     } };

export type CreateChapterDraftMutationVariables = Exact<{
  input: CreateChapterDraftInput;
}>;


export type CreateChapterDraftMutation = { createChapterDraft: { version:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     } };

export type CreateFlowDraftMutationVariables = Exact<{
  input: CreateFlowDraftInput;
}>;


export type CreateFlowDraftMutation = { createFlowDraft: { version:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     } };

export type CreateScriptDraftMutationVariables = Exact<{
  input: CreateScriptDraftInput;
}>;


export type CreateScriptDraftMutation = { createScriptDraft: { version:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     } };

export type CreateStandardDraftMutationVariables = Exact<{
  input: CreateStandardDraftInput;
}>;


export type CreateStandardDraftMutation = { createStandardDraft: { version:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     } };

export type DocumentVersionListQueryVariables = Exact<{
  id: string | number;
  chapter: boolean;
  script: boolean;
  standard: boolean;
  flow: boolean;
}>;


export type DocumentVersionListQuery = { chapter?: { versions: { edges: Array<{ node:
          | { id: string, versionNumber: number, phase: VersionPhase, status: VersionStatus }
          | { id: string, versionNumber: number, phase: VersionPhase, status: VersionStatus }
          | { id: string, versionNumber: number, phase: VersionPhase, status: VersionStatus }
          | { id: string, versionNumber: number, phase: VersionPhase, status: VersionStatus }
          | { id: string, versionNumber: number, phase: VersionPhase, status: VersionStatus }
         }> } } | null, script?: { versions: { edges: Array<{ node:
          | { id: string, versionNumber: number, phase: VersionPhase, status: VersionStatus }
          | { id: string, versionNumber: number, phase: VersionPhase, status: VersionStatus }
          | { id: string, versionNumber: number, phase: VersionPhase, status: VersionStatus }
          | { id: string, versionNumber: number, phase: VersionPhase, status: VersionStatus }
          | { id: string, versionNumber: number, phase: VersionPhase, status: VersionStatus }
         }> } } | null, standard?: { versions: { edges: Array<{ node:
          | { id: string, versionNumber: number, phase: VersionPhase, status: VersionStatus }
          | { id: string, versionNumber: number, phase: VersionPhase, status: VersionStatus }
          | { id: string, versionNumber: number, phase: VersionPhase, status: VersionStatus }
          | { id: string, versionNumber: number, phase: VersionPhase, status: VersionStatus }
          | { id: string, versionNumber: number, phase: VersionPhase, status: VersionStatus }
         }> } } | null, flows?: { edges: Array<{ node: { id: string, versions: { edges: Array<{ node:
              | { id: string, versionNumber: number, phase: VersionPhase, status: VersionStatus }
              | { id: string, versionNumber: number, phase: VersionPhase, status: VersionStatus }
              | { id: string, versionNumber: number, phase: VersionPhase, status: VersionStatus }
              | { id: string, versionNumber: number, phase: VersionPhase, status: VersionStatus }
              | { id: string, versionNumber: number, phase: VersionPhase, status: VersionStatus }
             }> } } }> } };

export type VersionChoicesFragment = { edges: Array<{ node:
      | { id: string, versionNumber: number, phase: VersionPhase, status: VersionStatus }
      | { id: string, versionNumber: number, phase: VersionPhase, status: VersionStatus }
      | { id: string, versionNumber: number, phase: VersionPhase, status: VersionStatus }
      | { id: string, versionNumber: number, phase: VersionPhase, status: VersionStatus }
      | { id: string, versionNumber: number, phase: VersionPhase, status: VersionStatus }
     }> };

export type ManagedVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type ManagedVersionQuery = { documentVersion:
    | { __typename: 'CaseVersion', id: string, documentId: string, kind: DocumentKind, title: string, versionNumber: number, status: VersionStatus, phase: VersionPhase, revision: number, changeNote: string, effectiveFrom: string | null, effectiveTo: string | null, underReview: boolean, basedOnVersionId: string | null, updatedAt: string, author: { id: string, name: string }, approvedBy: { name: string } | null }
    | { __typename: 'ChapterVersion', id: string, documentId: string, kind: DocumentKind, title: string, versionNumber: number, status: VersionStatus, phase: VersionPhase, revision: number, changeNote: string, effectiveFrom: string | null, effectiveTo: string | null, underReview: boolean, basedOnVersionId: string | null, updatedAt: string, sections: Array<{ number: number, heading: string, body: string }>, author: { id: string, name: string }, approvedBy: { name: string } | null }
    | { __typename: 'FlowVersion', id: string, documentId: string, kind: DocumentKind, title: string, versionNumber: number, status: VersionStatus, phase: VersionPhase, revision: number, changeNote: string, effectiveFrom: string | null, effectiveTo: string | null, underReview: boolean, basedOnVersionId: string | null, updatedAt: string, touchpoints: Array<{ code: string }>, graph: { nodes: Array<{ key: string, type: FlowNodeType, label: string, post: string | null, timeLimit: string | null }> }, author: { id: string, name: string }, approvedBy: { name: string } | null }
    | { __typename: 'ScriptVersion', text: string, id: string, documentId: string, kind: DocumentKind, title: string, versionNumber: number, status: VersionStatus, phase: VersionPhase, revision: number, changeNote: string, effectiveFrom: string | null, effectiveTo: string | null, underReview: boolean, basedOnVersionId: string | null, updatedAt: string, placeholders: Array<{ name: string, description: string }>, author: { id: string, name: string }, approvedBy: { name: string } | null }
    | { __typename: 'StandardVersion', commitment: string, id: string, documentId: string, kind: DocumentKind, title: string, versionNumber: number, status: VersionStatus, phase: VersionPhase, revision: number, changeNote: string, effectiveFrom: string | null, effectiveTo: string | null, underReview: boolean, basedOnVersionId: string | null, updatedAt: string, values: Array<{ grade: string, value: string }>, author: { id: string, name: string }, approvedBy: { name: string } | null }
   | null };

export type ReportsQueryVariables = Exact<{
  from: string;
  to: string;
  filter?: UsageFilter | null | undefined;
  asOf?: string | null | undefined;
}>;


export type ReportsQuery = { flowUsage: Array<{ flowId: string, code: string, title: string, touchpointCode: string | null, opens: number, agents: number, renders: number, searches: number, executionRate: number | null, neverOpened: boolean }>, searchAnalytics: { searches: number, zeroHitRate: number | null, noClickRate: number | null, selectThroughRate: number | null, averageClickedRank: number | null, topQueries: Array<{ query: string, searches: number, zeroHits: number, clickedSearches: number }> }, knowledgeGaps: Array<{ query: string, searches: number, zeroHits: number, lastSearchedAt: string, touchpoints: Array<string>, exception: { id: string, status: ExceptionStatus } | null }>, exceptionSla: { raised: number, answeredOnTimeRate: number | null, resolvedOnTimeRate: number | null, medianMinutesToAnswer: number | null, medianMinutesToResolve: number | null, openOverdue: number, byPriority: Array<{ group: string, raised: number, answeredOnTimeRate: number | null, resolvedOnTimeRate: number | null, openOverdue: number }> }, contentHealth: { reviewOverdue: number, reviewDueSoon: number, flaggedDocuments: number, neverOpened: number, byPhase: Array<{ kind: string, phase: string, documents: number }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, name: string, role: Role } | null };

export type TouchpointAxesQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type TouchpointAxesQuery = { touchpointMap: { channels: Array<{ code: string, name: string }>, brands: Array<{ code: string, name: string }>, rows: Array<{ business: { code: string, name: string }, cells: Array<{ channel: { code: string }, entries: Array<{ brand: { code: string }, touchpoint: { code: string } }> }> }> } };

export const VersionRowsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionRows"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentVersionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"underReview"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<VersionRowsFragment, unknown>;
export const VersionChoicesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionChoices"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentVersionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<VersionChoicesFragment, unknown>;
export const SuggestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Suggest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<SuggestQuery, SuggestQueryVariables>;
export const AgentSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgentSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queryId"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"everyWord"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}},{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"versionId"}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"underReview"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FlowVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"touchpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScriptVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"businessCodes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StandardVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"businessCodes"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answerIsInterim"}}]}}]}}]}}]} as unknown as DocumentNode<AgentSearchQuery, AgentSearchQueryVariables>;
export const RecordSearchClickDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSearchClick"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSearchClickInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSearchClick"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RecordSearchClickMutation, RecordSearchClickMutationVariables>;
export const AgentChapterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgentChapter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chapter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"phase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"underReview"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgentChapterQuery, AgentChapterQueryVariables>;
export const AgentFlowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgentFlow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"touchpointCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"touchpointCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"touchpointCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"phase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"underReview"}},{"kind":"Field","name":{"kind":"Name","value":"touchpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"graph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimit"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgentFlowQuery, AgentFlowQueryVariables>;
export const SimilarOpenExceptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimilarOpenExceptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"question"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"touchpointCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"similarOpenExceptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"question"},"value":{"kind":"Variable","name":{"kind":"Name","value":"question"}}},{"kind":"Argument","name":{"kind":"Name","value":"touchpointCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"touchpointCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answerIsInterim"}},{"kind":"Field","name":{"kind":"Name","value":"demand"}}]}}]}}]} as unknown as DocumentNode<SimilarOpenExceptionsQuery, SimilarOpenExceptionsQueryVariables>;
export const RaiseExceptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaiseException"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseExceptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseException"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exception"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}}]}}]}}]}}]} as unknown as DocumentNode<RaiseExceptionMutation, RaiseExceptionMutationVariables>;
export const JoinExceptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinException"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JoinExceptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinException"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exception"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"demand"}}]}}]}}]}}]} as unknown as DocumentNode<JoinExceptionMutation, JoinExceptionMutationVariables>;
export const AgentScriptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgentScript"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"touchpointCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"script"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"touchpointCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"touchpointCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"phase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"underReview"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"placeholders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgentScriptQuery, AgentScriptQueryVariables>;
export const RenderScriptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RenderScript"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"values"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceholderValueInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"touchpointCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renderScript"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"values"},"value":{"kind":"Variable","name":{"kind":"Name","value":"values"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"touchpointCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"touchpointCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<RenderScriptQuery, RenderScriptQueryVariables>;
export const AgentStandardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgentStandard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"touchpointCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"touchpointCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"touchpointCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"phase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"underReview"}},{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgentStandardQuery, AgentStandardQueryVariables>;
export const FlagVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FlagVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FlagVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flagVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exception"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<FlagVersionMutation, FlagVersionMutationVariables>;
export const DocumentAuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentAuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"documentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DocumentAuditTrailQuery, DocumentAuditTrailQueryVariables>;
export const DiffVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiffVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diffVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromVersionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"toVersionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"titleChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"fromNumber"}},{"kind":"Field","name":{"kind":"Name","value":"toNumber"}},{"kind":"Field","name":{"kind":"Name","value":"headingChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bodyChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DiffVersionsQuery, DiffVersionsQueryVariables>;
export const ManagedDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagedDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handbook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chapters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionRows"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"flows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionRows"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scripts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionRows"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"standards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionRows"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionRows"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentVersionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"underReview"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<ManagedDocumentsQuery, ManagedDocumentsQueryVariables>;
export const UpdateChapterDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateChapterDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateChapterDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateChapterDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateChapterDraftMutation, UpdateChapterDraftMutationVariables>;
export const UpdateScriptDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateScriptDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateScriptDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateScriptDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateScriptDraftMutation, UpdateScriptDraftMutationVariables>;
export const UpdateStandardDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateStandardDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStandardDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStandardDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateStandardDraftMutation, UpdateStandardDraftMutationVariables>;
export const UpdateFlowDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFlowDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFlowDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFlowDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateFlowDraftMutation, UpdateFlowDraftMutationVariables>;
export const ExceptionQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExceptionQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"},{"kind":"EnumValue","value":"ANSWERED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"demand"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answerIsInterim"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"touchpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExceptionQueueQuery, ExceptionQueueQueryVariables>;
export const SubmitVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitVersionMutation, SubmitVersionMutationVariables>;
export const PublishVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]} as unknown as DocumentNode<PublishVersionMutation, PublishVersionMutationVariables>;
export const RejectVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]} as unknown as DocumentNode<RejectVersionMutation, RejectVersionMutationVariables>;
export const CreateChapterDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateChapterDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateChapterDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createChapterDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateChapterDraftMutation, CreateChapterDraftMutationVariables>;
export const CreateFlowDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFlowDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFlowDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFlowDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateFlowDraftMutation, CreateFlowDraftMutationVariables>;
export const CreateScriptDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateScriptDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateScriptDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createScriptDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateScriptDraftMutation, CreateScriptDraftMutationVariables>;
export const CreateStandardDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStandardDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStandardDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStandardDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateStandardDraftMutation, CreateStandardDraftMutationVariables>;
export const DocumentVersionListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentVersionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chapter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"script"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"standard"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"flow"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chapter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chapter"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionChoices"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"script"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"script"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionChoices"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"standard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"standard"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionChoices"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"flows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"flow"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionChoices"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionChoices"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentVersionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<DocumentVersionListQuery, DocumentVersionListQueryVariables>;
export const ManagedVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagedVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"underReview"}},{"kind":"Field","name":{"kind":"Name","value":"basedOnVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChapterVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScriptVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"placeholders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StandardVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FlowVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"touchpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"graph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimit"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ManagedVersionQuery, ManagedVersionQueryVariables>;
export const ReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Reports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UsageFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"touchpointCode"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"agents"}},{"kind":"Field","name":{"kind":"Name","value":"renders"}},{"kind":"Field","name":{"kind":"Name","value":"searches"}},{"kind":"Field","name":{"kind":"Name","value":"executionRate"}},{"kind":"Field","name":{"kind":"Name","value":"neverOpened"}}]}},{"kind":"Field","name":{"kind":"Name","value":"searchAnalytics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"top"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searches"}},{"kind":"Field","name":{"kind":"Name","value":"zeroHitRate"}},{"kind":"Field","name":{"kind":"Name","value":"noClickRate"}},{"kind":"Field","name":{"kind":"Name","value":"selectThroughRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageClickedRank"}},{"kind":"Field","name":{"kind":"Name","value":"topQueries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"searches"}},{"kind":"Field","name":{"kind":"Name","value":"zeroHits"}},{"kind":"Field","name":{"kind":"Name","value":"clickedSearches"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"knowledgeGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"searches"}},{"kind":"Field","name":{"kind":"Name","value":"zeroHits"}},{"kind":"Field","name":{"kind":"Name","value":"lastSearchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"touchpoints"}},{"kind":"Field","name":{"kind":"Name","value":"exception"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptionSla"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raised"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOnTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOnTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"medianMinutesToAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"medianMinutesToResolve"}},{"kind":"Field","name":{"kind":"Name","value":"openOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"byPriority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"raised"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOnTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOnTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"openOverdue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contentHealth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byPhase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"documents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"neverOpened"}}]}}]}}]} as unknown as DocumentNode<ReportsQuery, ReportsQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const TouchpointAxesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TouchpointAxes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"touchpointMap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"brands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"business"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"touchpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TouchpointAxesQuery, TouchpointAxesQueryVariables>;