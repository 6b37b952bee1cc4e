using System.Globalization;
using System.Text.RegularExpressions;
using GovernanceBot.BotFramework.Schema;
using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Conversations;
using GovernanceBot.Delivery.Channels;
using GovernanceBot.Delivery.Outbox;
using GovernanceBot.Delivery.Schedules;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Delivery;
using GovernanceBot.Hubs;
using GovernanceBot.Identity;
using GovernanceBot.Modules;

namespace GovernanceBot.Delivery;

/// <summary>The chat side of delivery: registering channels, managing schedules, reading delivery status. Permissions are checked by the routes' guards.</summary>
internal sealed partial class DeliveryCommands(ChannelStore channels, ScheduleStore schedules, Scheduler scheduler, IOutbox outbox, IHubDirectory hubs, TimeProvider time)
{
    private const int StatusShown = 8;

    public async Task RegisterAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var activity = turn.Activity;
        if (ConversationKinds.IsPersonal(activity) || JsonText.At(activity.ChannelData, "channel", "id") is null && activity.Conversation?.ConversationType != "channel")
        {
            await turn.SendTextAsync(DeliveryTexts.ChannelOnly.In(language), cancellationToken);
            return;
        }
        if (await PurposeAsync(turn, Argument(turn.Text), cancellationToken) is not { } purpose) return;

        var reference = ConversationsModule.ReferenceFrom(activity, time.GetUtcNow(), installed: true);
        var channelId = reference.TeamsChannelId ?? ConversationAddresses.ChannelOfThread(reference.ConversationId);
        var user = await turn.GetUserAsync(cancellationToken);
        await channels.RegisterAsync(new ChannelRegistration(purpose.Key, channelId, JsonText.At(activity.ChannelData, "channel", "name"), reference.TeamId,
            reference.TeamName, reference.ServiceUrl, reference.TenantId, reference.BotId, user.UserKey, time.GetUtcNow()), cancellationToken);
        await turn.SendTextAsync(DeliveryTexts.Registered.In(language, purpose.Label), cancellationToken);
    }

    public async Task UnregisterAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var activity = turn.Activity;
        if (ConversationKinds.IsPersonal(activity))
        {
            await turn.SendTextAsync(DeliveryTexts.ChannelOnly.In(language), cancellationToken);
            return;
        }
        if (await PurposeAsync(turn, Argument(turn.Text), cancellationToken) is not { } purpose) return;
        var channelId = JsonText.At(activity.ChannelData, "channel", "id") ?? ConversationAddresses.ChannelOfThread(activity.Conversation!.Id!);
        var removed = await channels.UnregisterAsync(purpose.Key, channelId, cancellationToken);
        await turn.SendTextAsync((removed ? DeliveryTexts.Unregistered : DeliveryTexts.NotRegistered).In(language, purpose.Label), cancellationToken);
    }

    public async Task ListChannelsAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var all = await channels.ListAsync(null, cancellationToken);
        if (all.Count == 0)
        {
            await turn.SendTextAsync(DeliveryTexts.ChannelsEmpty.In(language), cancellationToken);
            return;
        }
        var lines = new List<string> { DeliveryTexts.ChannelsTitle.In(language) };
        foreach (var r in all.OrderBy(r => r.Purpose, StringComparer.Ordinal))
        {
            var tracked = r.TeamId is null ? null : await channels.FindChannelAsync(r.TeamId, r.TeamsChannelId, cancellationToken);
            var name = tracked?.Name ?? r.ChannelName ?? r.TeamsChannelId;
            lines.Add(DeliveryTexts.ChannelLine.In(language, r.Purpose, name, tracked?.TeamName ?? r.TeamName ?? "?")
                + (tracked is { BotRemoved: true } ? DeliveryTexts.ChannelUnavailable.In(language) : ""));
        }
        await turn.SendTextAsync(string.Join("\n", lines), cancellationToken);
    }

    public async Task ListSchedulesAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var all = await schedules.ListAsync(cancellationToken);
        if (all.Count == 0)
        {
            await turn.SendTextAsync(DeliveryTexts.SchedulesEmpty.In(language), cancellationToken);
            return;
        }
        var lines = new List<string> { DeliveryTexts.SchedulesTitle.In(language) };
        foreach (var (job, _) in all.OrderBy(j => j.Job.NextDueAt ?? DateTimeOffset.MaxValue))
        {
            var next = job.NextDueAt is { } due ? Local(job, due) : DeliveryTexts.Finished.In(language);
            var last = job.LastRunAt is { } ran ? Local(job, ran) + (job.LastRunLate ? DeliveryTexts.LateMark.In(language) : "") : DeliveryTexts.Never.In(language);
            lines.Add(DeliveryTexts.ScheduleLine.In(language, job.Id, job.Title, job.When, job.Purpose ?? "-", next, last,
                job.Paused ? DeliveryTexts.PausedMark.In(language) : ""));
        }
        await turn.SendTextAsync(string.Join("\n", lines), cancellationToken);
    }

    public async Task ScheduleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var match = ScheduleCommand().Match(turn.Text);
        if (!match.Success)
        {
            await turn.SendTextAsync(DeliveryTexts.ScheduleUsage.In(language), cancellationToken);
            return;
        }
        if (await PurposeAsync(turn, match.Groups["purpose"].Value, cancellationToken) is not { } purpose) return;
        var user = await turn.GetUserAsync(cancellationToken);
        if (!user.Has(Role.Admin) && !user.Has(purpose.Owner))
        {
            await turn.SendTextAsync(DeliveryTexts.JobNotYours.In(language, purpose.Owner), cancellationToken);
            return;
        }

        JobSchedule schedule;
        try
        {
            schedule = FriendlySchedule.Parse(match.Groups["when"].Value);
        }
        catch (ScheduleException e)
        {
            await turn.SendTextAsync(DeliveryTexts.ScheduleInvalid.In(language, e.Message), cancellationToken);
            return;
        }
        var now = time.GetUtcNow();
        if (ScheduleClock.FirstDue(schedule, now) is not { } first || first <= now)
        {
            await turn.SendTextAsync(DeliveryTexts.SchedulePast.In(language), cancellationToken);
            return;
        }

        var text = match.Groups["text"].Value.Trim();
        var job = new ScheduledJob("j" + Guid.NewGuid().ToString("N")[..6], ReminderJobHandler.Type, Truncate(text, 80), schedule, match.Groups["when"].Value.Trim(),
            purpose.Key, text, purpose.Owner, turn.Activity.From?.AadObjectId ?? user.UserKey, language, Paused: false, first, null, null, false, 0, now);
        await schedules.AddAsync(job, cancellationToken);
        await turn.SendTextAsync(DeliveryTexts.Scheduled.In(language, job.Id, job.Title, purpose.Label, Local(job, first)), cancellationToken);
    }

    public Task PauseAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        ChangeJobAsync(turn, (job, _) => job with { Paused = true }, (job, language) => DeliveryTexts.Paused.In(language, job.Id), cancellationToken);

    public Task ResumeAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        ChangeJobAsync(turn,
            (job, now) => job with { Paused = false, NextDueAt = job.Schedule.IsRecurring ? ScheduleClock.FirstDue(job.Schedule, now) : job.NextDueAt },
            (job, language) => DeliveryTexts.Resumed.In(language, job.Id, job.NextDueAt is { } next ? Local(job, next) : DeliveryTexts.Finished.In(language)),
            cancellationToken);

    public async Task DeleteAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (await OwnedJobAsync(turn, cancellationToken) is not { } found) return;
        await schedules.DeleteAsync(found.Job.Id, cancellationToken);
        await turn.SendTextAsync(DeliveryTexts.Deleted.In(turn.Language(), found.Job.Id), cancellationToken);
    }

    public async Task RunNowAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (await OwnedJobAsync(turn, cancellationToken) is not { } found) return;
        await scheduler.RunNowAsync(found.Job, cancellationToken);
        await turn.SendTextAsync(DeliveryTexts.RanNow.In(turn.Language(), found.Job.Id), cancellationToken);
    }

    public async Task StatusAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var recent = await outbox.RecentAsync(StatusShown, cancellationToken);
        if (recent.Count == 0)
        {
            await turn.SendTextAsync(DeliveryTexts.StatusEmpty.In(language), cancellationToken);
            return;
        }
        var lines = new List<string> { DeliveryTexts.StatusTitle.In(language) };
        foreach (var status in recent)
        {
            var tally = status.Tally;
            lines.Add(DeliveryTexts.StatusLine.In(language, status.Occurrence.Title, status.Occurrence.Late ? DeliveryTexts.LateMark.In(language) : "",
                tally.Sent, tally.Queued + tally.Sending, tally.Failed, tally.Total));
            lines.AddRange(tally.Failures.Take(5).Select(f => DeliveryTexts.StatusFailure.In(language, f.Recipient, f.Reason)));
        }
        await turn.SendTextAsync(string.Join("\n", lines), cancellationToken);
    }

    private async Task ChangeJobAsync(ITurnContext turn, Func<ScheduledJob, DateTimeOffset, ScheduledJob> change, Func<ScheduledJob, Language, string> done, CancellationToken cancellationToken)
    {
        if (await OwnedJobAsync(turn, cancellationToken) is not { } found) return;
        var changed = change(found.Job, time.GetUtcNow());
        var language = turn.Language();
        await turn.SendTextAsync(await schedules.TryReplaceAsync(changed, found.ETag, cancellationToken)
            ? done(changed, language)
            : DeliveryTexts.Changed.In(language, changed.Id), cancellationToken);
    }

    /// <summary>The job named in the command, if it exists and the caller's role owns it (admins own all).</summary>
    private async Task<(ScheduledJob Job, string ETag)?> OwnedJobAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var id = JobId().Match(turn.Text);
        if (!id.Success)
        {
            await turn.SendTextAsync(DeliveryTexts.JobUsage.In(language), cancellationToken);
            return null;
        }
        if (await schedules.GetAsync(id.Value.ToLowerInvariant(), cancellationToken) is not { } found)
        {
            await turn.SendTextAsync(DeliveryTexts.JobNotFound.In(language, id.Value), cancellationToken);
            return null;
        }
        var user = await turn.GetUserAsync(cancellationToken);
        if (!user.Has(Role.Admin) && !user.Has(found.Job.OwnerRole))
        {
            await turn.SendTextAsync(DeliveryTexts.JobNotYours.In(language, found.Job.OwnerRole), cancellationToken);
            return null;
        }
        return found;
    }

    private sealed record Purpose(string Key, string Label, Role Owner);

    /// <summary>Reads "copil", "central", "newsletter" or "hub &lt;name&gt;"; answers with the usage or an unknown hub and returns null otherwise.</summary>
    private async Task<Purpose?> PurposeAsync(ITurnContext turn, string text, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var words = text.Trim().ToLowerInvariant();
        switch (words)
        {
            case ChannelPurposes.Copil: return new Purpose(ChannelPurposes.Copil, "copil", Role.Copil);
            case ChannelPurposes.Central: return new Purpose(ChannelPurposes.Central, "central", Role.CentralTeam);
            case ChannelPurposes.Newsletter: return new Purpose(ChannelPurposes.Newsletter, "newsletter", Role.Comms);
        }
        var hub = HubPurpose().Match(text);
        if (!hub.Success)
        {
            await turn.SendTextAsync(DeliveryTexts.PurposeUsage.In(language), cancellationToken);
            return null;
        }
        var name = hub.Groups["name"].Value.Trim();
        if (await hubs.FindAsync(HubIds.FromName(name), cancellationToken) is not { } found)
        {
            await turn.SendTextAsync(DeliveryTexts.UnknownHub.In(language, name), cancellationToken);
            return null;
        }
        return new Purpose(ChannelPurposes.ForHub(found.Id), "hub " + found.Name, Role.Admin);
    }

    private static string Argument(string text) => FirstWord().Replace(text.Trim(), "", 1).Trim();

    private static string Local(ScheduledJob job, DateTimeOffset instant) =>
        job.Schedule.ToLocal(instant).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    [GeneratedRegex(@"^\S+\s*")]
    private static partial Regex FirstWord();

    // "planifier copil le premier mardi du mois à 9h : texte"; the separator is a colon not followed by a digit, so "9:00" stays in the time.
    [GeneratedRegex(@"^\s*(?:planifier|schedule)\s+(?<purpose>copil|central|newsletter|hub\s+\S+)\s+(?<when>.+?)\s*:(?!\d)\s*(?<text>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScheduleCommand();

    [GeneratedRegex(@"^\s*hub\s+(?<name>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex HubPurpose();

    [GeneratedRegex(@"\bj[0-9a-f]{6}\b", RegexOptions.IgnoreCase)]
    private static partial Regex JobId();
}
