namespace GovernanceBot.Domain.Copil;

/// <summary>
/// A line the Copil keeps between sessions: a standard to validate ("norme ajouter …") or an action decided
/// in the meeting ("action ajouter …"). Open until closed; open ones go on the next agenda.
/// </summary>
public sealed record CopilNote(Guid Id, CopilNoteKind Kind, int Number, string Text, string AddedByKey, string? AddedByName, DateTimeOffset AddedAt, DateTimeOffset? ClosedAt = null)
{
    public const int TextLength = 300;

    public bool IsOpen => ClosedAt is null;

    /// <summary>The text as it will be kept: trimmed, one line; throws <see cref="ArgumentException"/> when empty or longer than <see cref="TextLength"/>.</summary>
    public static string CleanText(string? text)
    {
        var clean = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (clean.Length == 0) throw new ArgumentException("The text is empty.", nameof(text));
        if (clean.Length > TextLength) throw new ArgumentException($"The text is longer than {TextLength} characters.", nameof(text));
        return clean;
    }
}

public enum CopilNoteKind
{
    Standard,
    Action,
}
