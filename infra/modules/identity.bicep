// The one identity the bot runs as: Teams authenticates the bot with it (Azure Bot, UserAssignedMSI)
// and the web app uses it for Table Storage and Key Vault, so there is no secret to rotate.

@description('Name of the user-assigned managed identity.')
param name string

param location string
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output resourceId string = identity.id
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
