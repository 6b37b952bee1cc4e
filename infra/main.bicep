// GovernanceBot in one resource group: web app (.NET 10 on Linux), Azure Bot with the Teams channel,
// a user-assigned managed identity (the bot's identity by default; always the identity for Tables and
// OpenAI), Table Storage, optional Azure OpenAI, and monitoring.
//   az deployment group create -g <resource group> -f infra/main.bicep -p @infra/main.parameters.example.json
// See infra/README.md for the whole procedure.

targetScope = 'resourceGroup'

@description('Short name used in every resource name: lower-case letters, digits and dashes.')
@minLength(3)
@maxLength(20)
param baseName string = 'governancebot'

@description('Region for everything except the bot registration, which is global.')
param location string = resourceGroup().location

@description('App Service plan SKU (Linux). B1 is enough for a pilot; P0v3 or above for production.')
@allowed(['B1', 'B2', 'B3', 'S1', 'S2', 'S3', 'P0v3', 'P1v3', 'P2v3', 'P3v3'])
param appServicePlanSku string = 'B1'

@description('Azure Bot pricing tier. Teams is a standard channel: F0 carries it at no cost, S1 adds the SLA.')
@allowed(['F0', 'S1'])
param botSku string = 'F0'

@description('Name the bot shows in the Azure portal.')
param botDisplayName string = 'GovernanceBot'

@description('Storage account redundancy. Prefer Standard_ZRS where the region offers it.')
@allowed(['Standard_LRS', 'Standard_ZRS', 'Standard_GRS', 'Standard_RAGRS', 'Standard_GZRS', 'Standard_RAGZRS'])
param storageSkuName string = 'Standard_LRS'

@description('Optional prefix for the bot\'s table names, to share one account between environments.')
param storageTablePrefix string = ''

@description('Optional: an existing Key Vault in this resource group (RBAC permission model) holding the secrets below. The managed identity gets Key Vault Secrets User on it.')
param keyVaultName string = ''

@description('Optional, needs keyVaultName: secret holding a table connection string (e.g. Cosmos DB for Table). When set, no storage account is created.')
param storageConnectionStringSecretName string = ''

@description('How Teams authenticates the bot. UserAssignedMSI: the managed identity, single tenant, no secret. SingleTenant or MultiTenant: an Entra app registration (botAppId) with its client secret in Key Vault (botAppPasswordSecretName).')
@allowed(['UserAssignedMSI', 'SingleTenant', 'MultiTenant'])
param botAppType string = 'UserAssignedMSI'

@description('SingleTenant / MultiTenant only: client id of the bot\'s Entra app registration.')
param botAppId string = ''

@description('SingleTenant / MultiTenant only, needs keyVaultName: Key Vault secret holding the app registration\'s client secret.')
param botAppPasswordSecretName string = ''

@description('Create an Azure OpenAI account with a chat deployment; the bot then rewords catalogue answers and newsletter sections with it.')
param deployOpenAI bool = false

@description('Region of the Azure OpenAI account (model availability differs by region).')
param openAILocation string = location

@description('Chat model to deploy.')
param openAIModelName string = 'gpt-4o-mini'

@description('Version of the chat model.')
param openAIModelVersion string = '2024-07-18'

@description('Deployment capacity, in thousands of tokens per minute.')
param openAICapacity int = 20

@description('Entra object ids of the bot administrators.')
param adminObjectIds array = []

@description('Entra object ids of the central industrialisation team.')
param centralTeamObjectIds array = []

@description('Entra object ids of the Copil members.')
param copilObjectIds array = []

@description('Entra object ids of the comms team.')
param commsObjectIds array = []

param tags object = {
  application: 'GovernanceBot'
}

var suffix = uniqueString(resourceGroup().id, baseName)
var useStorageAccount = empty(keyVaultName) || empty(storageConnectionStringSecretName)
var useManagedIdentityBot = botAppType == 'UserAssignedMSI'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: 'id-${baseName}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: 'log-${baseName}-${suffix}'
    applicationInsightsName: 'appi-${baseName}-${suffix}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = if (useStorageAccount) {
  name: 'storage'
  params: {
    // Storage names: 3-24 lower-case letters and digits, globally unique.
    name: 'st${take(toLower(replace(baseName, '-', '')), 9)}${suffix}'
    location: location
    tags: tags
    skuName: storageSkuName
    dataContributorPrincipalId: identity.outputs.principalId
  }
}

module openAI 'modules/openai.bicep' = if (deployOpenAI) {
  name: 'openai'
  params: {
    name: 'oai-${baseName}-${suffix}'
    location: openAILocation
    tags: tags
    modelName: openAIModelName
    modelVersion: openAIModelVersion
    deploymentName: 'chat'
    capacity: openAICapacity
    userPrincipalId: identity.outputs.principalId
  }
}

module keyVaultAccess 'modules/keyVaultAccess.bicep' = if (!empty(keyVaultName)) {
  name: 'keyVaultAccess'
  params: {
    keyVaultName: keyVaultName
    principalId: identity.outputs.principalId
  }
}

module webApp 'modules/webApp.bicep' = {
  name: 'webApp'
  dependsOn: [
    keyVaultAccess
  ]
  params: {
    planName: 'asp-${baseName}-${suffix}'
    webAppName: 'app-${baseName}-${suffix}'
    location: location
    tags: tags
    planSku: appServicePlanSku
    identityResourceId: identity.outputs.resourceId
    identityClientId: identity.outputs.clientId
    storageTableEndpoint: useStorageAccount ? storage.outputs.tableEndpoint : ''
    botAppType: botAppType
    botAppId: useManagedIdentityBot ? identity.outputs.clientId : botAppId
    botAppPasswordSecretName: botAppPasswordSecretName
    openAIEndpoint: deployOpenAI ? openAI.outputs.endpoint : ''
    openAIDeploymentName: deployOpenAI ? openAI.outputs.deploymentName : ''
    storageTablePrefix: storageTablePrefix
    keyVaultName: keyVaultName
    storageConnectionStringSecretName: storageConnectionStringSecretName
    adminObjectIds: adminObjectIds
    centralTeamObjectIds: centralTeamObjectIds
    copilObjectIds: copilObjectIds
    commsObjectIds: commsObjectIds
    applicationInsightsConnectionString: monitoring.outputs.applicationInsightsConnectionString
    logAnalyticsWorkspaceId: monitoring.outputs.workspaceId
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: 'bot-${baseName}-${suffix}'
    displayName: botDisplayName
    tags: tags
    sku: botSku
    botDomain: webApp.outputs.defaultHostName
    identityResourceId: identity.outputs.resourceId
    appType: botAppType
    appId: useManagedIdentityBot ? identity.outputs.clientId : botAppId
  }
}

@description('The bot id: pass it to scripts/package-manifest.js as BOT_ID.')
output botId string = useManagedIdentityBot ? identity.outputs.clientId : botAppId

@description('Id in the manifest\'s webApplicationInfo (SSO_APP_ID): the bot id, as the bot does not use single sign-on.')
output ssoAppId string = useManagedIdentityBot ? identity.outputs.clientId : botAppId

@description('Host name of the bot: pass it to scripts/package-manifest.js as BOT_DOMAIN.')
output botDomain string = webApp.outputs.defaultHostName

output appUrl string = 'https://${webApp.outputs.defaultHostName}'
output messagingEndpoint string = bot.outputs.messagingEndpoint
output webAppName string = webApp.outputs.name

@description('The web app the Agents Toolkit deploys to (m365agents.yml, azureAppService/zipDeploy).')
output botAzureAppServiceResourceId string = webApp.outputs.resourceId
output tenantId string = tenant().tenantId
