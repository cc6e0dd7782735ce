import { type Duration, parse, pattern } from 'iso8601-duration';

/**
 * The centre works in Beijing time whatever the browser's zone: instants are shown in
 * Asia/Shanghai and sent with an explicit +08:00 offset, so "14:32 on the day of the call" means
 * the same instant to the agent, the server and the audit trail.
 */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

const shown = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** An instant as Beijing wall-clock time, e.g. 2026/01/01 08:00. */
export function beijing(instant: string | null | undefined): string {
  if (!instant) return '—';
  return shown.format(new Date(instant));
}

/** The value of a datetime-local input ("2026-12-01T09:00"), read as Beijing time, as ISO with +08:00. */
export function localInputToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  return `${value}:00+08:00`;
}

/** An instant as the value of a datetime-local input showing Beijing time. */
export function isoToLocalInput(instant: string | Date): string {
  const shifted = new Date(new Date(instant).getTime() + BEIJING_OFFSET_MS);
  return shifted.toISOString().slice(0, 16);
}

/** Minutes left as 2天3小时 / 3小时5分 / 已超时12分, for deadlines counting down. */
export function countdown(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined) return '—';
  const late = minutes < 0;
  let left = Math.abs(minutes);
  const days = Math.floor(left / 1440);
  left -= days * 1440;
  const hours = Math.floor(left / 60);
  const mins = left - hours * 60;
  const text = days > 0 ? `${days}天${hours}小时` : hours > 0 ? `${hours}小时${mins}分` : `${mins}分`;
  return late ? `已超时${text}` : `剩余${text}`;
}

const UNITS: [keyof Duration, string][] = [
  ['years', '年'],
  ['months', '个月'],
  ['weeks', '周'],
  ['days', '天'],
  ['hours', '小时'],
  ['minutes', '分钟'],
  ['seconds', '秒'],
];

/** A step's time limit (ISO 8601 duration such as PT2H) as agents say it: 2小时; other text as it is. */
export function timeLimit(value: string | null | undefined): string {
  if (!value) return '—';
  if (!pattern.test(value)) return value;
  const duration = parse(value);
  return UNITS.filter(([unit]) => duration[unit]).map(([unit, name]) => `${duration[unit]}${name}`).join('') || value;
}
