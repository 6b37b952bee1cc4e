using System.Text;

namespace GovernanceBot.Domain.UseCases;

/// <summary>Tidies typed text before it is checked, so limits count what is kept.</summary>
internal static class FieldText
{
    /// <summary>
    /// Trims, turns Windows line ends into \n (or, for one-line fields, every line break into a space) and
    /// drops other control characters, which no one types on purpose and which break cards and storage.
    /// </summary>
    public static string Normalise(string? raw, bool multiline)
    {
        if (string.IsNullOrWhiteSpace(raw)) return "";
        var text = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '\n') builder.Append(multiline ? '\n' : ' ');
            else if (c == '\t') builder.Append(' ');
            else if (!char.IsControl(c)) builder.Append(c);
        }
        return builder.ToString().Trim();
    }

    /// <summary>An absolute http or https address with a host: what a link on a card can open.</summary>
    public static bool IsWebLink(string text) =>
        !text.Any(char.IsWhiteSpace)
        && Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Length > 0;
}
