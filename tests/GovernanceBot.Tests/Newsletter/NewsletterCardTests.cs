using System.Text;
using GovernanceBot.Delivery.Channels;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Newsletter;
using GovernanceBot.Newsletter;
using GovernanceBot.Newsletter.Cards;
using GovernanceBot.TestSupport.Cards;

namespace GovernanceBot.Tests.Newsletter;

/// <summary>The editor and channel cards: valid for the 1.5 parser, rendered in Chromium, and split at the size boundary.</summary>
public sealed class NewsletterCardTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly NewsletterActor Camille = new("aad-camille", "Camille", IsComms: true);

    private static NewsletterIssue Issue(int sections, int bodyLength, Language language = Language.French) => NewsletterIssue.Start(
        new Quarter(2026, 4), language,
        [.. Enumerable.Range(1, sections).Select(i => new NewsletterSection($"s{i}", SectionKind.Custom, $"Rubrique {i}",
            $"• Ligne {i}\n" + new string('é', Math.Max(1, bodyLength - 10)), [new FactSource(SourceKind.UseCase, $"UC-2026-{i:D4}")]))],
        1, Camille, Now);

    private static readonly ChannelRegistration Channel = new(ChannelPurposes.Newsletter, "19:news@thread.tacv2", "Newsletter", "team-1", "Data Science",
        "https://smba.example/", "tenant-1", "28:bot", "aad-admin", Now);

    [Fact]
    public void A_card_exactly_at_the_limit_stays_one_post_and_one_byte_over_becomes_a_thread()
    {
        var issue = Issue(3, 2000);
        var whole = NewsletterPost.Size(NewsletterPost.Parts(issue, int.MaxValue)[0]);

        Assert.Single(NewsletterPost.Parts(issue, whole));
        var split = NewsletterPost.Parts(issue, whole - 1);
        Assert.Equal(2, split.Count);
        Assert.All(split, part => Assert.True(NewsletterPost.Size(part) <= whole - 1));
    }

    [Fact]
    public void The_largest_issue_is_split_in_order_with_every_post_under_the_limit()
    {
        var issue = Issue(NewsletterIssue.MaxSections, NewsletterSection.BodyLength);

        var parts = NewsletterPost.Parts(issue);

        Assert.True(parts.Count > 1);
        Assert.All(parts, part => Assert.True(NewsletterPost.Size(part) <= NewsletterPost.MaxCardBytes));
        var titles = parts.SelectMany(p => p.ToJson().AllTexts()).Where(t => t.StartsWith("Rubrique ", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(1, NewsletterIssue.MaxSections).Select(i => $"Rubrique {i}"), titles);
    }

    [Fact]
    public void The_editor_of_the_largest_issue_stays_under_the_teams_limit_in_every_mode_the_rewrite_shown_whole()
    {
        var issue = Issue(NewsletterIssue.MaxSections, NewsletterSection.BodyLength);
        var section = issue.Sections[0];
        foreach (var view in Views(issue, section))
            Assert.True(Encoding.UTF8.GetByteCount(EditorCard.Build(view).ToString()) <= EditorCard.MaxCardBytes, view.Mode.ToString());
        var polish = EditorCard.Build(Views(issue, section).Single(v => v.Mode == EditorMode.Polish)).ToJson();
        Assert.Contains(section.Body[..^5].Split('\n')[1], polish.AllTexts());
    }

    [Fact]
    public async Task Every_editor_mode_and_the_channel_posts_are_valid_adaptive_cards()
    {
        var issue = Issue(4, 600);
        var cards = Views(issue, issue.Sections[1]).Select((view, i) => ($"newsletter-editor-{view.Mode}-{i}", EditorCard.Build(view).ToJson()))
            .Concat(NewsletterPost.Parts(Issue(12, 4000)).Select((part, i) => ($"newsletter-post-{i}", part.ToJson())))
            .Concat([("newsletter-editor-en", EditorCard.Build(new EditorView(Issue(2, 300, Language.English), Language.English, "Europe/Paris")).ToJson())]);

        await CardValidator.AssertValidAsync(cards);
    }

    [Fact]
    public async Task The_editor_renders_with_each_section_its_sources_and_buttons()
    {
        var issue = Issue(3, 300);
        var card = EditorCard.Build(new EditorView(issue, Language.French, "Europe/Paris", Notice: new EditorNotice("Brouillon rédigé.")));

        var rendered = await CardRenderer.RenderAsync(new CardRenderRequest("newsletter-editor", card.ToJson(), Screenshot: "newsletter-editor.png", Click: "Aperçu"));

        Assert.Contains("Newsletter Data Science Info — T4 2026", rendered.Text);
        Assert.Contains("Sources : cas d'usage UC-2026-0002", rendered.Text);
        Assert.Contains("Aperçu", rendered.Actions.Select(a => a.Title));
        Assert.Equal(NewsletterVerbs.Preview, rendered.Clicked?.Verb);
        Assert.Contains("Modifier", rendered.Actions.Select(a => a.Title));
        Assert.Contains("↓ Descendre", rendered.Actions.Select(a => a.Title));
        Assert.Empty(rendered.ClippedTexts);
    }

    [Fact]
    public async Task The_channel_post_renders_its_sections_line_by_line()
    {
        var post = NewsletterPost.Parts(Issue(2, 200))[0];

        var rendered = await CardRenderer.RenderAsync(new CardRenderRequest("newsletter-post", post.ToJson(), Screenshot: "newsletter-post.png"));

        Assert.Contains("Data Science Info — T4 2026", rendered.Text);
        Assert.Contains("• Ligne 2", rendered.Text);
        Assert.Empty(rendered.Actions);
    }

    private static IEnumerable<EditorView> Views(NewsletterIssue issue, NewsletterSection section) =>
    [
        new(issue, Language.French, "Europe/Paris"),
        new(issue, Language.French, "Europe/Paris", EditorMode.EditSection, section.Id),
        new(issue, Language.French, "Europe/Paris", EditorMode.NewSection),
        new(issue, Language.French, "Europe/Paris", EditorMode.Polish, section.Id, Proposal: new PolishProposal(section.Id, section.Body, section.Body[..^5])),
        new(issue.Approve(Camille, Now), Language.French, "Europe/Paris", EditorMode.Schedule, Channels: [Channel]),
    ];
}

internal static class CardTextExtensions
{
    /// <summary>Every "text" string of a card, in document order.</summary>
    public static IEnumerable<string> AllTexts(this System.Text.Json.Nodes.JsonNode? node)
    {
        switch (node)
        {
            case System.Text.Json.Nodes.JsonObject o:
                if (o["text"] is System.Text.Json.Nodes.JsonValue v && v.TryGetValue(out string? s)) yield return s;
                foreach (var (_, child) in o) foreach (var t in AllTexts(child)) yield return t;
                break;
            case System.Text.Json.Nodes.JsonArray a:
                foreach (var child in a) foreach (var t in AllTexts(child)) yield return t;
                break;
        }
    }
}
