// Azure Bot registration: Teams sends activities to the web app's /api/messages and checks the bot's
// tokens against its identity: the user-assigned managed identity, or an Entra app registration
// (single- or multi-tenant).

param name string
param displayName string
param tags object

@allowed(['F0', 'S1'])
param sku string

@description('Host name of the web app, without scheme.')
param botDomain string

@description('Resource id of the managed identity; used only with UserAssignedMSI.')
param identityResourceId string

@allowed(['UserAssignedMSI', 'SingleTenant', 'MultiTenant'])
param appType string

@description('The bot id: the managed identity\'s client id, or the app registration\'s.')
param appId string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: 'https://${botDomain}/api/messages'
    msaAppType: appType
    msaAppId: appId
    msaAppMSIResourceId: appType == 'UserAssignedMSI' ? identityResourceId : null
    msaAppTenantId: appType == 'MultiTenant' ? null : tenant().tenantId
    schemaTransformationVersion: '1.3'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output messagingEndpoint string = bot.properties.endpoint
