# syntax=docker/dockerfile:1
# The JourneyBot host. Build from the repository root:
#   docker build -t journeybot .            (or, with no local Docker: az acr build --registry <acr> --image journeybot:1 .)
# Two stages: the SDK image builds and publishes; the ASP.NET Core runtime image runs it as a non-root user.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source

# Restore first, from the project files alone, so the package layer is reused while only code changes.
COPY .editorconfig Directory.Build.props Directory.Packages.props ./
COPY src/JourneyBot/JourneyBot.csproj src/JourneyBot/
COPY src/JourneyBot.BotKit/JourneyBot.BotKit.csproj src/JourneyBot.BotKit/
COPY src/JourneyBot.Cards/JourneyBot.Cards.csproj src/JourneyBot.Cards/
COPY src/JourneyBot.Domain/JourneyBot.Domain.csproj src/JourneyBot.Domain/
COPY src/JourneyBot.Journeys/JourneyBot.Journeys.csproj src/JourneyBot.Journeys/
COPY src/JourneyBot.Storage/JourneyBot.Storage.csproj src/JourneyBot.Storage/
RUN dotnet restore src/JourneyBot/JourneyBot.csproj

COPY src/ src/
COPY cards/ cards/
RUN dotnet publish src/JourneyBot/JourneyBot.csproj --no-restore -c Release -o /app -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app
# The port main.bicep's ingress targets (appPort).
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
COPY --from=build /app .
# The .NET images ship a non-root user "app"; APP_UID is its numeric id, which Kubernetes-style hosts can verify.
USER $APP_UID
ENTRYPOINT ["dotnet", "JourneyBot.dll"]
