using Microsoft.IdentityModel.Tokens;

namespace GovernanceBot.BotFramework.Authentication;

/// <summary>
/// A published signing key and the channels it is endorsed for (Bot Framework keys list, in their JWKS
/// entry, the channel ids they may sign for; Entra keys list none).
/// </summary>
internal sealed record SigningKey(SecurityKey Key, IReadOnlyCollection<string> Endorsements)
{
    public bool IsEndorsedFor(string channelId) => Endorsements.Contains(channelId, StringComparer.OrdinalIgnoreCase);
}
