import dns from 'node:dns';
import { addressRefusal, RefusedTargetError } from './target-guard';

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | dns.LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for http.request that resolves as usual and then refuses a name any of whose
 * addresses is not public: the socket connects only to an address this function returned.
 */
export function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const list = addresses as dns.LookupAddress[];
      const refused = allowPrivate ? null : list.map((a) => addressRefusal(a.address)).find((r) => r !== null);
      if (refused) return callback(new RefusedTargetError(`${hostname} resolves to ${refused}`), []);
      if (options.all) return callback(null, list);
      const first = list[0];
      if (!first) return callback(new RefusedTargetError(`${hostname} has no address`), []);
      callback(null, first.address, first.family);
    });
  };
}
