import path from 'node:path';
import type { DataSourceOptions, LogLevel } from 'typeorm';
import { Foundation1763800000000 } from './src/db/migrations/1763800000000-Foundation.js';
import { ServiceMap1763900000000 } from './src/db/migrations/1763900000000-ServiceMap.js';
import { Search1764000000000 } from './src/db/migrations/1764000000000-Search.js';
import { SearchOutbox1764100000000 } from './src/db/migrations/1764100000000-SearchOutbox.js';
import { SearchScope1764200000000 } from './src/db/migrations/1764200000000-SearchScope.js';
import { SearchClickRow, SearchEntryRow, SearchIndexMetaRow, SearchLearnedClickRow, SearchLearnedRemovedRow, SearchLogRow } from './src/modules/search/search.entity.js';
import { OutboxRow } from './src/jobs/outbox.entity.js';
import { Outbox1764300000000 } from './src/db/migrations/1764300000000-Outbox.js';
import { SearchReadsLikeAgents1764400000000 } from './src/db/migrations/1764400000000-SearchReadsLikeAgents.js';
import { KnowledgeProcess1764500000000 } from './src/db/migrations/1764500000000-KnowledgeProcess.js';
import { SharedDatabase1764600000000 } from './src/db/migrations/1764600000000-SharedDatabase.js';
import { Quality1764800000000 } from './src/db/migrations/1764800000000-Quality.js';
import { DeviationRow, InspectionRow, QualitySettingsRow } from './src/modules/quality/inspection.entity.js';
import { PostHolderRow, PostRow } from './src/modules/quality/posts.entity.js';
import { Webhooks1764700000000 } from './src/db/migrations/1764700000000-Webhooks.js';
import { TokenExpiry1765000000000 } from './src/db/migrations/1765000000000-TokenExpiry.js';
import { RateLimits1765100000000 } from './src/db/migrations/1765100000000-RateLimits.js';
import { DerivedFor1765200000000 } from './src/db/migrations/1765200000000-DerivedFor.js';
import { CalendarDayRow } from './src/modules/calendar/calendar-day.entity.js';
import { Usage1764900000000 } from './src/db/migrations/1764900000000-Usage.js';
import { RollupDayRow, SearchDailyRow, SearchDailyTouchpointRow, UsageAgentRow, UsageDailyAgentsRow, UsageDailyRow } from './src/modules/reports/rollup.entity.js';
import { UsageEventRow } from './src/modules/usage/usage-event.entity.js';
import {
  ExceptionDemandRow,
  ExceptionEscalationRow,
  ExceptionRow,
  ExceptionWordRow,
  SlaPolicyRow,
  VersionFlagRow,
} from './src/modules/exceptions/exception.entity.js';
import { VerificationRow } from './src/modules/review/verification.entity.js';
import { QueryCounter } from './src/db/query-counter.js';
import { silentLogger } from './src/shared/logger.js';
import { AuditEntryRow, AuditHeadRow } from './src/modules/audit/audit-entry.entity.js';
import { TokenRow } from './src/modules/auth/token.entity.js';
import { UserRow } from './src/modules/auth/user.entity.js';
import { ChapterRow } from './src/modules/handbook/chapter.entity.js';
import { BrandRow, BusinessRow, ChannelRow, FlowTouchpointRow, TouchpointRow } from './src/modules/touchpoints/touchpoint.entity.js';
import { DocumentRow } from './src/modules/versioning/document.entity.js';
import { VersionRow } from './src/modules/versioning/version.entity.js';
import { WebhookAttemptRow, WebhookDeliveryRow, WebhookEndpointRow, WebhookTimerRow } from './src/modules/webhooks/webhook.entity.js';

export const DEFAULT_DATABASE_URL = 'sqlite:./data/hotline-kb.sqlite';

export const entities = [
  UserRow,
  TokenRow,
  DocumentRow,
  VersionRow,
  ChapterRow,
  AuditEntryRow,
  AuditHeadRow,
  ChannelRow,
  BrandRow,
  BusinessRow,
  TouchpointRow,
  FlowTouchpointRow,
  SearchEntryRow,
  SearchLogRow,
  SearchClickRow,
  OutboxRow,
  SearchIndexMetaRow,
  SearchLearnedClickRow,
  SearchLearnedRemovedRow,
  ExceptionRow,
  ExceptionDemandRow,
  ExceptionEscalationRow,
  ExceptionWordRow,
  VersionFlagRow,
  SlaPolicyRow,
  CalendarDayRow,
  VerificationRow,
  UsageEventRow,
  RollupDayRow,
  UsageDailyRow,
  UsageAgentRow,
  UsageDailyAgentsRow,
  SearchDailyRow,
  SearchDailyTouchpointRow,
  PostRow,
  PostHolderRow,
  InspectionRow,
  DeviationRow,
  QualitySettingsRow,
  WebhookEndpointRow,
  WebhookDeliveryRow,
  WebhookAttemptRow,
  WebhookTimerRow,
];
export const migrations = [
  Foundation1763800000000,
  ServiceMap1763900000000,
  Search1764000000000,
  SearchOutbox1764100000000,
  SearchScope1764200000000,
  Outbox1764300000000,
  SearchReadsLikeAgents1764400000000,
  KnowledgeProcess1764500000000,
  SharedDatabase1764600000000,
  Webhooks1764700000000,
  Quality1764800000000,
  Usage1764900000000,
  TokenExpiry1765000000000,
  RateLimits1765100000000,
  DerivedFor1765200000000,
];

/**
 * DataSource options from DATABASE_URL: `sqlite:<path>` (relative to the working directory, or
 * absolute) selects the embedded SQLite file; `postgres://…` selects PostgreSQL.
 */
export function dataSourceOptions(databaseUrl = DEFAULT_DATABASE_URL, logger = new QueryCounter(silentLogger())): DataSourceOptions {
  const common = { entities, migrations, synchronize: false, migrationsRun: false, logger, logging: ['query'] as LogLevel[] };
  if (databaseUrl.startsWith('sqlite:')) {
    const file = databaseUrl.slice('sqlite:'.length);
    if (!file) throw new Error('DATABASE_URL sqlite: needs a file path, e.g. sqlite:./data/hotline-kb.sqlite');
    return {
      ...common,
      type: 'better-sqlite3',
      database: path.resolve(file),
      enableWAL: true,
      prepareDatabase: (db: { pragma(s: string): unknown }) => {
        db.pragma('foreign_keys = ON');
        // a commit (and with it its audit entry) is on disk when COMMIT returns, power loss included;
        // WAL's default, NORMAL, could lose the last commits (decision 0020)
        db.pragma('synchronous = FULL');
        // reads wait this long for a checkpoint or recovery; the write connection waits less and retries (db/database.ts)
        db.pragma('busy_timeout = 5000');
        // 64 MiB of page cache (the default is 2 MiB): a search touches many index pages
        db.pragma('cache_size = -65536');
      },
    };
  }
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    return { ...common, type: 'postgres', url: databaseUrl };
  }
  throw new Error(`DATABASE_URL must start with sqlite: or postgres:// (got ${databaseUrl})`);
}
