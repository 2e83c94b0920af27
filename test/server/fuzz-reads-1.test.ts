import { fuzzReads } from './fuzz/read-sweep';

// One part of the read routes' fuzz test (test/server/fuzz/read-sweep.ts); the parts run side by side.
fuzzReads({ part: 1, of: 2 });
