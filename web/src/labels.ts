/** Chinese names of the schema's enums, as the centre speaks of them. */
export const KIND_LABEL: Record<string, string> = { CHAPTER: '规范章节', FLOW: '服务流程', SCRIPT: '标准话术', STANDARD: '服务标准', CASE: '案例' };

export const PHASE_LABEL: Record<string, string> = {
  DRAFT: '草稿',
  IN_REVIEW: '审核中',
  SCHEDULED: '待生效',
  IN_FORCE: '现行',
  SUPERSEDED: '已被取代',
  RETIRED: '已废止',
  DISCARDED: '已放弃',
};

export const STATUS_LABEL: Record<string, string> = { DRAFT: '草稿', IN_REVIEW: '审核中', PUBLISHED: '已发布', RETIRED: '已废止', DISCARDED: '已放弃' };

export const ROLE_LABEL: Record<string, string> = { AGENT: '座席', PROCESS_MANAGER: '流程管理员', APPROVER: '审批人', ADMIN: '管理员' };

export const FLAG_REASON_LABEL: Record<string, string> = {
  WRONG: '内容错误',
  OUTDATED: '内容过时',
  UNCLEAR: '表述不清',
  MISSING_STEP: '缺少步骤',
  CONTRADICTS: '与其他规定矛盾',
};

export const EXCEPTION_STATUS_LABEL: Record<string, string> = { OPEN: '待答复', ANSWERED: '已临时答复', RESOLVED: '已解决', REJECTED: '已驳回', MERGED: '已合并' };

export const NODE_TYPE_LABEL: Record<string, string> = { START: '开始', END: '结束', STEP: '步骤', DECISION: '判断' };

/** Roles that see the manager screens besides the agent screen. */
export const EDITORIAL_ROLES = new Set(['PROCESS_MANAGER', 'APPROVER', 'ADMIN']);

/** What an audit entry of a document says happened; other actions show their code. */
export const AUDIT_ACTION_LABEL: Record<string, string> = {
  DOCUMENT_CREATED: '创建文档',
  DOCUMENT_RETIRED: '废止文档',
  DOCUMENT_DISCARDED: '唯一草稿已丢弃，编码释放',
  VERSION_CREATED: '新建草稿',
  VERSION_DERIVED: '随关联变更派生版本',
  VERSION_UPDATED: '修改草稿',
  VERSION_SUBMITTED: '提交审核',
  VERSION_REJECTED: '驳回',
  VERSION_PUBLISHED: '发布',
  VERSION_SUPERSEDED: '被新版本取代',
  VERSION_RETIRED: '废止版本',
  VERSION_WITHDRAWN: '生效前撤回',
  VERSION_REOPENED: '恢复前一版本的生效期',
  VERSION_DISCARDED: '放弃草稿',
  VERSION_FLAGGED: '被标记问题',
  VERSION_VERIFIED: '复核确认仍有效',
  EXCEPTION_RAISED: '提出例外',
  EXCEPTION_ANSWERED: '答复例外',
  EXCEPTION_RESOLVED: '解决例外',
};
