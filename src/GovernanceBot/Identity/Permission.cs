namespace GovernanceBot.Identity;

/// <summary>Things only some roles may do. Features ask <see cref="UserAccess.May"/>, never a role directly.</summary>
public enum Permission
{
    /// <summary>Add hubs to the list users choose from.</summary>
    ManageHubs,

    /// <summary>See every hub's maturity scores side by side, and any hub's history.</summary>
    ViewAllHubsMaturity,

    /// <summary>Designate channels for a purpose (Copil, central team, newsletter, a hub).</summary>
    ManageChannels,

    /// <summary>List, create, pause, resume, run and delete scheduled posts (each job also checks its owning role).</summary>
    ManageSchedules,

    /// <summary>See what proactive posts were sent, queued or failed.</summary>
    ViewDeliveryStatus,

    /// <summary>Take, score and send back submitted use cases, run industrialisation, validation and go-live.</summary>
    EvaluateUseCase,

    /// <summary>Decide on evaluated use cases: prioritise, defer, reject, retire.</summary>
    DecideUseCase,

    /// <summary>Prepare the Copil: plan its sessions, edit the next agenda, rate the value criteria of the cases it will decide on.</summary>
    PrepareCopil,

    /// <summary>Read every submitted use case, whatever its hub.</summary>
    ViewAllUseCases,

    /// <summary>Grant and revoke roles from the bot.</summary>
    ManageRoles,

    /// <summary>Draft, edit, approve and schedule the quarterly newsletter, and keep its events list.</summary>
    EditNewsletter,

    /// <summary>Import a catalogue file sent to the bot in a personal chat.</summary>
    ImportCatalogues,

    /// <summary>Link datasets and use cases in the catalogues ("lier" / "link"), confirm or reject suggested links.</summary>
    CurateCatalogueLinks,

    /// <summary>See how the bot runs: version, storage health, LLM, outbox backlog, schedules, throttling.</summary>
    ViewOperations,
}
