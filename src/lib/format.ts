import { dayInWords } from '#domain/time-words';

const dateTimeFmt = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZone: 'UTC',
});

/** The day as messages from the server name it too (domain/time-words.ts). */
export const formatDate = (iso: string) => dayInWords(new Date(iso));
export const formatDateTime = (iso: string) => `${dateTimeFmt.format(new Date(iso))} UTC`;
export const formatCount = (n: number) => n.toLocaleString('en-GB');

export function daysBetween(fromIso: string | Date, to: Date): number {
  return Math.ceil((new Date(to).getTime() - new Date(fromIso).getTime()) / 86_400_000);
}
