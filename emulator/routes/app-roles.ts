/**
 * The app roles the emulated APIs publish, as their service principals in Entra ID do (`appRoles`: ID → value), so
 * that an app manifest's `requiredResourceAccess` can be granted to an emulated app the way admin consent grants it.
 * Only the roles the emulated routes know, plus a few neighbours; the IDs are the real ones (Microsoft Graph
 * permissions reference; the Office 365 SharePoint Online and Office 365 Management APIs service principals).
 */
import type { ApiName } from '../types.js';

/** The APIs whose application permissions a manifest grants (Azure Resource Manager access is by role assignment). */
export const MANIFEST_APIS = ['graph', 'sharepoint', 'management'] as const satisfies readonly ApiName[];
export type ManifestApi = (typeof MANIFEST_APIS)[number];

/** Application IDs of the emulated APIs (a manifest's `resourceAppId`). */
export const API_APP_IDS: Readonly<Record<ManifestApi, string>> = {
  graph: '00000003-0000-0000-c000-000000000000',
  sharepoint: '00000003-0000-0ff1-ce00-000000000000',
  management: 'c5393580-f805-4401-95e8-94b7a6ef2fc2',
};

export const PUBLISHED_APP_ROLES: Readonly<Record<ManifestApi, Readonly<Record<string, string>>>> = {
  graph: {
    '332a536c-c7ef-4017-ab91-336970924f0d': 'Sites.Read.All',
    '9492366f-7969-46a4-8d15-ed1a20078fff': 'Sites.ReadWrite.All',
    '0c0bf378-bf22-4481-8f81-9e89a9b4960a': 'Sites.Manage.All',
    'a82116e5-55eb-4c41-a434-62fe8a61c773': 'Sites.FullControl.All',
    '883ea226-0bf2-4a8f-9f9d-92c9162a727d': 'Sites.Selected',
    '5b567255-7703-4780-807c-7be8301ae99b': 'Group.Read.All',
    '62a82d76-70ea-41e2-9197-370581804d09': 'Group.ReadWrite.All',
    '98830695-27a2-44f7-8c18-0c3ebc9698f6': 'GroupMember.Read.All',
    'dbaae8cf-10b5-4b86-a4a1-f871c94c6695': 'GroupMember.ReadWrite.All',
    '7ab1d382-f21e-4acd-a863-ba3e13f7da61': 'Directory.Read.All',
    '19dbc75e-c2e2-444c-a770-ec69d8559fc7': 'Directory.ReadWrite.All',
    '9a5d68dd-52b0-4cc2-bd40-abcf44ac3a30': 'Application.Read.All',
    '1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9': 'Application.ReadWrite.All',
    '18a4783c-866b-4cc7-a460-3d5e5662c884': 'Application.ReadWrite.OwnedBy',
    'df021288-bdef-4463-88db-98f22de89214': 'User.Read.All',
  },
  sharepoint: {
    'd13f72ca-a275-4b96-b789-48ebcc4da984': 'Sites.Read.All',
    'fbcd29d2-fcca-4405-aded-518d457caae4': 'Sites.ReadWrite.All',
    '9bff6588-13f2-4c48-bbf2-ddab62256b36': 'Sites.Manage.All',
    '678536fe-1083-478a-9c59-b99265e6b0d3': 'Sites.FullControl.All',
    '20d37865-089c-4dee-8c41-6967602d4ac8': 'Sites.Selected',
  },
  management: {
    '594c1fb6-4f81-4475-ae41-0c394909246c': 'ActivityFeed.Read',
    '4807a72c-ad38-4250-94c9-4eabfe26cd55': 'ActivityFeed.ReadDlp',
    'e2cea78f-e743-4d8f-a16a-75b629a038ae': 'ServiceHealth.Read',
  },
};
