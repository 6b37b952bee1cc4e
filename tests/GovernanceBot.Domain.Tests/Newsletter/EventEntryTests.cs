using GovernanceBot.Domain.Newsletter;

namespace GovernanceBot.Domain.Tests.Newsletter;

public sealed class EventEntryTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    [Theory]
    [InlineData("2027-01-14 atelier Feature store en pratique ; salle Turing", EventKind.Workshop, "Feature store en pratique", "salle Turing")]
    [InlineData("14/01/2027 Tech talk: Drift in production", EventKind.TechTalk, "Drift in production", null)]
    [InlineData("2027-01-14 Formation MLOps", EventKind.Training, "MLOps", null)]
    [InlineData("2027-1-14   Journée portes ouvertes   ;  ", EventKind.Other, "Journée portes ouvertes", null)]
    public void Dates_kinds_titles_and_places_are_read_in_either_language(string text, EventKind kind, string title, string? place)
    {
        var parsed = EventEntry.Parse(text, Today, Guid.Empty);

        Assert.Equal((new DateOnly(2027, 1, 14), kind, title, place), (parsed.Date, parsed.Kind, parsed.Title, parsed.Place));
    }

    [Theory]
    [InlineData("", EventEntryProblem.Empty)]
    [InlineData("bientôt atelier X", EventEntryProblem.NoDate)]
    [InlineData("2027-02-30 atelier X", EventEntryProblem.NoDate)]
    [InlineData("2026-11-30 atelier X", EventEntryProblem.PastDate)]
    [InlineData("2027-01-14 atelier", EventEntryProblem.NoTitle)]
    [InlineData("2027-01-14 ; salle Turing", EventEntryProblem.NoTitle)]
    public void Unreadable_events_are_refused_with_the_reason(string text, EventEntryProblem problem)
    {
        Assert.Equal(problem, Assert.Throws<EventEntryException>(() => EventEntry.Parse(text, Today, Guid.Empty)).Problem);
    }

    [Fact]
    public void A_title_longer_than_the_limit_is_refused()
    {
        var text = "2027-01-14 atelier " + new string('x', UpcomingEvent.TitleLength + 1);

        Assert.Equal(EventEntryProblem.TooLong, Assert.Throws<EventEntryException>(() => EventEntry.Parse(text, Today, Guid.Empty)).Problem);
    }
}
