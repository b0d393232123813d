/**
 * Facts: the application IDs of the Microsoft 365 APIs and the IDs (app role IDs) of their application permissions, as
 * an app manifest's `requiredResourceAccess` names them (`{ id, type: 'Role' }`). The IDs are the same in every tenant.
 *
 * Sources:
 * - Microsoft Graph: the Microsoft Graph permissions reference (learn.microsoft.com/graph/permissions-reference, the
 *   "Application" identifier of each permission), checked against the app roles of the Microsoft Graph service
 *   principal as exported in github.com/merill/microsoft-info (_info/GraphAppRoles.csv).
 * - Office 365 SharePoint Online and Office 365 Management APIs: the app roles of their service principals
 *   (00000003-0000-0ff1-ce00-000000000000 and c5393580-f805-4401-95e8-94b7a6ef2fc2); SharePoint's Sites.FullControl.All
 *   also in Microsoft Learn's SharePoint Embedded documentation (app permissions of "Office 365 SharePoint Online").
 *
 * A permission missing here is still checked and reported by name; only its manifest line cannot be written.
 */
export type ManifestResourceKind = 'graph' | 'sharepoint' | 'management';

export interface ResourceApp {
  /** The API's application ID (`resourceAppId`). */
  readonly appId: string;
  /** Its name under App registrations > API permissions > Add a permission. */
  readonly displayName: string;
  /** Application permission (app role value) → app role ID. */
  readonly roles: Readonly<Record<string, string>>;
}

const GRAPH_ROLES: Readonly<Record<string, string>> = {
  'Sites.Read.All': '332a536c-c7ef-4017-ab91-336970924f0d',
  'Sites.ReadWrite.All': '9492366f-7969-46a4-8d15-ed1a20078fff',
  'Sites.Manage.All': '0c0bf378-bf22-4481-8f81-9e89a9b4960a',
  'Sites.FullControl.All': 'a82116e5-55eb-4c41-a434-62fe8a61c773',
  'Sites.Selected': '883ea226-0bf2-4a8f-9f9d-92c9162a727d',
  'Sites.Create.All': '80819dd8-2b3b-4551-a1ad-2700fc44f533',
  'Files.Read.All': '01d4889c-1287-42c6-ac1f-5d1e02578ef6',
  'Files.ReadWrite.All': '75359482-378d-4052-8f01-80520e7db3cd',
  'Group.Read.All': '5b567255-7703-4780-807c-7be8301ae99b',
  'Group.ReadWrite.All': '62a82d76-70ea-41e2-9197-370581804d09',
  'Group.Create': 'bf7b1a76-6e77-406b-b258-bf5c7720e98f',
  'GroupMember.Read.All': '98830695-27a2-44f7-8c18-0c3ebc9698f6',
  'GroupMember.ReadWrite.All': 'dbaae8cf-10b5-4b86-a4a1-f871c94c6695',
  'User.Read.All': 'df021288-bdef-4463-88db-98f22de89214',
  'User.ReadBasic.All': '97235f07-e226-4f63-ace3-39588e11d3a1',
  'User.ReadWrite.All': '741f803b-c850-494e-b5df-cde7c675a1ca',
  'User.Invite.All': '09850681-111b-4a89-9bed-3f2cae46d706',
  'Application.Read.All': '9a5d68dd-52b0-4cc2-bd40-abcf44ac3a30',
  'Application.ReadWrite.All': '1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9',
  'Application.ReadWrite.OwnedBy': '18a4783c-866b-4cc7-a460-3d5e5662c884',
  'Directory.Read.All': '7ab1d382-f21e-4acd-a863-ba3e13f7da61',
  'Directory.ReadWrite.All': '19dbc75e-c2e2-444c-a770-ec69d8559fc7',
  'Team.Create': '23fc2474-f741-46ce-8465-674744c5c361',
  'Team.ReadBasic.All': '2280dda6-0bfd-44ee-a2f4-cb867cfc4c1e',
  'TeamMember.Read.All': '660b7406-55f1-41ca-a0ed-0b035e182f3e',
  'TeamMember.ReadWrite.All': '0121dc95-1b9f-4aed-8bac-58c5ac466691',
  'TeamSettings.Read.All': '242607bd-1d2c-432c-82eb-bdb27baa23ab',
  'TeamSettings.ReadWrite.All': 'bdd80a03-d9bc-451d-b7c4-ce7c63fe3c8f',
  'TeamsAppInstallation.ReadForTeam.All': '1f615aea-6bf9-4b05-84bd-46388e138537',
  'TeamsAppInstallation.ReadWriteForTeam.All': '5dad17ba-f6cc-4954-a5a2-a0dcc95154f0',
  'TeamsTab.Read.All': '46890524-499a-4bb2-ad64-1476b4f3e1cf',
  'TeamsTab.ReadWrite.All': 'a96d855f-016b-47d7-b51c-1218a98d791c',
  'Teamwork.Read.All': '75bcfbce-a647-4fba-ad51-b63d73b210f4',
  'Channel.Create': 'f3a65bd4-b703-46df-8f7e-0174fea562aa',
  'Channel.Delete.All': '6a118a39-1227-45d4-af0c-ea7b40d210bc',
  'Channel.ReadBasic.All': '59a6b24b-4225-4393-8165-ebaec5f55d7a',
  'ChannelMember.Read.All': '3b55498e-47ec-484f-8136-9013221c06a9',
  'ChannelMember.ReadWrite.All': '35930dcf-aceb-4bd1-b99a-8ffed403c974',
  'ChannelMessage.Read.All': '7b2449af-6ccd-4f4d-9f78-e550c193f0d1',
  'ChannelSettings.Read.All': 'c97b873f-f59f-49aa-8a0e-52b32d762124',
  'ChannelSettings.ReadWrite.All': '243cded2-bd16-4fd6-a953-ff8177894c3d',
  'AppCatalog.Read.All': 'e12dae10-5a57-4817-b79d-dfbec5348930',
  'AppCatalog.ReadWrite.All': 'dc149144-f292-421e-b185-5953f2e98d7f',
  'Mail.Send': 'b633e1c5-b582-4048-a93e-9f11b44c7e96',
  'Reports.Read.All': '230c1aed-a721-4c5d-9cb4-a90514e508ef',
  'ReportSettings.Read.All': 'ee353f83-55ef-4b78-82da-555bfa2b4b95',
  'ReportSettings.ReadWrite.All': '2a60023f-3219-47ad-baa4-40e17cd02a1d',
  'CrossTenantInformation.ReadBasic.All': 'cac88765-0581-4025-9725-5ebc13f729ee',
  'ServiceHealth.Read.All': '79c261e0-fe76-4144-aad5-bdc68fbe4037',
  'ServiceMessage.Read.All': '1b620472-6534-4fe6-9df2-4680e8aa28ec',
  'Tasks.Read.All': 'f10e1f91-74ed-437f-a6fd-d6ae88e26c1f',
  'Tasks.ReadWrite.All': '44e666d1-d276-445b-a5fc-8815eeb81d55',
  'ExternalConnection.Read.All': '1914711b-a1cb-4793-b019-c2ce0ed21b8c',
  'ExternalConnection.ReadWrite.All': '34c37bc0-2b40-4d5e-85e1-2365cd256d79',
  'ExternalConnection.ReadWrite.OwnedBy': 'f431331c-49a6-499f-be1c-62af19c34a9d',
  'ExternalItem.Read.All': '7a7cffad-37d2-4f48-afa4-c6ab129adcc2',
  'ExternalItem.ReadWrite.All': '38c3d6ee-69ee-422f-b954-e17819665354',
  'ExternalItem.ReadWrite.OwnedBy': '8116ae0f-55c2-452d-9944-d18420f5b2c8',
  'AuditLog.Read.All': 'b0afded3-3588-46d8-8b3d-9842eff778da',
  'RoleManagement.Read.Directory': '483bed4a-2ad3-4361-a73b-c83ccdbdc53c',
  'RoleManagement.Read.All': 'c7fbd983-d9aa-4fa7-84b8-17382c103bc4',
  'RoleManagement.ReadWrite.Directory': '9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8',
  'AdministrativeUnit.Read.All': '134fd756-38ce-4afd-ba33-e9623dbe66c2',
  'AdministrativeUnit.ReadWrite.All': '5eb59dd3-1da2-4329-8733-9dabdc435916',
  'Organization.Read.All': '498476ce-e0fe-48b0-b801-37ba7e2685c6',
  'Domain.Read.All': 'dbb9058a-0e50-45d7-ae91-66909b5d4664',
  'OrgContact.Read.All': 'e1a88a34-94c4-4418-be12-c87b00e26bea',
  'Policy.Read.All': '246dd0d5-5bd0-4def-940b-0421030a5b68',
  'Device.Read.All': '7438b122-aefc-4978-80ed-43db9fcc7715',
};

const SHAREPOINT_ROLES: Readonly<Record<string, string>> = {
  'Sites.Read.All': 'd13f72ca-a275-4b96-b789-48ebcc4da984',
  'Sites.ReadWrite.All': 'fbcd29d2-fcca-4405-aded-518d457caae4',
  'Sites.Manage.All': '9bff6588-13f2-4c48-bbf2-ddab62256b36',
  'Sites.FullControl.All': '678536fe-1083-478a-9c59-b99265e6b0d3',
  'Sites.Selected': '20d37865-089c-4dee-8c41-6967602d4ac8',
  'TermStore.Read.All': '2a8d57a5-4090-4a41-bf1c-3c621d2ccad3',
  'TermStore.ReadWrite.All': 'c8e3537c-ec53-43b9-bed3-b2bd3617ae97',
  'User.Read.All': 'df021288-bdef-4463-88db-98f22de89214',
  'User.ReadWrite.All': '741f803b-c850-494e-b5df-cde7c675a1ca',
};

const MANAGEMENT_ROLES: Readonly<Record<string, string>> = {
  'ActivityFeed.Read': '594c1fb6-4f81-4475-ae41-0c394909246c',
  'ActivityFeed.ReadDlp': '4807a72c-ad38-4250-94c9-4eabfe26cd55',
  'ServiceHealth.Read': 'e2cea78f-e743-4d8f-a16a-75b629a038ae',
  'ActivityReports.Read': 'b3b78c39-cb1d-4d17-820a-25d9196a800e',
  'ThreatIntelligence.Read': '17f1c501-83cd-414c-9064-cd10f7aef836',
};

/** The APIs whose application permissions go into an app manifest. */
export const RESOURCE_APPS: Readonly<Record<ManifestResourceKind, ResourceApp>> = {
  graph: { appId: '00000003-0000-0000-c000-000000000000', displayName: 'Microsoft Graph', roles: GRAPH_ROLES },
  sharepoint: { appId: '00000003-0000-0ff1-ce00-000000000000', displayName: 'SharePoint', roles: SHAREPOINT_ROLES },
  management: { appId: 'c5393580-f805-4401-95e8-94b7a6ef2fc2', displayName: 'Office 365 Management APIs', roles: MANAGEMENT_ROLES },
};

/** The app role ID of an application permission of that API, when known. */
export function appRoleId(kind: ManifestResourceKind, permission: string): string | undefined {
  return Object.hasOwn(RESOURCE_APPS[kind].roles, permission) ? RESOURCE_APPS[kind].roles[permission] : undefined;
}
