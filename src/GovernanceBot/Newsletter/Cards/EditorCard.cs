using GovernanceBot.AdaptiveCards;
using GovernanceBot.Cards;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Newsletter;

namespace GovernanceBot.Newsletter.Cards;

/// <summary>
/// The one card the comms team works on, replaced in place after every action: the issue's status, each
/// section (title, the start of its text, where its facts came from, and its buttons), or one form at a time
/// (edit, add, polish before / after, schedule) so the card stays far under Teams' size limit.
/// </summary>
public static class EditorCard
{
    /// <summary>How much of a section's text the sections list shows, most first; the full text is in its form and the preview.</summary>
    private static readonly int[] ExcerptLengths = [400, 200, 100, 40];

    /// <summary>The editor must stay under Teams' ~28 KB limit like any message; room is left for the activity around it.</summary>
    public const int MaxCardBytes = NewsletterPost.MaxCardBytes;

    /// <summary>
    /// The editor card, with excerpts (and, in a polish, the text before) shortened as far as needed for the card
    /// to fit: accented text is escaped on the wire, so twelve long French sections can outgrow a message.
    /// </summary>
    public static AdaptiveCard Build(EditorView view)
    {
        AdaptiveCard card = null!;
        foreach (var length in ExcerptLengths)
        {
            card = Build(view, length);
            if (NewsletterPost.Size(card) <= MaxCardBytes) break;
        }
        return card;
    }

    private static AdaptiveCard Build(EditorView view, int excerptLength)
    {
        var issue = view.Issue;
        var language = view.Language;
        var body = new List<CardElement>
        {
            CardKit.Title(NewsletterTexts.EditorTitle.In(language, issue.Quarter.Label(language))),
            CardKit.Subtle(NewsletterWords.Status(issue, language, view.TimeZoneId)),
        };
        if (view.Notice is { } notice) body.Add(CardKit.Notice(notice.Text, notice.Style));

        var open = issue.SentAt is null;
        var section = view.SectionId is null ? null : issue.Sections.FirstOrDefault(s => s.Id == view.SectionId);
        switch (view.Mode)
        {
            case EditorMode.EditSection when open && section is not null:
                body.AddRange(EditForm(view, section));
                return Card(language, body, null);
            case EditorMode.NewSection when open:
                body.AddRange(NewForm(view));
                return Card(language, body, null);
            case EditorMode.Polish when open && section is not null && view.Proposal is { } proposal:
                body.AddRange(PolishPanel(view, section, proposal, excerptLength));
                return Card(language, body, null);
            case EditorMode.Schedule when open:
                body.AddRange(ScheduleForm(view));
                return Card(language, body, null);
        }

        if (issue.Sections.Count == 0) body.Add(new TextBlock(NewsletterTexts.EditorEmpty.In(language)) { IsSubtle = true });
        for (var i = 0; i < issue.Sections.Count; i++) body.Add(SectionBlock(view, issue.Sections[i], i, open, excerptLength));
        return Card(language, body, open ? IssueActions(view) : null);
    }

    private static Container SectionBlock(EditorView view, NewsletterSection section, int index, bool open, int excerptLength)
    {
        var language = view.Language;
        var data = NewsletterActionData.For(view.Issue.Quarter, view.Issue.Revision, section.Id);
        var items = new List<CardElement>
        {
            new TextBlock($"{index + 1}. {section.Title}") { Weight = TextWeight.Bolder },
            new TextBlock(Excerpt(section.Body, excerptLength)) { Spacing = Spacing.Small },
            new TextBlock(NewsletterTexts.SourcesLine.In(language, NewsletterWords.Sources(section, language))) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Small },
        };
        if (open)
        {
            // Two short rows: five buttons in one row overflow a narrow card.
            items.Add(CardKit.ButtonRow(
                CardKit.Button(NewsletterTexts.EditButton.In(language), NewsletterVerbs.EditSection, data),
                CardKit.Button(NewsletterTexts.PolishButton.In(language), NewsletterVerbs.Polish, data.DeepClone().AsObject())));
            var moves = new List<CardAction>();
            if (index > 0) moves.Add(CardKit.Button(NewsletterTexts.UpButton.In(language), NewsletterVerbs.MoveUp, data.DeepClone().AsObject()));
            if (index < view.Issue.Sections.Count - 1) moves.Add(CardKit.Button(NewsletterTexts.DownButton.In(language), NewsletterVerbs.MoveDown, data.DeepClone().AsObject()));
            moves.Add(CardKit.Button(NewsletterTexts.RemoveButton.In(language), NewsletterVerbs.RemoveSection, data.DeepClone().AsObject(), ActionStyle.Destructive));
            items.Add(CardKit.ButtonRow([.. moves]));
        }
        return new Container { Id = "section-" + section.Id, Separator = true, Spacing = Spacing.Medium, Items = items };
    }

    private static IEnumerable<CardElement> EditForm(EditorView view, NewsletterSection section)
    {
        var language = view.Language;
        var data = NewsletterActionData.For(view.Issue.Quarter, view.Issue.Revision, section.Id);
        yield return new TextBlock(NewsletterTexts.EditHeading.In(language, section.Title)) { Weight = TextWeight.Bolder };
        foreach (var input in TextInputs(language, section.Title, section.Body)) yield return input;
        yield return new TextBlock(NewsletterTexts.SourcesLine.In(language, NewsletterWords.Sources(section, language))) { IsSubtle = true, Size = TextSize.Small };
        yield return CardKit.ButtonRow(
            CardKit.Button(NewsletterTexts.SaveButton.In(language), NewsletterVerbs.SaveSection, data, ActionStyle.Positive, validateInputs: true),
            Back(view));
    }

    private static IEnumerable<CardElement> NewForm(EditorView view)
    {
        var language = view.Language;
        var data = NewsletterActionData.For(view.Issue.Quarter, view.Issue.Revision);
        yield return new TextBlock(NewsletterTexts.NewHeading.In(language)) { Weight = TextWeight.Bolder };
        foreach (var input in TextInputs(language, null, null)) yield return input;
        yield return CardKit.ButtonRow(
            CardKit.Button(NewsletterTexts.AddButton.In(language), NewsletterVerbs.AddSection, data, ActionStyle.Positive, validateInputs: true),
            Back(view));
    }

    private static IEnumerable<CardElement> TextInputs(Language language, string? title, string? body)
    {
        yield return new TextInput
        {
            Id = NewsletterActionData.TitleInput, Label = NewsletterTexts.TitleLabel.In(language), Value = title, IsRequired = true,
            MaxLength = NewsletterSection.TitleLength, ErrorMessage = NewsletterTexts.RefusedTitleRequired.In(language),
        };
        yield return new TextInput
        {
            Id = NewsletterActionData.BodyInput, Label = NewsletterTexts.BodyLabel.In(language), Value = body, IsRequired = true, IsMultiline = true,
            MaxLength = NewsletterSection.BodyLength, ErrorMessage = NewsletterTexts.RefusedBodyRequired.In(language),
        };
    }

    /// <summary>Before and after; the rewrite is kept on the server, so the card carries only which section and revision.</summary>
    private static IEnumerable<CardElement> PolishPanel(EditorView view, NewsletterSection section, PolishProposal proposal, int excerptLength)
    {
        var language = view.Language;
        var data = NewsletterActionData.For(view.Issue.Quarter, view.Issue.Revision, section.Id);
        // The text before is the person's own; shortened first when both would not fit. The rewrite is always whole.
        var before = excerptLength == ExcerptLengths[0] ? proposal.BasedOn : Excerpt(proposal.BasedOn, excerptLength * 5);
        yield return new TextBlock(NewsletterTexts.PolishHeading.In(language, section.Title)) { Weight = TextWeight.Bolder };
        yield return new Container
        {
            Id = "before",
            Style = ContainerStyle.Emphasis,
            Items = [new TextBlock(NewsletterTexts.BeforeLabel.In(language)) { Weight = TextWeight.Bolder }, .. NewsletterPost.Lines(before).Select(l => new TextBlock(l))],
        };
        yield return new Container
        {
            Id = "after",
            Style = ContainerStyle.Good,
            Items = [new TextBlock(NewsletterTexts.AfterLabel.In(language)) { Weight = TextWeight.Bolder }, .. NewsletterPost.Lines(proposal.Rewrite).Select(l => new TextBlock(l))],
        };
        yield return CardKit.Subtle(NewsletterTexts.PolishFactsKept.In(language));
        yield return CardKit.ButtonRow(
            CardKit.Button(NewsletterTexts.AcceptButton.In(language), NewsletterVerbs.AcceptPolish, data, ActionStyle.Positive),
            CardKit.Button(NewsletterTexts.DiscardButton.In(language), NewsletterVerbs.Open, NewsletterActionData.For(view.Issue.Quarter, view.Issue.Revision)));
    }

    private static IEnumerable<CardElement> ScheduleForm(EditorView view)
    {
        var language = view.Language;
        var channels = view.Channels ?? [];
        var data = NewsletterActionData.For(view.Issue.Quarter, view.Issue.Revision);
        yield return new TextBlock(NewsletterTexts.ScheduleHeading.In(language)) { Weight = TextWeight.Bolder };
        yield return CardKit.Subtle(NewsletterTexts.TimeZoneLine.In(language, view.TimeZoneId));
        if (channels.Count == 0)
        {
            yield return CardKit.Notice(NewsletterTexts.NoChannelRegistered.In(language));
            yield return CardKit.ButtonRow(Back(view));
            yield break;
        }
        var current = view.Issue.Schedule;
        var local = current is null ? (DateTimeOffset?)null : TimeZoneInfo.ConvertTime(current.At, TimeZoneInfo.FindSystemTimeZoneById(view.TimeZoneId));
        yield return new DateInput { Id = NewsletterActionData.DateInput, Label = NewsletterTexts.DateLabel.In(language), IsRequired = true, Value = local?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ErrorMessage = NewsletterTexts.DateRequired.In(language) };
        yield return new TextInput { Id = NewsletterActionData.TimeInput, Label = NewsletterTexts.TimeLabel.In(language, view.TimeZoneId), IsRequired = true, Value = local?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "09:00", Placeholder = "09:00", MaxLength = 5, ErrorMessage = NewsletterTexts.TimeUnreadable.In(language) };
        yield return new ChoiceSetInput
        {
            Id = NewsletterActionData.ChannelsInput,
            Label = NewsletterTexts.ChannelsLabel.In(language),
            IsMultiSelect = true,
            Style = ChoiceInputStyle.Expanded,
            IsRequired = true,
            ErrorMessage = NewsletterTexts.RefusedNoChannel.In(language),
            Value = string.Join(",", current?.ChannelIds ?? channels.Select(c => c.TeamsChannelId)),
            Choices = [.. channels.Select(c => new Choice { Title = ChannelName(c), Value = c.TeamsChannelId })],
        };
        yield return CardKit.ButtonRow(
            CardKit.Button(NewsletterTexts.ScheduleButton.In(language), NewsletterVerbs.Schedule, data, ActionStyle.Positive, validateInputs: true),
            Back(view));
    }

    private static List<CardAction> IssueActions(EditorView view)
    {
        var issue = view.Issue;
        var language = view.Language;
        CardAction Button(Localization.TextRef text, string verb, ActionStyle? style = null) =>
            CardKit.Button(text.In(language), verb, NewsletterActionData.For(issue.Quarter, issue.Revision), style);
        var actions = new List<CardAction> { Button(NewsletterTexts.PreviewButton, NewsletterVerbs.Preview) };
        if (!issue.IsApproved) actions.Add(Button(NewsletterTexts.ApproveButton, NewsletterVerbs.Approve, ActionStyle.Positive));
        if (issue.IsApproved) actions.Add(Button(issue.Schedule is null ? NewsletterTexts.ScheduleFormButton : NewsletterTexts.RescheduleButton, NewsletterVerbs.ScheduleForm, ActionStyle.Positive));
        if (issue.Schedule is not null) actions.Add(Button(NewsletterTexts.CancelScheduleButton, NewsletterVerbs.CancelSchedule, ActionStyle.Destructive));
        if (issue.Sections.Count < NewsletterIssue.MaxSections) actions.Add(Button(NewsletterTexts.NewSectionButton, NewsletterVerbs.NewSection));
        return actions;
    }

    private static ExecuteAction Back(EditorView view) =>
        CardKit.Button(NewsletterTexts.BackButton.In(view.Language), NewsletterVerbs.Open, NewsletterActionData.For(view.Issue.Quarter, view.Issue.Revision));

    private static string ChannelName(Delivery.Channels.ChannelRegistration c) =>
        c.TeamName is { } team ? $"{team} › {c.ChannelName ?? c.TeamsChannelId}" : c.ChannelName ?? c.TeamsChannelId;

    /// <summary>The start of the text, its lines kept apart (a single line break collapses in a text block).</summary>
    private static string Excerpt(string body, int length) =>
        string.Join("\n\n", NewsletterPost.Lines(body.Length <= length ? body : body[..length].TrimEnd() + "…"));

    private static AdaptiveCard Card(Language language, List<CardElement> body, List<CardAction>? actions) => new()
    {
        Lang = language == Language.English ? "en" : "fr",
        Body = body,
        Actions = actions,
    };
}
