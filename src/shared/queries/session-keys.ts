/**
 * The signed-in user and the segmentation owner, named in every page header. Apart from the other
 * key factories (keys.ts) because the app's entry asks for both before any page loads, and should
 * not carry every feature's keys to do so.
 */
export const sessionKeys = {
  all: ['session'] as const,
  current: () => [...sessionKeys.all, 'current'] as const,
  owner: () => [...sessionKeys.all, 'owner'] as const,
};
