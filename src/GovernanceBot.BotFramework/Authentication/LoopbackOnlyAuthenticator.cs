using System.Security.Claims;
using GovernanceBot.BotFramework.Schema;

namespace GovernanceBot.BotFramework.Authentication;

/// <summary>
/// The authenticator of a bot without an app id (a local run, the Playground): callers on this machine are let
/// in anonymously, anyone else is refused, token or not, since there is no app id to check a token against.
/// </summary>
public sealed class LoopbackOnlyAuthenticator : IInboundAuthenticator
{
    public Task<ClaimsIdentity> AuthenticateAsync(string? authorizationHeader, ActivityEnvelope activity, bool remoteIsLoopback, CancellationToken cancellationToken) =>
        remoteIsLoopback
            ? Task.FromResult(new ClaimsIdentity())
            : throw new AuthenticationFailedException("no MicrosoftAppId is configured, so only loopback callers are accepted");
}
