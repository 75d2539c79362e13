/**
 * Microsoft 365 audit record types (Office 365 Management Activity API schema, enum
 * AuditLogRecordType), by the number the unified audit log export writes in RecordType. A number
 * not listed here is shown as it is; the list grows with new workloads.
 */
const RECORD_TYPES: Readonly<Record<number, string>> = {
  1: 'ExchangeAdmin', 2: 'ExchangeItem', 3: 'ExchangeItemGroup', 4: 'SharePoint', 5: 'SyntheticProbe',
  6: 'SharePointFileOperation', 7: 'OneDrive', 8: 'AzureActiveDirectory', 9: 'AzureActiveDirectoryAccountLogon',
  10: 'DataCenterSecurityCmdlet', 11: 'ComplianceDLPSharePoint', 12: 'Sway', 13: 'ComplianceDLPExchange',
  14: 'SharePointSharingOperation', 15: 'AzureActiveDirectoryStsLogon', 16: 'SkypeForBusinessPSTNUsage',
  17: 'SkypeForBusinessUsersBlocked', 18: 'SecurityComplianceCenterEOPCmdlet', 19: 'ExchangeAggregatedOperation',
  20: 'PowerBIAudit', 21: 'CRM', 22: 'Yammer', 23: 'SkypeForBusinessCmdlets', 24: 'Discovery', 25: 'MicrosoftTeams',
  28: 'ThreatIntelligence', 29: 'MailSubmission', 30: 'MicrosoftFlow', 31: 'AeD', 32: 'MicrosoftStream',
  33: 'ComplianceDLPSharePointClassification', 34: 'ThreatFinder', 35: 'Project', 36: 'SharePointListOperation',
  37: 'SharePointCommentOperation', 38: 'DataGovernance', 39: 'Kaizala', 40: 'SecurityComplianceAlerts',
  41: 'ThreatIntelligenceUrl', 42: 'SecurityComplianceInsights', 43: 'MIPLabel', 44: 'WorkplaceAnalytics',
  45: 'PowerAppsApp', 46: 'PowerAppsPlan', 47: 'ThreatIntelligenceAtpContent', 48: 'LabelContentExplorer',
  49: 'TeamsHealthcare', 50: 'ExchangeItemAggregated', 51: 'HygieneEvent', 52: 'DataInsightsRestApiAudit',
  53: 'InformationBarrierPolicyApplication', 54: 'SharePointListItemOperation', 55: 'SharePointContentTypeOperation',
  56: 'SharePointFieldOperation', 57: 'MicrosoftTeamsAdmin', 58: 'HRSignal', 59: 'MicrosoftTeamsDevice',
  60: 'MicrosoftTeamsAnalytics', 61: 'InformationWorkerProtection', 62: 'Campaign', 63: 'DLPEndpoint',
  64: 'AirInvestigation', 65: 'Quarantine', 66: 'MicrosoftForms', 67: 'ApplicationAudit',
  68: 'ComplianceSupervisionExchange', 69: 'CustomerKeyServiceEncryption', 70: 'OfficeNative',
  71: 'MipAutoLabelSharePointItem', 72: 'MipAutoLabelSharePointPolicyLocation', 73: 'MicrosoftTeamsShifts',
  75: 'MipAutoLabelExchangeItem', 76: 'CortanaBriefing', 78: 'WDATPAlerts', 82: 'SensitivityLabelPolicyMatch',
  83: 'SensitivityLabelAction', 84: 'SensitivityLabeledFileAction', 85: 'AttackSim', 86: 'AirManualInvestigation',
  87: 'SecurityComplianceRBAC', 88: 'UserTraining', 89: 'AirAdminActionInvestigation', 90: 'MSTIC',
  91: 'PhysicalBadgingSignal', 93: 'AipDiscover', 94: 'AipSensitivityLabelAction', 95: 'AipProtectionAction',
  96: 'AipFileDeleted', 97: 'AipHeartBeat', 98: 'MCASAlerts', 99: 'OnPremisesFileShareScannerDlp',
  100: 'OnPremisesSharePointScannerDlp', 101: 'ExchangeSearch', 102: 'SharePointSearch', 103: 'PrivacyInsights',
  105: 'MyAnalyticsSettings', 106: 'SecurityComplianceUserChange', 107: 'ComplianceDLPExchangeClassification',
  109: 'MipExactDataMatch',
};

/** `15` → `AzureActiveDirectoryStsLogon`; '' for a number the table does not know or no number. */
export function recordTypeName(value: string): string {
  const s = value.trim();
  if (!/^\d+$/.test(s)) return s; // some exports write the name itself
  return RECORD_TYPES[Number(s)] ?? '';
}

/** UserType (enum User Type) → what the actor is. */
const USER_TYPES: readonly [name: string, kind: 'member' | 'admin' | 'system' | 'app' | 'service_account' | 'unknown'][] = [
  ['Regular', 'member'], ['Reserved', 'unknown'], ['Admin', 'admin'], ['DcAdmin', 'admin'], ['System', 'system'],
  ['Application', 'app'], ['ServicePrincipal', 'service_account'], ['CustomPolicy', 'system'], ['SystemPolicy', 'system'],
  ['PartnerTechnician', 'admin'], ['Guest', 'member'],
];

/** The name and actor kind of a UserType written as a number (`0`) or a name (`Regular`); null when unknown. */
export function userTypeOf(value: unknown): { name: string; kind: (typeof USER_TYPES)[number][1] } | null {
  const s = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  const i = /^\d+$/.test(s) ? Number(s) : USER_TYPES.findIndex(([n]) => n.toLowerCase() === s.toLowerCase());
  const t = USER_TYPES[i];
  return t ? { name: t[0], kind: t[1] } : null;
}
