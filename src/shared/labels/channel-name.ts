import { CHANNELS, type Channel } from '#domain/schemas/segments';

const NAMES: Record<Channel, string> = {
  email: 'Email',
  sms: 'SMS',
  push: 'Push',
  in_app: 'In-app',
  direct_mail: 'Direct mail',
  phone: 'Phone',
};

/** A channel as a heading or a table cell names it; unknown values pass through unchanged. */
export const channelName = (c: string): string =>
  (CHANNELS as readonly string[]).includes(c) ? NAMES[c as Channel] : c;
