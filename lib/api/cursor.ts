// The opaque `cursor` of /api/v1/projets: base64url of the sort, the sort key and
// the id of the last row of the previous page, the same encoding as the
// explorer's `apres` (lib/projects/filter.ts), which validates it on the way back
// (shape, sort, type of the key). It is not signed: a forged cursor can only
// name a position in the public list, which any reader may ask for anyway.
import { encodeCursor, type ProjectSort, type SortOrder } from '@/lib/projects/filter';

export function encodeProjectCursor(sort: ProjectSort, order: SortOrder, position: { value: number | string; id: string }): string {
  return encodeCursor(sort, order, position.value, position.id);
}
