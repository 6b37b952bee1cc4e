using System.Security.Claims;
using GovernanceBot.BotFramework.Schema;

namespace GovernanceBot.BotFramework.Authentication;

/// <summary>
/// Decides whether an inbound request may be processed. Implementations throw
/// <see cref="AuthenticationFailedException"/> with a reason (logged, never sent to the caller).
/// </summary>
public interface IInboundAuthenticator
{
    /// <param name="authorizationHeader">The raw Authorization header, or null.</param>
    /// <param name="activity">The activity's channelId and serviceUrl, read before the rest is parsed (they take part in the checks).</param>
    /// <param name="remoteIsLoopback">Whether the caller connected directly from a loopback address.</param>
    Task<ClaimsIdentity> AuthenticateAsync(string? authorizationHeader, ActivityEnvelope activity, bool remoteIsLoopback, CancellationToken cancellationToken);
}

public sealed class AuthenticationFailedException(string reason) : Exception(reason);
