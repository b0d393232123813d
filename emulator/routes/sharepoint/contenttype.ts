/** Content types of a list: Item (or Document in a library) and Folder, with IDs derived from the list's ID. */
import type { Route } from '../../types.js';
import { isLibrary, LIST, withList, type SharePointList } from './list.js';
import { collection } from './odata.js';
import { READ, sp } from './route.js';

export interface ListContentType {
  Id: { StringValue: string };
  Name: string;
}

/** The list's content types, its default (the one new items get) first. */
export function contentTypesOf(list: SharePointList): ListContentType[] {
  const types: [string, string][] = isLibrary(list) ? [['0x0101', 'Document'], ['0x0120', 'Folder']] : [['0x01', 'Item'], ['0x0120', 'Folder']];
  const suffix = list.Id.replace(/-/g, '').toUpperCase();
  return types.map(([id, name]) => ({ Id: { StringValue: `${id}00${suffix}` }, Name: name }));
}

const getContentTypes = withList((c, list) => {
  const value = contentTypesOf(list).map((ct) => ({ ...ct, Description: `Create a new ${ct.Name.toLowerCase()}.`, Group: 'List Content Types' }));
  return collection(c, 'SP.ContentType', value);
});

export const contentTypeRoutes: Route[] = [sp('GET', `web/${LIST}/contenttypes`, READ, getContentTypes)];
