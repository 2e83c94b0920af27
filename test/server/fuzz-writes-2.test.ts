import { fuzzWrites } from './fuzz/write-sweep';

// One part of the write routes' fuzz test (test/server/fuzz/write-sweep.ts); the parts run side by side.
fuzzWrites({ part: 2, of: 3 });
