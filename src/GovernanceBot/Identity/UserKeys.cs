using System.Text;

namespace GovernanceBot.Identity;

/// <summary>
/// Turns a user's identifier into a storage key: the Entra object id when Teams gives one (stable across
/// chats and apps), else the channel user id. Characters table keys forbid are escaped.
/// </summary>
internal static class UserKeys
{
    public static string For(string? aadObjectId, string? channelUserId)
    {
        if (!string.IsNullOrWhiteSpace(aadObjectId)) return "aad-" + Escape(aadObjectId.Trim().ToLowerInvariant());
        if (!string.IsNullOrWhiteSpace(channelUserId)) return "id-" + Escape(channelUserId.Trim());
        throw new UnidentifiedUserException();
    }

    private static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c)) builder.Append('%').Append(((int)c).ToString("X2"));
            else builder.Append(c);
        }
        return builder.ToString();
    }
}
