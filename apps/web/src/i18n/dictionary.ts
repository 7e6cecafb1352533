import type { vi } from './vi';

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** Every language has exactly the Vietnamese dictionary's keys. */
export type Dictionary = Strings<typeof vi>;
