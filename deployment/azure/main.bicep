// JourneyBot in one resource group: Table Storage, a user-assigned managed identity, a container registry,
// Azure Container Apps running the bot's image, and the Azure Bot resource with the Teams channel.
// The identity is the bot's Microsoft App ID (msaAppType UserAssignedMSI) and its key to Table Storage:
// no client secret and no storage key exist anywhere. See README "Deploy to Azure and Teams".

targetScope = 'resourceGroup'

@description('Short name the resource names start with: lowercase letters and digits, 3 to 11 characters.')
@minLength(3)
@maxLength(11)
param appName string = 'journeybot'

@description('Region of every resource but the bot (Azure Bot resources are global).')
param location string = resourceGroup().location

@description('The bot image, e.g. myregistry.azurecr.io/journeybot:1. Empty on the first deployment: a placeholder runs until the image is built into the registry this template creates.')
param containerImage string = ''

@description('Base64 HMAC key (at least 32 bytes) that signs map page and export links; the same on every replica and kept across deployments. Make one with: openssl rand -base64 32')
@secure()
@minLength(44)
param mapLinksSigningKey string

@description('Tenant ids whose Teams activities the bot serves. Empty: only the tenant of this deployment.')
param allowedTenantIds array = []

@description('Replicas that always run: at least 1, because the reminder dispatcher runs inside the bot.')
@minValue(1)
param minReplicas int = 1

@description('Most replicas the HTTP scale rule may add. Every replica shares the tables; rate limits are per replica.')
@minValue(1)
@maxValue(30)
param maxReplicas int = 3

@description('Concurrent HTTP requests per replica above which Container Apps adds one.')
param concurrentRequestsPerReplica int = 50

@description('Azure Bot pricing tier. Teams is a standard channel, free on F0.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Name of the bot in the Azure portal (the name people see in Teams comes from the Teams app manifest).')
param botDisplayName string = 'JourneyBot'

// The port the image listens on: ASPNETCORE_HTTP_PORTS in the Dockerfile.
var appPort = 8080
var placeholderImage = 'mcr.microsoft.com/k8se/quickstart:latest'
var usePlaceholder = empty(containerImage)
var suffix = uniqueString(resourceGroup().id)
var tenantIds = empty(allowedTenantIds) ? [tenant().tenantId] : allowedTenantIds
var containerAppName = '${appName}-app'

// Built-in role definition ids.
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var acrPull = '7f951dda-4ed3-4680-a7ca-43fe172d538d'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${appName}-id'
  location: location
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take('${appName}st${suffix}', 24)
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    // Entra ID only: the bot signs in with its managed identity, so account keys are switched off.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, identity.id, storageTableDataContributor)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributor)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: take('${appName}cr${suffix}', 50)
  location: location
  sku: {
    name: 'Basic'
  }
  properties: {
    adminUserEnabled: false
  }
}

resource registryPull 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: registry
  name: guid(registry.id, identity.id, acrPull)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', acrPull)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${appName}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource environment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: '${appName}-env'
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: logs.properties.customerId
        sharedKey: logs.listKeys().primarySharedKey
      }
    }
  }
}

// Container Apps names an app <name>.<environment's default domain>; known before the app exists, so the
// app's own settings and the bot's messaging endpoint can both use it.
var appHost = '${containerAppName}.${environment.properties.defaultDomain}'

var baseSettings = [
  { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
  { name: 'Bot__AppId', value: identity.properties.clientId }
  { name: 'Bot__AppType', value: 'UserAssignedMSI' }
  { name: 'Bot__TenantId', value: identity.properties.tenantId }
  { name: 'Bot__ManagedIdentityClientId', value: identity.properties.clientId }
  { name: 'Storage__ServiceUri', value: storage.properties.primaryEndpoints.table }
  { name: 'Storage__ManagedIdentityClientId', value: identity.properties.clientId }
  { name: 'MapLinks__PublicBaseUrl', value: 'https://${appHost}' }
  { name: 'MapLinks__SigningKey', secretRef: 'maplinks-signing-key' }
]
var tenantSettings = [for (tenantId, i) in tenantIds: { name: 'Bot__AllowedTenants__${i}', value: tenantId }]

resource app 'Microsoft.App/containerApps@2024-03-01' = {
  name: containerAppName
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    managedEnvironmentId: environment.id
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: usePlaceholder ? 80 : appPort
        transport: 'auto'
        allowInsecure: false
      }
      registries: usePlaceholder ? [] : [
        {
          server: registry.properties.loginServer
          identity: identity.id
        }
      ]
      secrets: [
        {
          name: 'maplinks-signing-key'
          value: mapLinksSigningKey
        }
      ]
    }
    template: {
      containers: [
        {
          name: 'journeybot'
          image: usePlaceholder ? placeholderImage : containerImage
          resources: {
            cpu: json('0.5')
            memory: '1Gi'
          }
          env: concat(baseSettings, tenantSettings)
          probes: usePlaceholder ? [] : [
            {
              type: 'Liveness'
              httpGet: {
                path: '/health/live'
                port: appPort
              }
              periodSeconds: 30
            }
            {
              // Ready while Table Storage answers: a replica that cannot reach storage gets no traffic, but is not restarted.
              type: 'Readiness'
              httpGet: {
                path: '/health/ready'
                port: appPort
              }
              periodSeconds: 10
              failureThreshold: 3
            }
            {
              type: 'Startup'
              httpGet: {
                path: '/health/live'
                port: appPort
              }
              periodSeconds: 5
              failureThreshold: 24
            }
          ]
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
        rules: [
          {
            name: 'http-requests'
            http: {
              metadata: {
                concurrentRequests: string(concurrentRequestsPerReplica)
              }
            }
          }
        ]
      }
    }
  }
  dependsOn: [
    registryPull
    tableDataContributor
    tableService
  ]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${appName}-bot-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${appHost}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppType: 'UserAssignedMSI'
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
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
      enableCalling: false
    }
  }
}

@description('The bot\'s Microsoft App ID: BOT_ID for deployment/teams/package.sh.')
output botAppId string = identity.properties.clientId

@description('The bot\'s public address (BOT_DOMAIN for deployment/teams/package.sh is its host name).')
output appUrl string = 'https://${appHost}'

@description('The Azure Bot resource\'s messaging endpoint.')
output messagingEndpoint string = bot.properties.endpoint

@description('Registry to build the image into (az acr build --registry).')
output registryName string = registry.name

@description('Registry host name for containerImage.')
output registryLoginServer string = registry.properties.loginServer

output containerAppName string = app.name
output storageAccountName string = storage.name
output teamsChannelName string = teams.name
