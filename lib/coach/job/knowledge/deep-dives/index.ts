import { PIPE_DIVES } from './pipes';
import { PLATFORM_DIVES } from './platform';
import { PRODUCT_DIVES } from './product';
import { STORAGE_DIVES } from './storage';

export type { DeepDive } from './types';

export const DEEP_DIVES = [...STORAGE_DIVES, ...PIPE_DIVES, ...PLATFORM_DIVES, ...PRODUCT_DIVES];
