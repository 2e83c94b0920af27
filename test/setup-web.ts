import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import './setup-node';

// A page's first render loads its route module through Vite's transform, which on a busy 2-core
// machine can take longer than Testing Library's default of one second.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
});
