/** A rule value always travels with the law it comes from. */
export type Cited<T> = T & { source: string };
