using GovernanceBot.Domain.Delivery;

namespace GovernanceBot.Domain.Tests.Delivery;

public sealed class FriendlyScheduleTests
{
    [Theory]
    [InlineData("le premier mardi du mois à 9h", "0 9 * * 2#1")]
    [InlineData("Premier mardi du mois, 9 h", "0 9 * * 2#1")]
    [InlineData("first Tuesday of the month at 9:00", "0 9 * * 2#1")]
    [InlineData("le dernier vendredi du trimestre à 14h30", "30 14 * 1,4,7,10 5L")]
    [InlineData("last friday of the quarter at 2pm", "0 14 * 1,4,7,10 5L")]
    [InlineData("le troisième jeudi du mois à 10h", "0 10 * * 4#3")]
    [InlineData("chaque lundi à 8h30", "30 8 * * 1")]
    [InlineData("tous les lundis à 8h30", "30 8 * * 1")]
    [InlineData("every Monday at 8:30", "30 8 * * 1")]
    [InlineData("tous les jours à 18h", "0 18 * * *")]
    [InlineData("every day at 6pm", "0 18 * * *")]
    [InlineData("daily at 12am", "0 0 * * *")]
    [InlineData("le 15 du mois à 9h", "0 9 15 * *")]
    [InlineData("the 15th of the month at 9:00", "0 9 15 * *")]
    [InlineData("le 1er du mois à 7h", "0 7 1 * *")]
    [InlineData("cron 0 9 * * 2#1", "0 9 * * 2#1")]
    public void Spoken_schedules_become_cron_expressions_in_Paris(string text, string cron)
    {
        var schedule = FriendlySchedule.Parse(text);

        Assert.Equal(cron, schedule.Cron);
        Assert.Equal("Europe/Paris", schedule.TimeZoneId);
    }

    [Theory]
    [InlineData("le 2026-12-15 à 9h")]
    [InlineData("on 15/12/2026 at 9:00")]
    [InlineData("le 15/12/2026 à 9h00")]
    public void A_date_is_a_one_off_job_at_that_local_time(string text)
    {
        var schedule = FriendlySchedule.Parse(text);

        Assert.False(schedule.IsRecurring);
        Assert.Equal(new DateTimeOffset(2026, 12, 15, 9, 0, 0, TimeSpan.FromHours(1)), schedule.OnceAt);
    }

    [Fact]
    public void A_date_in_summer_uses_summer_time()
    {
        Assert.Equal(new DateTimeOffset(2027, 7, 1, 7, 0, 0, TimeSpan.Zero), FriendlySchedule.Parse("le 2027-07-01 à 9h").OnceAt);
    }

    [Fact]
    public void A_date_in_the_spring_gap_moves_to_the_first_valid_minute()
    {
        Assert.Equal(new DateTimeOffset(2027, 3, 28, 1, 0, 0, TimeSpan.Zero), FriendlySchedule.Parse("le 2027-03-28 à 2h30").OnceAt);
    }

    [Theory]
    [InlineData("bientôt")]
    [InlineData("le premier mardi du mois")]
    [InlineData("every day")]
    [InlineData("")]
    [InlineData("le 2026-12-15")]
    [InlineData("le 2026-02-30 à 9h")]
    [InlineData("every day at 25h")]
    public void What_cannot_be_read_is_refused_with_examples(string text)
    {
        var error = Assert.Throws<ScheduleException>(() => FriendlySchedule.Parse(text));

        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void The_refusal_lists_examples_in_both_languages()
    {
        var error = Assert.Throws<ScheduleException>(() => FriendlySchedule.Parse("bientôt"));

        Assert.Contains("le premier mardi du mois à 9h", error.Message);
        Assert.Contains("first tuesday of the month at 9:00", error.Message);
    }
}
