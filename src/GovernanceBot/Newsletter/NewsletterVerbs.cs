namespace GovernanceBot.Newsletter;

/// <summary>The Action.Execute verbs of the newsletter editor card; every one names the quarter and the revision the card shows.</summary>
public static class NewsletterVerbs
{
    /// <summary>Show the editor as the issue stands (also "back" from a form).</summary>
    public const string Open = "newsletter.open";

    /// <summary>Show one section's title and text as inputs.</summary>
    public const string EditSection = "newsletter.editSection";

    /// <summary>Save the edited section (inputs <c>title</c>, <c>body</c>).</summary>
    public const string SaveSection = "newsletter.saveSection";

    public const string MoveUp = "newsletter.up";
    public const string MoveDown = "newsletter.down";
    public const string RemoveSection = "newsletter.remove";

    /// <summary>Show the inputs of a new section.</summary>
    public const string NewSection = "newsletter.newSection";

    /// <summary>Add the new section (inputs <c>title</c>, <c>body</c>) at the end.</summary>
    public const string AddSection = "newsletter.add";

    /// <summary>Ask the LLM to rewrite one section; shows before / after.</summary>
    public const string Polish = "newsletter.polish";

    /// <summary>Take the proposed rewrite (checked again for facts before it is kept).</summary>
    public const string AcceptPolish = "newsletter.acceptPolish";

    /// <summary>Send the exact post(s) the channels will get below the editor.</summary>
    public const string Preview = "newsletter.preview";

    public const string Approve = "newsletter.approve";

    /// <summary>Show the date, time and channel inputs.</summary>
    public const string ScheduleForm = "newsletter.scheduleForm";

    /// <summary>Schedule the approved issue (inputs <c>date</c>, <c>time</c>, <c>channels</c>).</summary>
    public const string Schedule = "newsletter.schedule";

    public const string CancelSchedule = "newsletter.cancelSchedule";
}
