using System.Globalization;
using System.Text.Json.Nodes;
using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Domain.Newsletter;
using GovernanceBot.Modules;

namespace GovernanceBot.Newsletter;

/// <summary>
/// What a newsletter card action carries: the quarter and the revision the card was drawn from (so a
/// double click or a colleague's change in between is recognised), the section it is about,
/// and the inputs sent back with it (a polish proposal stays on the server). Read defensively: a modified client can send anything, and nothing here
/// is trusted for permissions — the caller's role is checked on the server.
/// </summary>
public sealed record NewsletterActionData : ICardData<NewsletterActionData>
{
    public const string TitleInput = "title";
    public const string BodyInput = "body";
    public const string DateInput = "date";
    public const string TimeInput = "time";
    public const string ChannelsInput = "channels";
    private const int MaxIdLength = 64;

    /// <summary>Longer than any text the card accepts; a longer value is refused by the domain's length rules.</summary>
    private const int MaxTextLength = NewsletterSection.BodyLength * 2;

    public required Quarter Quarter { get; init; }
    public required int Revision { get; init; }
    public string? SectionId { get; init; }
    public string? Title { get; init; }
    public string? Body { get; init; }

    public string? Date { get; init; }
    public string? Time { get; init; }
    public IReadOnlyList<string> Channels { get; init; } = [];

    public static JsonObject For(Quarter quarter, int revision, string? sectionId = null)
    {
        var json = new JsonObject { ["quarter"] = quarter.ToString(), ["revision"] = revision };
        if (sectionId is not null) json["sectionId"] = sectionId;
        return json;
    }

    public static NewsletterActionData Read(CardActionData action)
    {
        var quarter = Quarter.TryParse(action.GetString("quarter")) ?? throw new CardDataException(NewsletterTexts.CardDataInvalid.Localized);
        if (!int.TryParse(action.GetString("revision"), NumberStyles.None, CultureInfo.InvariantCulture, out var revision))
            throw new CardDataException(NewsletterTexts.CardDataInvalid.Localized);
        return new NewsletterActionData
        {
            Quarter = quarter,
            Revision = revision,
            SectionId = Short(action.GetString("sectionId")),
            Title = Text(action.GetString(TitleInput)),
            Body = Text(action.GetString(BodyInput)),
            Date = Short(action.GetString(DateInput)),
            Time = Short(action.GetString(TimeInput)),
            Channels = (Text(action.GetString(ChannelsInput)) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        };
    }

    private static string? Short(string? value) => string.IsNullOrWhiteSpace(value) || value.Length > MaxIdLength ? null : value.Trim();

    private static string? Text(string? value) => string.IsNullOrEmpty(value) ? null : value.Length > MaxTextLength ? value[..MaxTextLength] : value;
}
