using System.Text;
using GovernanceBot.AdaptiveCards;
using GovernanceBot.Cards;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Newsletter;

namespace GovernanceBot.Newsletter.Cards;

/// <summary>
/// The card(s) the newsletter channels get, and the preview shows, built the same way for both. Teams refuses a
/// message over about 28 KB, so an issue whose card would be larger is split into a thread: the first post holds
/// the title and as many whole sections as fit, each reply the next sections, every post under the limit.
/// </summary>
public static class NewsletterPost
{
    /// <summary>
    /// The largest card JSON a post may carry: Teams' ~28 KB message limit (28,672 bytes) less room for the
    /// activity around the card (addresses, ids, summary: under 1.5 KB in practice).
    /// </summary>
    public const int MaxCardBytes = 27_000;

    public static IReadOnlyList<AdaptiveCard> Parts(NewsletterIssue issue, int maxCardBytes = MaxCardBytes)
    {
        var whole = Build(issue, issue.Sections, 1, 1);
        if (Size(whole) <= maxCardBytes) return [whole];
        var groups = new List<List<NewsletterSection>> { new() };
        foreach (var section in issue.Sections)
        {
            var current = groups[^1];
            // Measured as a part followed by others (with the "continued below" line) and the widest part count,
            // so the final numbers never push a part over.
            if (current.Count > 0 && Size(Build(issue, [.. current, section], groups.Count, 99)) > maxCardBytes) groups.Add([section]);
            else current.Add(section);
        }
        return [.. groups.Select((group, index) => Build(issue, group, index + 1, groups.Count))];
    }

    /// <summary>UTF-8 bytes of the card's JSON: what the limit is about.</summary>
    public static int Size(AdaptiveCard card) => Encoding.UTF8.GetByteCount(card.ToString());

    public static string Summary(NewsletterIssue issue) => NewsletterTexts.PostTitle.In(issue.Language, issue.Quarter.Label(issue.Language));

    private static AdaptiveCard Build(NewsletterIssue issue, IReadOnlyList<NewsletterSection> sections, int part, int parts)
    {
        var language = issue.Language;
        var body = new List<CardElement>();
        if (part == 1)
        {
            body.Add(new Container
            {
                Style = ContainerStyle.Accent,
                Bleed = true,
                Items = [CardKit.Title(Summary(issue)), CardKit.Subtle(NewsletterTexts.PostTagline.In(language))],
            });
        }
        else
        {
            body.Add(CardKit.Subtle(NewsletterTexts.PostContinued.In(language, Summary(issue), part, parts)));
        }
        foreach (var section in sections) body.Add(Section(section));
        if (part < parts) body.Add(new TextBlock(NewsletterTexts.PostMoreBelow.In(language)) { IsSubtle = true, Size = TextSize.Small });
        return new AdaptiveCard
        {
            Lang = language == Language.English ? "en" : "fr",
            FallbackText = Summary(issue),
            Body = body,
        };
    }

    private static Container Section(NewsletterSection section) => new()
    {
        Separator = true,
        Spacing = Spacing.Medium,
        Items =
        [
            new TextBlock(section.Title) { Weight = TextWeight.Bolder, Size = TextSize.Medium },
            .. Lines(section.Body).Select(line => new TextBlock(line) { Spacing = Spacing.Small }),
        ],
    };

    /// <summary>One text block per line: Teams collapses single line breaks inside a text block.</summary>
    internal static IEnumerable<string> Lines(string body) =>
        body.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0);
}
