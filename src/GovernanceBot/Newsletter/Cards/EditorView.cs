using GovernanceBot.AdaptiveCards;
using GovernanceBot.Delivery.Channels;
using GovernanceBot.Domain;

namespace GovernanceBot.Newsletter.Cards;

/// <summary>What the editor card shows besides the issue: the sections list, or one form.</summary>
public enum EditorMode
{
    Sections,
    EditSection,
    NewSection,
    Polish,
    Schedule,
}

/// <summary>A banner at the top of the editor: the outcome of the last action.</summary>
public sealed record EditorNotice(string Text, ContainerStyle Style = ContainerStyle.Good);

/// <summary>A polish the person has not decided on yet: the section, the text it was based on and the rewrite.</summary>
public sealed record PolishProposal(string SectionId, string BasedOn, string Rewrite);

/// <summary>Everything the editor card is drawn from.</summary>
public sealed record EditorView(
    Domain.Newsletter.NewsletterIssue Issue,
    Language Language,
    string TimeZoneId,
    EditorMode Mode = EditorMode.Sections,
    string? SectionId = null,
    EditorNotice? Notice = null,
    PolishProposal? Proposal = null,
    IReadOnlyList<ChannelRegistration>? Channels = null);
