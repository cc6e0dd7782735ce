/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** the initial (interim) answer to an exception */
export type AnswerExceptionInput = {
  /** the answer agents see at once as interim, 1 to 5000 characters */
  answer: string;
  /** an OPEN or ANSWERED exception */
  exceptionId: string | number;
  /** the revision you read; if it moved on the answer is refused with CONFLICT; null: no check */
  expectedRevision?: number | null | undefined;
};

/** the kind of change an audit entry records */
export type AuditAction =
  /** a brand was added to the touchpoint map */
  | 'BRAND_REGISTERED'
  /** a business (业务) was added to the touchpoint map with its touchpoints */
  | 'BUSINESS_REGISTERED'
  /** a day of the work calendar was set as working or not */
  | 'CALENDAR_DAY_SET'
  /** a channel was added to the touchpoint map */
  | 'CHANNEL_REGISTERED'
  /** the compliance-rate target (流程规范率) flowCompliance measures against was set */
  | 'COMPLIANCE_TARGET_SET'
  /** a document was created with its first draft */
  | 'DOCUMENT_CREATED'
  /** a document’s only version was discarded: it leaves every list, and its code is free for a new document (a chapter keeps its number) */
  | 'DOCUMENT_DISCARDED'
  /** a document was retired: nothing of it is in force from then on */
  | 'DOCUMENT_RETIRED'
  /** a knowledge exception got its initial answer */
  | 'EXCEPTION_ANSWERED'
  /** a knowledge exception was given to an owner */
  | 'EXCEPTION_ASSIGNED'
  /** a knowledge exception reached the next escalation level of its SLA */
  | 'EXCEPTION_ESCALATED'
  /** another agent joined an open knowledge exception with the same question */
  | 'EXCEPTION_JOINED'
  /** a knowledge exception was closed as a duplicate of another */
  | 'EXCEPTION_MERGED'
  /** a knowledge exception was raised */
  | 'EXCEPTION_RAISED'
  /** a knowledge exception was closed as rejected, with a reason */
  | 'EXCEPTION_REJECTED'
  /** a knowledge exception was resolved */
  | 'EXCEPTION_RESOLVED'
  /** a quality inspection of a call was recorded */
  | 'INSPECTION_RECORDED'
  /** a user was made a holder of a centre post */
  | 'POST_ASSIGNED'
  /** a centre post was registered, or a retired one reinstated */
  | 'POST_REGISTERED'
  /** a centre post was retired */
  | 'POST_RETIRED'
  /** a user stopped holding a centre post */
  | 'POST_UNASSIGNED'
  /** a centre post’s description changed */
  | 'POST_UPDATED'
  /** a learned search preference (query → document) was removed */
  | 'SEARCH_PREFERENCE_REMOVED'
  /** the SLA policy of an exception priority was set */
  | 'SLA_POLICY_SET'
  /** an API token was issued to a user */
  | 'TOKEN_ISSUED'
  /** an API token was revoked */
  | 'TOKEN_REVOKED'
  /** a user was created */
  | 'USER_CREATED'
  /** a user was deactivated */
  | 'USER_DEACTIVATED'
  /** a user’s post, supervisor or fallback changed */
  | 'USER_UPDATED'
  /** a draft version was created */
  | 'VERSION_CREATED'
  /** a version was published from another without review, for a change another document forced (a touchpoint moved to another flow) */
  | 'VERSION_DERIVED'
  /** a draft was thrown away (discardDraft); it keeps its number and no read shows it */
  | 'VERSION_DISCARDED'
  /** a published version was flagged as wrong or out of date */
  | 'VERSION_FLAGGED'
  /** a version was approved and published */
  | 'VERSION_PUBLISHED'
  /** a submitted version was rejected, back to its author */
  | 'VERSION_REJECTED'
  /** the window of the version before a withdrawn one was opened again (its effectiveTo restored) */
  | 'VERSION_REOPENED'
  /** the last published version was closed when its document was retired */
  | 'VERSION_RETIRED'
  /** a draft was submitted for approval */
  | 'VERSION_SUBMITTED'
  /** a published version’s window was closed because a newer one takes over */
  | 'VERSION_SUPERSEDED'
  /** a draft was edited */
  | 'VERSION_UPDATED'
  /** a published version was checked and confirmed still correct */
  | 'VERSION_VERIFIED'
  /** a published version was taken back before it took effect (withdrawScheduledVersion): a draft again, or DISCARDED when it was published for the withdrawn one (touchpoints moved) */
  | 'VERSION_WITHDRAWN'
  /** a webhook endpoint was registered */
  | 'WEBHOOK_ENDPOINT_CREATED'
  /** a webhook endpoint was disabled */
  | 'WEBHOOK_ENDPOINT_DISABLED'
  /** a webhook delivery was sent again on request */
  | 'WEBHOOK_REDELIVERED'
  /** a webhook endpoint’s signing secret was replaced */
  | 'WEBHOOK_SECRET_ROTATED';

/** the type of thing an audit entry is about; entityId is its id */
export type AuditedEntity =
  /** an API token (ApiToken.id) */
  | 'ApiToken'
  /** a brand of the service map (its letter) */
  | 'Brand'
  /** a business of the service map (its 4-digit code) */
  | 'Business'
  /** a day of the work calendar (its date) */
  | 'CalendarDay'
  /** a post of the centre (CentrePost.id) */
  | 'CentrePost'
  /** a channel of the service map (its letter) */
  | 'Channel'
  /** a document of any kind (its id) */
  | 'Document'
  /** a version of a document (DocumentVersion.id) */
  | 'DocumentVersion'
  /** a quality inspection of a call (Inspection.id) */
  | 'Inspection'
  /** a knowledge exception (KnowledgeException.id) */
  | 'KnowledgeException'
  /** the quality settings, such as the compliance target */
  | 'QualitySettings'
  /** a learned search preference ("<query> → <documentId>") */
  | 'SearchPreference'
  /** the deadlines of one priority (its priority) */
  | 'SlaPolicy'
  /** a user (User.id) */
  | 'User'
  /** a webhook endpoint (WebhookEndpoint.id) */
  | 'WebhookEndpoint';

/** where a run of text of a diff is found; runs are whole words (Chinese is segmented into words) */
export type ChunkKind =
  /** only in the newer version */
  | 'ADDED'
  /** in both versions */
  | 'EQUAL'
  /** only in the older version */
  | 'REMOVED';

/** a new draft of a chapter, copied from an earlier version */
export type CreateChapterDraftInput = {
  /** the version to start from; the latest when omitted */
  basedOnVersionId?: string | number | null | undefined;
  /** what the new version will change and why, 1 to 2000 characters */
  changeNote: string;
  /** the document to draft a new version of; it must not be retired */
  chapterId: string | number;
};

/** a new draft of a flow, copied from an earlier version */
export type CreateFlowDraftInput = {
  /** the version to start from; the latest when omitted */
  basedOnVersionId?: string | number | null | undefined;
  /** what the new version will change and why, 1 to 2000 characters */
  changeNote: string;
  /** the document to draft a new version of; it must not be retired */
  flowId: string | number;
};

/** a new draft of a script, copied from an earlier version */
export type CreateScriptDraftInput = {
  /** the version to start from; the latest when omitted */
  basedOnVersionId?: string | number | null | undefined;
  /** what the new version will change and why, 1 to 2000 characters */
  changeNote: string;
  /** the document to draft a new version of; it must not be retired */
  scriptId: string | number;
};

/** a new draft of a standard, copied from an earlier version */
export type CreateStandardDraftInput = {
  /** the version to start from; the latest when omitted */
  basedOnVersionId?: string | number | null | undefined;
  /** what the new version will change and why, 1 to 2000 characters */
  changeNote: string;
  /** the document to draft a new version of; it must not be retired */
  standardId: string | number;
};

/** throw a draft away: it keeps its number and its audit trail, and no read shows it again */
export type DiscardDraftInput = {
  /** the revision you read; a stale one gets CONFLICT and nothing is written */
  expectedRevision: number;
  /** a version in DRAFT (send one IN_REVIEW back with rejectVersion first) */
  versionId: string | number;
};

/** the kinds of document the knowledge base keeps, each versioned the same way */
export type DocumentKind =
  /** a case (案例库): a question agents met, kept from a closed exception with its answer or why it was rejected */
  | 'CASE'
  /** a chapter of the process handbook (《客户服务热线服务流程管理规范》), section by section */
  | 'CHAPTER'
  /** a service flow (服务流程): how a kind of call is handled, step by step, at the touchpoints it serves */
  | 'FLOW'
  /** a standard script (标准话术): the exact words an agent says in a situation */
  | 'SCRIPT'
  /** a service standard (服务标准): a commitment and its value per customer grade */
  | 'STANDARD';

/** chooses the SLA policy: deadlines and the escalation ladder */
export type ExceptionPriority =
  /** urgent; flags saying WRONG or CONTRADICTS raise HIGH exceptions */
  | 'HIGH'
  /** can wait */
  | 'LOW'
  /** the default when raising */
  | 'NORMAL';

/** where a knowledge exception is in its life; OPEN and ANSWERED are unfinished, the others closed */
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
  /** it disagrees with another document in force (raises a HIGH exception) */
  | 'CONTRADICTS'
  /** a step or case the call needs is not in it */
  | 'MISSING_STEP'
  /** it was right once, but no longer is */
  | 'OUTDATED'
  /** agents cannot tell what it means */
  | 'UNCLEAR'
  /** it says something that is not so (raises a HIGH exception) */
  | 'WRONG';

/** an agent’s flag on a version in force */
export type FlagVersionInput = {
  /** what the agent found, 1 to 2000 characters */
  comment: string;
  /** what is wrong; WRONG and CONTRADICTS raise a HIGH exception, the others NORMAL */
  reason: FlagReason;
  /** the section (number or heading) or flow step key it is about */
  sectionKey?: string | null | undefined;
  /** a version in force now (the one agents are using) */
  versionId: string | number;
};

/** QUERY 查询 · BUSINESS_ACCEPTANCE 业务受理 · COMPLAINT 投诉 */
export type FlowClass =
  /** 业务受理类: the customer orders, changes or cancels a service */
  | 'BUSINESS_ACCEPTANCE'
  /** 投诉类: the customer complains */
  | 'COMPLAINT'
  /** 查询类: the customer asks about something */
  | 'QUERY';

/** an arrow of a flow chart, from one node to the next */
export type FlowEdgeInput = {
  /** the key of the node the arrow leaves */
  from: string;
  /** the condition, on every edge leaving a DECISION */
  label?: string | null | undefined;
  /** the key of the node the arrow enters */
  to: string;
};

/** a flow chart: its nodes and the arrows between them; the design rules (one START, an END, every node reachable, …) are checked on submit */
export type FlowGraphInput = {
  /** the arrows, at most 400 */
  edges: Array<FlowEdgeInput>;
  /** the nodes, at most 200 */
  nodes: Array<FlowNodeInput>;
};

/** a node of a flow chart */
export type FlowNodeInput = {
  /** unique within the flow: 1–40 lowercase letters, digits or hyphens; edges name nodes by it */
  key: string;
  /** what the node says, 1 to 200 characters */
  label: string;
  /** the responsible post (STEP) */
  post?: string | null | undefined;
  /** the handling requirement (STEP) */
  requirement?: string | null | undefined;
  /** ISO-8601 duration, e.g. PT30M */
  timeLimit?: string | null | undefined;
  /** the node’s shape and role */
  type: FlowNodeType;
};

/** START/END rounded, STEP rectangle, DECISION diamond */
export type FlowNodeType =
  /** a question whose answer picks the next node: two or more edges leave it, each labelled with its condition */
  | 'DECISION'
  /** where the flow finishes: at least one per flow */
  | 'END'
  /** where the flow begins: exactly one per flow */
  | 'START'
  /** something a post does: on submit it needs a responsible post and a handling requirement; a time limit is optional */
  | 'STEP';

/** VERIFICATION 核实 · FULFILMENT 服务实现 · KNOWLEDGE 知识 */
export type FlowType =
  /** 服务实现流程: carries out what the customer asked for */
  | 'FULFILMENT'
  /** 知识流程: answers from the knowledge base */
  | 'KNOWLEDGE'
  /** 核实流程: checks a customer’s identity or claim before anything is done */
  | 'VERIFICATION';

/** what a standard commits to for one customer grade; each grade at most once */
export type GradeValueInput = {
  /** 钻 金 银 基础, 1A–5A, 1B–5B, or 全部 */
  grade: string;
  /** the commitment for the grade, e.g. 受理后24小时内装通; 1 to 200 characters */
  value: string;
};

/** an agent asking the question of an open exception */
export type JoinExceptionInput = {
  /** an OPEN or ANSWERED exception; a MERGED one is followed to the exception it was merged into */
  exceptionId: string | number;
  /** the joining agent’s own search, if any */
  queryId?: string | number | null | undefined;
};

/** a value the script’s words leave to fill in, written {name} in the text */
export type PlaceholderInput = {
  /** what to fill in, for the agent, 1 to 200 characters */
  description: string;
  /** written {name} in the text: lowerCamelCase letters and digits, at most 40, e.g. agentId */
  name: string;
};

/** the value of one placeholder */
export type PlaceholderValueInput = {
  /** the placeholder’s name, as declared (without braces) */
  name: string;
  /** what replaces {name} in the text */
  value: string;
};

/** a version under review to publish */
export type PublishVersionInput = {
  /** when it takes effect; now when omitted; never in the past */
  effectiveFrom?: string | null | undefined;
  /** the revision you read; if it moved on the change is refused with CONFLICT; null: no check */
  expectedRevision?: number | null | undefined;
  /** flows: take over touchpoints another flow serves (audited) instead of being refused */
  moveTouchpoints?: boolean | null | undefined;
  /** an IN_REVIEW version */
  versionId: string | number;
};

/** a question nothing answers: give question or queryId, and touchpointCode unless the search’s filter names one touchpoint */
export type RaiseExceptionInput = {
  /** what else matters about the call, at most 2000 characters */
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

/** a result the searcher opened */
export type RecordSearchClickInput = {
  /** the search (SearchResults.queryId), one of the caller’s own */
  queryId: string | number;
  /** the version opened: one of the search’s results (SearchHit.versionId) */
  versionId: string | number;
};

/** a version under review to send back to its author */
export type RejectVersionInput = {
  /** the revision you read; if it moved on the change is refused with CONFLICT; null: no check */
  expectedRevision?: number | null | undefined;
  /** what must change, 1 to 2000 characters */
  reason: string;
  /** an IN_REVIEW version */
  versionId: string | number;
};

/** a user’s role: which queries and mutations they may use */
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
  /** 致歉: apologising */
  | 'APOLOGY'
  /** 请客户重复: asking the caller to say it again */
  | 'ASK_REPEAT'
  /** 取消静音: coming back after muting the line */
  | 'BACK_FROM_MUTE'
  /** 回访: calling the customer back */
  | 'CALLBACK'
  /** 无法当场解答: the answer cannot be given during the call */
  | 'CANNOT_ANSWER_NOW'
  /** 听不清: the agent cannot hear the caller */
  | 'CANNOT_HEAR'
  /** 结束语: ending the call */
  | 'CLOSING'
  /** 投诉受理: taking a complaint */
  | 'COMPLAINT_ACCEPT'
  /** 方言: the caller speaks a dialect */
  | 'DIALECT'
  /** 开头语 问候: the opening greeting */
  | 'GREETING'
  /** 等待超过10秒: the caller has waited more than 10 seconds */
  | 'HOLD_OVER_10S'
  /** any other situation */
  | 'OTHER'
  /** 复述确认: repeating back what the customer said, to confirm it */
  | 'READ_BACK'
  /** 无声电话: the caller says nothing */
  | 'SILENT_CALLER'
  /** 转接: transferring the call */
  | 'TRANSFER'
  /** 身份核实: checking who the caller is */
  | 'VERIFY_IDENTITY';

/** narrows a search; the conditions given all apply, the values within one any */
export type SearchFilter = {
  /** brand letters */
  brands?: Array<string> | null | undefined;
  /** only documents for these 4-digit business codes, e.g. 1102 */
  businessCodes?: Array<string> | null | undefined;
  /** channel letters */
  channels?: Array<string> | null | undefined;
  /** only flows of these classes */
  flowClasses?: Array<FlowClass> | null | undefined;
  /** only these document kinds; every kind when omitted */
  kinds?: Array<DocumentKind> | null | undefined;
  /** e.g. [DRAFT, IN_REVIEW] for managers, approvers and admins; statuses the searcher may not see are left out; default: what is in force at asOf */
  statuses?: Array<VersionStatus> | null | undefined;
};

/** what became of a section between two versions */
export type SectionChange =
  /** only in the newer version */
  | 'ADDED'
  /** in both, with its heading or body changed (and perhaps moved) */
  | 'MODIFIED'
  /** in both, the same, at another place in the list (a flow node listed elsewhere) */
  | 'MOVED'
  /** only in the older version */
  | 'REMOVED'
  /** in both, the same */
  | 'UNCHANGED';

/** a change to one section of a chapter draft */
export type SectionPatchInput = {
  /** the new body; unchanged when omitted (required to append) */
  body?: string | null | undefined;
  /** the new heading; unchanged when omitted (required to append) */
  heading?: string | null | undefined;
  /** the section’s number (1-based) before this edit; the next number after the last appends a section */
  number: number;
};

/** TIME_LIMIT 快捷 · FUNCTION 便捷 · CARE 关怀 */
export type StandardClass =
  /** 关怀: how the customer is looked after */
  | 'CARE'
  /** 便捷: what the customer can get done, and how easily */
  | 'FUNCTION'
  /** 快捷 (时限): how fast something is done, e.g. a repair within 24 hours */
  | 'TIME_LIMIT';

/** a draft to submit for review */
export type SubmitVersionInput = {
  /** the revision you read; if it moved on the submission is refused with CONFLICT */
  expectedRevision: number;
  /** a DRAFT version */
  versionId: string | number;
};

/** what a suggestion completes the typing to */
export type SuggestionKind =
  /** a document or business code with its name */
  | 'CODE'
  /** the title of a document in force */
  | 'DOCUMENT'
  /** a query several agents searched with and found something */
  | 'QUERY'
  /** a word of the lexicon: what customers say, or the documents’ term for it */
  | 'TERM';

/** an edit of a chapter draft: a field left out or null stays as it is */
export type UpdateChapterDraftInput = {
  /** what the version changes and why, 1 to 2000 characters; left out or null: unchanged */
  changeNote?: string | null | undefined;
  /** the revision you read; a stale one gets CONFLICT and nothing is written */
  expectedRevision: number;
  /** numbers of sections to drop (as numbered before this edit); the rest are renumbered */
  removeSections?: Array<number> | null | undefined;
  /** changes to single sections, by number: the sections not named stay as they are; the numbers just past the last append */
  sections?: Array<SectionPatchInput> | null | undefined;
  /** the chapter’s title, 1 to 200 characters; left out or null: unchanged */
  title?: string | null | undefined;
  /** the DRAFT version to edit */
  versionId: string | number;
};

/** an edit of a flow draft: a content field left out or null stays as it is */
export type UpdateFlowDraftInput = {
  /** what the version changes and why, 1 to 2000 characters; left out or null: unchanged */
  changeNote?: string | null | undefined;
  /** the revision you read; a stale one gets CONFLICT and nothing is written */
  expectedRevision: number;
  /** what kind of call it serves: a query, an order or a complaint */
  flowClass?: FlowClass | null | undefined;
  /** the flow chart: at most 200 nodes and 400 edges */
  graph?: FlowGraphInput | null | undefined;
  /** what the flow needs to begin (输入), at most 50 entries of up to 500 characters; empty when none */
  inputs?: Array<string> | null | undefined;
  /** what the flow produces (输出), at most 50 entries of up to 500 characters; empty when none */
  outputs?: Array<string> | null | undefined;
  /** the version’s title, 1 to 200 characters; left out or null: unchanged */
  title?: string | null | undefined;
  /** touchpoint codes such as AAA1102 */
  touchpointCodes?: Array<string> | null | undefined;
  /** what the flow does: verify, fulfil or answer */
  type?: FlowType | null | undefined;
  /** the DRAFT version to edit */
  versionId: string | number;
};

/** an edit of a script draft: a content field left out or null stays as it is */
export type UpdateScriptDraftInput = {
  /** business codes; all when empty */
  businessCodes?: Array<string> | null | undefined;
  /** what the version changes and why, 1 to 2000 characters; left out or null: unchanged */
  changeNote?: string | null | undefined;
  /** channel letters; all when empty */
  channels?: Array<string> | null | undefined;
  /** the revision you read; a stale one gets CONFLICT and nothing is written */
  expectedRevision: number;
  /** every placeholder the text uses, each once, at most 30; empty when there are none */
  placeholders?: Array<PlaceholderInput> | null | undefined;
  /** the situation the script is for */
  scenario?: ScriptScenario | null | undefined;
  /** free labels for finding the script, at most 20 of up to 30 characters each */
  tags?: Array<string> | null | undefined;
  /** the words, with {placeholders}; 1 to 4000 characters */
  text?: string | null | undefined;
  /** the version’s title, 1 to 200 characters; left out or null: unchanged */
  title?: string | null | undefined;
  /** the DRAFT version to edit */
  versionId: string | number;
};

/** an edit of a standard draft: a content field left out or null stays as it is */
export type UpdateStandardDraftInput = {
  /** business codes; all when empty */
  businessCodes?: Array<string> | null | undefined;
  /** what the version changes and why, 1 to 2000 characters; left out or null: unchanged */
  changeNote?: string | null | undefined;
  /** channel letters; all when empty */
  channels?: Array<string> | null | undefined;
  /** what the hotline commits to, 1 to 2000 characters */
  commitment?: string | null | undefined;
  /** the revision you read; a stale one gets CONFLICT and nothing is written */
  expectedRevision: number;
  /** what kind of promise the standard makes */
  standardClass?: StandardClass | null | undefined;
  /** the version’s title, 1 to 200 characters; left out or null: unchanged */
  title?: string | null | undefined;
  /** the commitment per customer grade */
  values?: Array<GradeValueInput> | null | undefined;
  /** the DRAFT version to edit */
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
  /** the owner of the flows or exceptions counted (flowUsage, exceptionSla, flowCompliance); searchAnalytics and knowledgeGaps refuse it, since a search has no owner */
  ownerId?: string | number | null | undefined;
  /** one touchpoint, e.g. AAA1102 */
  touchpointCode?: string | null | undefined;
};

/** where a version stands at an instant, derived from its status, its window and the clock */
export type VersionPhase =
  /** a draft thrown away (status DISCARDED) */
  | 'DISCARDED'
  /** being written (status DRAFT) */
  | 'DRAFT'
  /** published and in force at the instant: effectiveFrom ≤ instant < effectiveTo */
  | 'IN_FORCE'
  /** waiting for approval (status IN_REVIEW) */
  | 'IN_REVIEW'
  /** its document was retired, and its window closed, before the instant */
  | 'RETIRED'
  /** published, taking effect after the instant */
  | 'SCHEDULED'
  /** published, but a later version took over before the instant */
  | 'SUPERSEDED';

/** the stored workflow state of a version */
export type VersionStatus =
  /** a draft thrown away (discardDraft): it keeps its number and audit trail, and no read shows it */
  | 'DISCARDED'
  /** being written; only the editorial roles see it */
  | 'DRAFT'
  /** submitted, waiting for an approver to publish or reject it */
  | 'IN_REVIEW'
  /** approved, with a window from effectiveFrom: scheduled, in force or superseded by the clock (see phase) */
  | 'PUBLISHED'
  /** the version that was open when its document was retired: its window closes at the retirement */
  | 'RETIRED';

/** take back a published version before it takes effect */
export type WithdrawScheduledVersionInput = {
  /** the revision you read; a stale one gets CONFLICT and nothing is written */
  expectedRevision: number;
  /** why, for the author and the audit trail */
  reason: string;
  /** a PUBLISHED version whose effectiveFrom is still ahead */
  versionId: string | number;
};

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


export type AgentFlowQuery = { flow: { id: string, code: string, title: string, inForce: { id: string, title: string, versionNumber: number, effectiveFrom: string | null, phase: VersionPhase, underReview: boolean, touchpoints: Array<{ code: string }>, graph: { nodes: Array<{ key: string, type: FlowNodeType, label: string, post: string | null, requirement: string | null, timeLimit: string | null }> } } | null } | null };

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


export type AgentScriptQuery = { script: { id: string, code: string, title: string, inForce: { id: string, title: string, versionNumber: number, effectiveFrom: string | null, phase: VersionPhase, underReview: boolean, text: string, placeholders: Array<{ name: string, description: string }> } | null } | null };

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


export type AgentStandardQuery = { standard: { id: string, code: string, title: string, inForce: { id: string, title: string, versionNumber: number, effectiveFrom: string | null, phase: VersionPhase, underReview: boolean, commitment: string, values: Array<{ grade: string, value: string }> } | null } | null };

export type TouchpointFlowQueryVariables = Exact<{
  code: string;
  asOf?: string | null | undefined;
}>;


export type TouchpointFlowQuery = { touchpoint: { code: string, business: { name: string } | null, flow: { code: string, title: string } | null } | null };

export type FlagVersionMutationVariables = Exact<{
  input: FlagVersionInput;
}>;


export type FlagVersionMutation = { flagVersion: { exception: { id: string, status: ExceptionStatus } } };

export type AnswerExceptionMutationVariables = Exact<{
  input: AnswerExceptionInput;
}>;


export type AnswerExceptionMutation = { answerException: { exception: { id: string, status: ExceptionStatus, answer: string | null, answerIsInterim: boolean, revision: number, dueAt: string | null, minutesLeft: number | null } } };

export type DocumentAuditTrailQueryVariables = Exact<{
  documentId: string | number;
}>;


export type DocumentAuditTrailQuery = { auditTrail: { totalCount: number, edges: Array<{ node: { id: string, at: string, action: AuditAction, reason: string | null, entityType: AuditedEntity, actor: { name: string } | null } }> } };

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
           }> } }> }, flows: { edges: Array<{ node: { id: string, code: string, title: string, versions: { edges: Array<{ node:
              | { id: string, kind: DocumentKind, versionNumber: number, status: VersionStatus, phase: VersionPhase, underReview: boolean, title: string }
              | { id: string, kind: DocumentKind, versionNumber: number, status: VersionStatus, phase: VersionPhase, underReview: boolean, title: string }
              | { id: string, kind: DocumentKind, versionNumber: number, status: VersionStatus, phase: VersionPhase, underReview: boolean, title: string }
              | { id: string, kind: DocumentKind, versionNumber: number, status: VersionStatus, phase: VersionPhase, underReview: boolean, title: string }
              | { id: string, kind: DocumentKind, versionNumber: number, status: VersionStatus, phase: VersionPhase, underReview: boolean, title: string }
             }> } } }> }, scripts: { edges: Array<{ node: { id: string, code: string, title: string, versions: { edges: Array<{ node:
              | { id: string, kind: DocumentKind, versionNumber: number, status: VersionStatus, phase: VersionPhase, underReview: boolean, title: string }
              | { id: string, kind: DocumentKind, versionNumber: number, status: VersionStatus, phase: VersionPhase, underReview: boolean, title: string }
              | { id: string, kind: DocumentKind, versionNumber: number, status: VersionStatus, phase: VersionPhase, underReview: boolean, title: string }
              | { id: string, kind: DocumentKind, versionNumber: number, status: VersionStatus, phase: VersionPhase, underReview: boolean, title: string }
              | { id: string, kind: DocumentKind, versionNumber: number, status: VersionStatus, phase: VersionPhase, underReview: boolean, title: string }
             }> } } }> }, standards: { edges: Array<{ node: { id: string, code: string, title: string, versions: { edges: Array<{ node:
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

export type ExceptionQueueQueryVariables = Exact<{
  touchpointCode?: string | null | undefined;
}>;


export type ExceptionQueueQuery = { exceptions: { totalCount: number, edges: Array<{ node: { id: string, revision: number, question: string, status: ExceptionStatus, priority: ExceptionPriority, demand: number, dueAt: string | null, minutesLeft: number | null, overdue: boolean, escalationLevel: number, answer: string | null, answerIsInterim: boolean, raisedAt: string, owner: { name: string }, touchpoint: { code: string } | null } }> } };

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

export type DiscardDraftMutationVariables = Exact<{
  input: DiscardDraftInput;
}>;


export type DiscardDraftMutation = { discardDraft: { versionId: string, documentHidden: boolean } };

export type WithdrawScheduledVersionMutationVariables = Exact<{
  input: WithdrawScheduledVersionInput;
}>;


export type WithdrawScheduledVersionMutation = { withdrawScheduledVersion: { version:
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

export type ReviewQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewQueueQuery = { reviewQueue: { totalCount: number, edges: Array<{ node:
        | { id: string, kind: DocumentKind, title: string, versionNumber: number, submittedAt: string | null, submittedBy: { name: string } | null, rejections: Array<{ at: string }> }
        | { id: string, kind: DocumentKind, title: string, versionNumber: number, submittedAt: string | null, submittedBy: { name: string } | null, rejections: Array<{ at: string }> }
        | { id: string, kind: DocumentKind, title: string, versionNumber: number, submittedAt: string | null, submittedBy: { name: string } | null, rejections: Array<{ at: string }> }
        | { id: string, kind: DocumentKind, title: string, versionNumber: number, submittedAt: string | null, submittedBy: { name: string } | null, rejections: Array<{ at: string }> }
        | { id: string, kind: DocumentKind, title: string, versionNumber: number, submittedAt: string | null, submittedBy: { name: string } | null, rejections: Array<{ at: string }> }
       }> } };

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
    | { __typename: 'CaseVersion', id: string, documentId: string, kind: DocumentKind, title: string, versionNumber: number, status: VersionStatus, phase: VersionPhase, revision: number, changeNote: string, effectiveFrom: string | null, effectiveTo: string | null, underReview: boolean, basedOnVersionId: string | null, updatedAt: string, submittedAt: string | null, author: { id: string, name: string }, approvedBy: { name: string } | null, submittedBy: { name: string } | null, rejections: Array<{ at: string, reason: string, by: { name: string } | null }> }
    | { __typename: 'ChapterVersion', id: string, documentId: string, kind: DocumentKind, title: string, versionNumber: number, status: VersionStatus, phase: VersionPhase, revision: number, changeNote: string, effectiveFrom: string | null, effectiveTo: string | null, underReview: boolean, basedOnVersionId: string | null, updatedAt: string, submittedAt: string | null, sections: Array<{ number: number, heading: string, body: string }>, author: { id: string, name: string }, approvedBy: { name: string } | null, submittedBy: { name: string } | null, rejections: Array<{ at: string, reason: string, by: { name: string } | null }> }
    | { __typename: 'FlowVersion', inputs: Array<string>, outputs: Array<string>, id: string, documentId: string, kind: DocumentKind, title: string, versionNumber: number, status: VersionStatus, phase: VersionPhase, revision: number, changeNote: string, effectiveFrom: string | null, effectiveTo: string | null, underReview: boolean, basedOnVersionId: string | null, updatedAt: string, submittedAt: string | null, touchpoints: Array<{ code: string }>, graph: { nodes: Array<{ key: string, type: FlowNodeType, label: string, post: string | null, requirement: string | null, timeLimit: string | null }>, edges: Array<{ from: string, to: string, label: string | null }> }, author: { id: string, name: string }, approvedBy: { name: string } | null, submittedBy: { name: string } | null, rejections: Array<{ at: string, reason: string, by: { name: string } | null }> }
    | { __typename: 'ScriptVersion', text: string, id: string, documentId: string, kind: DocumentKind, title: string, versionNumber: number, status: VersionStatus, phase: VersionPhase, revision: number, changeNote: string, effectiveFrom: string | null, effectiveTo: string | null, underReview: boolean, basedOnVersionId: string | null, updatedAt: string, submittedAt: string | null, placeholders: Array<{ name: string, description: string }>, author: { id: string, name: string }, approvedBy: { name: string } | null, submittedBy: { name: string } | null, rejections: Array<{ at: string, reason: string, by: { name: string } | null }> }
    | { __typename: 'StandardVersion', commitment: string, id: string, documentId: string, kind: DocumentKind, title: string, versionNumber: number, status: VersionStatus, phase: VersionPhase, revision: number, changeNote: string, effectiveFrom: string | null, effectiveTo: string | null, underReview: boolean, basedOnVersionId: string | null, updatedAt: string, submittedAt: string | null, values: Array<{ grade: string, value: string }>, author: { id: string, name: string }, approvedBy: { name: string } | null, submittedBy: { name: string } | null, rejections: Array<{ at: string, reason: string, by: { name: string } | null }> }
   | null };

export type ReportsQueryVariables = Exact<{
  from: string;
  to: string;
  filter?: UsageFilter | null | undefined;
  asOf?: string | null | undefined;
}>;


export type ReportsQuery = { flowUsage: Array<{ flowId: string, code: string, title: string, touchpointCode: string | null, opens: number, agents: number, renders: number, searches: number, executionRate: number | null, neverOpened: boolean }>, searchAnalytics: { searches: number, zeroHitRate: number | null, noClickRate: number | null, selectThroughRate: number | null, averageClickedRank: number | null, topQueries: Array<{ query: string, searches: number, zeroHits: number, clickedSearches: number }> }, knowledgeGaps: Array<{ query: string, searches: number, zeroHits: number, lastSearchedAt: string, touchpoints: Array<string>, exception: { id: string, status: ExceptionStatus } | null }>, exceptionSla: { raised: number, answeredOnTimeRate: number | null, resolvedOnTimeRate: number | null, medianMinutesToAnswer: number | null, medianMinutesToResolve: number | null, openOverdue: number, byPriority: Array<{ group: string, raised: number, answeredOnTimeRate: number | null, resolvedOnTimeRate: number | null, openOverdue: number }> }, contentHealth: { reviewOverdue: number, reviewDueSoon: number, flaggedDocuments: number, neverOpened: number, byPhase: Array<{ kind: DocumentKind, phase: VersionPhase, documents: number }> } };

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
export const AgentFlowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgentFlow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"touchpointCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"touchpointCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"touchpointCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"phase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"underReview"}},{"kind":"Field","name":{"kind":"Name","value":"touchpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"graph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimit"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgentFlowQuery, AgentFlowQueryVariables>;
export const SimilarOpenExceptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimilarOpenExceptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"question"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"touchpointCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"similarOpenExceptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"question"},"value":{"kind":"Variable","name":{"kind":"Name","value":"question"}}},{"kind":"Argument","name":{"kind":"Name","value":"touchpointCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"touchpointCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answerIsInterim"}},{"kind":"Field","name":{"kind":"Name","value":"demand"}}]}}]}}]} as unknown as DocumentNode<SimilarOpenExceptionsQuery, SimilarOpenExceptionsQueryVariables>;
export const RaiseExceptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaiseException"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseExceptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseException"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exception"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answerDueAt"}}]}}]}}]}}]} as unknown as DocumentNode<RaiseExceptionMutation, RaiseExceptionMutationVariables>;
export const JoinExceptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinException"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JoinExceptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinException"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exception"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"demand"}}]}}]}}]}}]} as unknown as DocumentNode<JoinExceptionMutation, JoinExceptionMutationVariables>;
export const AgentScriptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgentScript"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"touchpointCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"script"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"touchpointCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"touchpointCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"phase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"underReview"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"placeholders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgentScriptQuery, AgentScriptQueryVariables>;
export const RenderScriptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RenderScript"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"values"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceholderValueInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"touchpointCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renderScript"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"values"},"value":{"kind":"Variable","name":{"kind":"Name","value":"values"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"touchpointCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"touchpointCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<RenderScriptQuery, RenderScriptQueryVariables>;
export const AgentStandardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgentStandard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"touchpointCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"touchpointCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"touchpointCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"phase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"underReview"}},{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgentStandardQuery, AgentStandardQueryVariables>;
export const TouchpointFlowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TouchpointFlow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"touchpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"business"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<TouchpointFlowQuery, TouchpointFlowQueryVariables>;
export const FlagVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FlagVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FlagVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flagVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exception"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<FlagVersionMutation, FlagVersionMutationVariables>;
export const AnswerExceptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerException"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerExceptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerException"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exception"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answerIsInterim"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLeft"}}]}}]}}]}}]} as unknown as DocumentNode<AnswerExceptionMutation, AnswerExceptionMutationVariables>;
export const DocumentAuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentAuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"documentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documentId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DocumentAuditTrailQuery, DocumentAuditTrailQueryVariables>;
export const DiffVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiffVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diffVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromVersionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"toVersionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"titleChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"fromNumber"}},{"kind":"Field","name":{"kind":"Name","value":"toNumber"}},{"kind":"Field","name":{"kind":"Name","value":"headingChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bodyChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DiffVersionsQuery, DiffVersionsQueryVariables>;
export const ManagedDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagedDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handbook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chapters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionRows"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"flows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionRows"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scripts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionRows"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"standards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionRows"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionRows"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentVersionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]},{"kind":"Field","name":{"kind":"Name","value":"underReview"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<ManagedDocumentsQuery, ManagedDocumentsQueryVariables>;
export const UpdateChapterDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateChapterDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateChapterDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateChapterDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateChapterDraftMutation, UpdateChapterDraftMutationVariables>;
export const UpdateScriptDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateScriptDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateScriptDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateScriptDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateScriptDraftMutation, UpdateScriptDraftMutationVariables>;
export const UpdateStandardDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateStandardDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStandardDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStandardDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateStandardDraftMutation, UpdateStandardDraftMutationVariables>;
export const UpdateFlowDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFlowDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFlowDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFlowDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateFlowDraftMutation, UpdateFlowDraftMutationVariables>;
export const ExceptionQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExceptionQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"touchpointCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exceptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"},{"kind":"EnumValue","value":"ANSWERED"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"touchpointCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"touchpointCode"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"demand"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answerIsInterim"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"touchpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExceptionQueueQuery, ExceptionQueueQueryVariables>;
export const SubmitVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitVersionMutation, SubmitVersionMutationVariables>;
export const PublishVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]} as unknown as DocumentNode<PublishVersionMutation, PublishVersionMutationVariables>;
export const RejectVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]} as unknown as DocumentNode<RejectVersionMutation, RejectVersionMutationVariables>;
export const DiscardDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiscardDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DiscardDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discardDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionId"}},{"kind":"Field","name":{"kind":"Name","value":"documentHidden"}}]}}]}}]} as unknown as DocumentNode<DiscardDraftMutation, DiscardDraftMutationVariables>;
export const WithdrawScheduledVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawScheduledVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawScheduledVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawScheduledVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawScheduledVersionMutation, WithdrawScheduledVersionMutationVariables>;
export const CreateChapterDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateChapterDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateChapterDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createChapterDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateChapterDraftMutation, CreateChapterDraftMutationVariables>;
export const CreateFlowDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFlowDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFlowDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFlowDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateFlowDraftMutation, CreateFlowDraftMutationVariables>;
export const CreateScriptDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateScriptDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateScriptDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createScriptDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateScriptDraftMutation, CreateScriptDraftMutationVariables>;
export const CreateStandardDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStandardDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStandardDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStandardDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateStandardDraftMutation, CreateStandardDraftMutationVariables>;
export const ReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const DocumentVersionListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentVersionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chapter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"script"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"standard"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"flow"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chapter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chapter"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionChoices"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"script"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"script"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionChoices"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"standard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"standard"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionChoices"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"flows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"flow"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersionChoices"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersionChoices"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentVersionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<DocumentVersionListQuery, DocumentVersionListQueryVariables>;
export const ManagedVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagedVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"underReview"}},{"kind":"Field","name":{"kind":"Name","value":"basedOnVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChapterVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScriptVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"placeholders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StandardVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitment"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FlowVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inputs"}},{"kind":"Field","name":{"kind":"Name","value":"outputs"}},{"kind":"Field","name":{"kind":"Name","value":"touchpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"graph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ManagedVersionQuery, ManagedVersionQueryVariables>;
export const ReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Reports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UsageFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flowId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"touchpointCode"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"agents"}},{"kind":"Field","name":{"kind":"Name","value":"renders"}},{"kind":"Field","name":{"kind":"Name","value":"searches"}},{"kind":"Field","name":{"kind":"Name","value":"executionRate"}},{"kind":"Field","name":{"kind":"Name","value":"neverOpened"}}]}},{"kind":"Field","name":{"kind":"Name","value":"searchAnalytics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"top"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searches"}},{"kind":"Field","name":{"kind":"Name","value":"zeroHitRate"}},{"kind":"Field","name":{"kind":"Name","value":"noClickRate"}},{"kind":"Field","name":{"kind":"Name","value":"selectThroughRate"}},{"kind":"Field","name":{"kind":"Name","value":"averageClickedRank"}},{"kind":"Field","name":{"kind":"Name","value":"topQueries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"searches"}},{"kind":"Field","name":{"kind":"Name","value":"zeroHits"}},{"kind":"Field","name":{"kind":"Name","value":"clickedSearches"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"knowledgeGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"searches"}},{"kind":"Field","name":{"kind":"Name","value":"zeroHits"}},{"kind":"Field","name":{"kind":"Name","value":"lastSearchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"touchpoints"}},{"kind":"Field","name":{"kind":"Name","value":"exception"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exceptionSla"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raised"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOnTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOnTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"medianMinutesToAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"medianMinutesToResolve"}},{"kind":"Field","name":{"kind":"Name","value":"openOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"byPriority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"raised"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOnTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOnTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"openOverdue"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contentHealth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byPhase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"documents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"neverOpened"}}]}}]}}]} as unknown as DocumentNode<ReportsQuery, ReportsQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const TouchpointAxesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TouchpointAxes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"touchpointMap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"brands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"business"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"touchpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TouchpointAxesQuery, TouchpointAxesQueryVariables>;