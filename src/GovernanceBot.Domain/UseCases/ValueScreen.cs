namespace GovernanceBot.Domain.UseCases;

/// <summary>
/// What the idea is and the T.L.D. value screen (DESIGN §4.1): how long the business process takes, how
/// recurrent the human logic is, and what data the process already produces — each rated with a comment.
/// </summary>
public sealed record ValueScreen
{
    public string? Title { get; init; }
    public string? Summary { get; init; }
    public Rating? Time { get; init; }
    public string? TimeComment { get; init; }
    public Rating? Logic { get; init; }
    public string? LogicComment { get; init; }
    public Rating? Data { get; init; }
    public string? DataComment { get; init; }

    /// <summary>3 (all low) to 9 (all high) once the three criteria are rated; the value axis of the Copil's quadrant.</summary>
    public int? Points => Time is { } t && Logic is { } l && Data is { } d ? (int)t + (int)l + (int)d + 3 : null;
}
