import type { ListedRequest } from './exceptions.repo';
import { listRequests } from './exceptions.repo';
type R = ReturnType<typeof listRequests>;
const x: R = 1 as never;
const y: ListedRequest = 1 as never;
export const z: number = x;
export const w: number = y;
