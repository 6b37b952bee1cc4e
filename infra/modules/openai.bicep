// Optional Azure OpenAI account with one chat deployment. Keys are disabled: the bot's managed identity
// calls it with an Entra token and holds only "Cognitive Services OpenAI User" (inference, no management).

param name string
param location string
param tags object

@description('Model of the chat deployment, e.g. gpt-4o-mini.')
param modelName string

@description('Model version available in the region.')
param modelVersion string

@description('Deployment name the bot sends as the model (Catalogue__Llm__Model).')
param deploymentName string

@description('Capacity in thousands of tokens per minute.')
param capacity int

@description('Principal id of the managed identity allowed to call the deployment.')
param userPrincipalId string

var cognitiveServicesOpenAIUserRoleId = '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'

resource account 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: name
  location: location
  tags: tags
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: name
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

resource deployment 'Microsoft.CognitiveServices/accounts/deployments@2024-10-01' = {
  parent: account
  name: deploymentName
  sku: {
    name: 'GlobalStandard'
    capacity: capacity
  }
  properties: {
    model: {
      format: 'OpenAI'
      name: modelName
      version: modelVersion
    }
  }
}

resource openAIUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, userPrincipalId, cognitiveServicesOpenAIUserRoleId)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', cognitiveServicesOpenAIUserRoleId)
    principalId: userPrincipalId
    principalType: 'ServicePrincipal'
  }
}

@description('The OpenAI-compatible v1 endpoint the bot calls.')
output endpoint string = '${account.properties.endpoint}openai/v1/'
output deploymentName string = deployment.name
