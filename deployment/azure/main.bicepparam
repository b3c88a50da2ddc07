// Parameters for main.bicep. The signing key and the image come from the environment so that no secret is
// committed: export JOURNEYBOT_SIGNING_KEY (openssl rand -base64 32, kept for every later deployment) and, once
// the image is built, JOURNEYBOT_IMAGE. See README "Deploy to Azure and Teams".
using './main.bicep'

param appName = 'journeybot'
param containerImage = readEnvironmentVariable('JOURNEYBOT_IMAGE', '')
param mapLinksSigningKey = readEnvironmentVariable('JOURNEYBOT_SIGNING_KEY')
param allowedTenantIds = []
param minReplicas = 1
param maxReplicas = 3
param concurrentRequestsPerReplica = 50
param botSku = 'F0'
param botDisplayName = 'JourneyBot'
