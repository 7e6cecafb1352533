import type { Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/**
 * A part of an answer whose fields a domain library defines (a folded state, a tally, a plan):
 * documented as an object and shown in full, rather than copying the library's types here.
 */
export const DOMAIN_OBJECT = { type: 'object', additionalProperties: true } as const;

export interface Paged<Item> {
  readonly items: Item[];
  readonly nextCursor?: string;
}

/** A page of `item`s with the cursor of the next page, as a schema named `name`. */
export function PageOf<Item>(item: Type<Item>, name: string): Type<Paged<Item>> {
  class Page implements Paged<Item> {
    @ApiProperty({ type: [item] }) readonly items!: Item[];
    @ApiPropertyOptional({ description: 'Con trỏ trang sau; không có ở trang cuối' }) readonly nextCursor?: string;
  }
  Object.defineProperty(Page, 'name', { value: name });
  return Page;
}

/** `{ items }` of `item`, unpaged, as a schema named `name`. */
export function ListOf<Item>(item: Type<Item>, name: string): Type<{ items: Item[] }> {
  class List {
    @ApiProperty({ type: [item] }) readonly items!: Item[];
  }
  Object.defineProperty(List, 'name', { value: name });
  return List;
}
