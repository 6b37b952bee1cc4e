// Linux App Service plan and the web app that hosts the bot (.NET 10), with every setting the bot
// reads. Each setting name below must be documented in infra/README.md (a test checks it).

param planName string
param webAppName string
param location string
param tags object

@description('App Service plan SKU. Always On needs Basic (B1) or above.')
param planSku string

param identityResourceId string
param identityClientId string

@description('Table endpoint of the storage account the managed identity may use; empty when a connection string from Key Vault is used instead.')
param storageTableEndpoint string

@allowed(['UserAssignedMSI', 'SingleTenant', 'MultiTenant'])
param botAppType string

@description('The bot id: the managed identity\'s client id, or the app registration\'s.')
param botAppId string

@description('Key Vault secret with the app registration\'s client secret (SingleTenant / MultiTenant).')
param botAppPasswordSecretName string

@description('Azure OpenAI v1 endpoint; empty when no OpenAI account is deployed.')
param openAIEndpoint string

param openAIDeploymentName string

param storageTablePrefix string
param keyVaultName string
param storageConnectionStringSecretName string
param adminObjectIds array
param centralTeamObjectIds array
param copilObjectIds array
param commsObjectIds array

param applicationInsightsConnectionString string
param logAnalyticsWorkspaceId string

var useKeyVault = !empty(keyVaultName)

var botIdentitySettings = {
  MicrosoftAppType: botAppType
  MicrosoftAppId: botAppId
}

// A multi-tenant bot accepts any tenant: no tenant setting.
var botTenantSettings = botAppType == 'MultiTenant' ? {} : {
  MicrosoftAppTenantId: tenant().tenantId
}

// App registrations authenticate with a client secret, kept in Key Vault and resolved with the managed identity.
var botSecretSettings = botAppType != 'UserAssignedMSI' && useKeyVault && !empty(botAppPasswordSecretName) ? {
  MicrosoftAppPassword: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${botAppPasswordSecretName})'
} : {}

// Azure OpenAI with Entra ID: the managed identity's token, no key.
var llmSettings = empty(openAIEndpoint) ? {} : {
  Catalogue__Llm__Endpoint: openAIEndpoint
  Catalogue__Llm__Model: openAIDeploymentName
  Catalogue__Llm__UseAzureIdentity: 'true'
  Catalogue__Llm__ManagedIdentityClientId: identityClientId
}

// Managed identity on the storage account by default; a connection string kept in Key Vault when
// the tables live elsewhere (Cosmos DB for Table, or an account that must use keys).
var storageSettings = useKeyVault && !empty(storageConnectionStringSecretName) ? {
  Storage__Provider: 'AzureTables'
  Storage__ConnectionString: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${storageConnectionStringSecretName})'
} : {
  Storage__Provider: 'AzureTables'
  Storage__AccountUrl: storageTableEndpoint
  Storage__ManagedIdentityClientId: identityClientId
}

var tablePrefixSettings = empty(storageTablePrefix) ? {} : {
  Storage__TablePrefix: storageTablePrefix
}

// Configuration binds Roles:Admins:0, Roles:Admins:1, ... to the Roles:Admins array.
var adminSettings = toObject(range(0, length(adminObjectIds)), i => 'Roles__Admins__${i}', i => adminObjectIds[i])
var centralTeamSettings = toObject(range(0, length(centralTeamObjectIds)), i => 'Roles__CentralTeam__${i}', i => centralTeamObjectIds[i])
var copilSettings = toObject(range(0, length(copilObjectIds)), i => 'Roles__Copil__${i}', i => copilObjectIds[i])
var commsSettings = toObject(range(0, length(commsObjectIds)), i => 'Roles__Comms__${i}', i => commsObjectIds[i])

// The bot exports its OpenTelemetry traces and metrics to Application Insights when this is set
// (no codeless agent: it would collect the same requests twice).
var monitoringSettings = {
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
}

var appSettings = union(botIdentitySettings, botTenantSettings, botSecretSettings, llmSettings, storageSettings, tablePrefixSettings, adminSettings, centralTeamSettings, copilSettings, commsSettings, monitoringSettings)

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: planSku
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityResourceId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identityResourceId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      // The publish output holds several assemblies; name the entry point rather than let the platform guess.
      appCommandLine: 'dotnet GovernanceBot.dll'
      alwaysOn: true
      healthCheckPath: '/healthz'
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: [for setting in items(appSettings): {
        name: setting.key
        value: setting.value
      }]
    }
  }
}

resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: site
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: [
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
  }
}

output name string = site.name
output resourceId string = site.id
output defaultHostName string = site.properties.defaultHostName
