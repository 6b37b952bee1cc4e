# GovernanceBot container: build with the .NET 10 SDK, run on the ASP.NET Core runtime as a non-root user.
#   docker build -t governancebot .
#   docker run -p 8080:8080 -e Storage__Provider=AzureTables -e Storage__AccountUrl=... governancebot
# Not built in this repository's CI (no Docker engine there); see docs/deploy.md.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files only, so source edits reuse the restored layer.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/GovernanceBot/GovernanceBot.csproj src/GovernanceBot/
COPY src/GovernanceBot.BotFramework/GovernanceBot.BotFramework.csproj src/GovernanceBot.BotFramework/
COPY src/GovernanceBot.AdaptiveCards/GovernanceBot.AdaptiveCards.csproj src/GovernanceBot.AdaptiveCards/
COPY src/GovernanceBot.Storage/GovernanceBot.Storage.csproj src/GovernanceBot.Storage/
COPY src/GovernanceBot.Domain/GovernanceBot.Domain.csproj src/GovernanceBot.Domain/
RUN dotnet restore src/GovernanceBot/GovernanceBot.csproj -r linux-x64
COPY src/ src/
# The catalogue samples are embedded in the bot's assembly.
COPY samples/ samples/
# ReadyToRun: precompiled code starts faster and keeps less JIT output in memory.
RUN dotnet publish src/GovernanceBot/GovernanceBot.csproj -c Release -r linux-x64 --self-contained false \
    -p:PublishReadyToRun=true -o /app --no-restore --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
# SQLite data (local or single-instance runs) lives in a volume the non-root user owns.
RUN mkdir -p /app/data && chown $APP_UID /app/data
COPY --from=build --chown=$APP_UID /app .
USER $APP_UID
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_RUNNING_IN_CONTAINER=true
EXPOSE 8080
VOLUME ["/app/data"]
# The runtime image has no curl or wget: the bot checks its own /healthz.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ["dotnet", "GovernanceBot.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "GovernanceBot.dll"]
