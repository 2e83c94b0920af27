import { guardedLookup } from './guarded-lookup';
import { addressRefusal, urlRefusal } from './target-guard';

describe('which addresses events may go to', () => {
  it.each([
    '127.0.0.1',
    '127.255.255.254',
    '10.0.0.1',
    '172.31.255.255',
    '192.168.0.1',
    '169.254.169.254',
    '0.0.0.0',
    '100.64.0.1',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fc00::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '64:ff9b::7f00:1', // NAT64 of 127.0.0.1
    '2002:7f00:1::', // 6to4 of 127.0.0.1
    '2001:db8::1', // documentation
  ])('refuses %s', (address) => {
    expect(addressRefusal(address)).toMatch(/ address$/);
  });

  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:93.184.216.34'])('allows %s', (address) => {
    expect(addressRefusal(address)).toBeNull();
  });

  it('names the kind of address it refused', () => {
    expect(addressRefusal('::ffff:127.0.0.1')).toBe('127.0.0.1 is a loopback address');
    expect(addressRefusal('169.254.169.254')).toBe('169.254.169.254 is a link-local address');
  });

  it('lets the setting allow any URL, and refuses names local by definition without it', () => {
    expect(urlRefusal(new URL('http://127.0.0.1/'), true)).toBeNull();
    expect(urlRefusal(new URL('http://LOCALHOST./'), false)).toBe('localhost. is this machine');
    expect(urlRefusal(new URL('https://hooks.example.com/'), false)).toBeNull();
  });

  it('refuses a name whose resolved address is not public, and passes one whose is', async () => {
    const lookup = (allow: boolean, all: boolean) =>
      new Promise<{ err: Error | null; address: unknown }>((resolve) =>
        guardedLookup(allow)('localhost', { all }, (err, address) => resolve({ err, address })),
      );
    const refused = await lookup(false, true);
    expect(refused.err?.message).toMatch(/^localhost resolves to (127\.0\.0\.1|::1) is a loopback address$/);
    const allowed = await lookup(true, false);
    expect(allowed.err).toBeNull();
    expect(String(allowed.address)).toMatch(/^(127\.0\.0\.1|::1)$/);
  });
});
