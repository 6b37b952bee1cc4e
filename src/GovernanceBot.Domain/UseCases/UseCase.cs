namespace GovernanceBot.Domain.UseCases;

/// <summary>
/// A use case from idea to retirement: what the hub wrote, where the wizard is, its governance state, the
/// central team's evaluation and the production facts. Immutable: every change returns a new use case with
/// <see cref="Revision"/> + 1 and, for governance changes, the history line to append. Cards carry the
/// revision they were drawn from so an action from an older copy is refused (<see cref="EnsureCurrent"/>).
/// Every method checks the actor's capacity itself, so no caller can skip the rules.
/// </summary>
public sealed record UseCase
{
    public required Guid Id { get; init; }

    /// <summary>Given at first submission, kept if the case is sent back and resubmitted.</summary>
    public UseCaseNumber? Number { get; init; }

    public required string HubId { get; init; }
    public required string SubmitterKey { get; init; }
    public string? SubmitterName { get; init; }
    public UseCaseContent Content { get; init; } = UseCaseContent.Empty;

    /// <summary>Where the submission wizard resumes.</summary>
    public WizardStep Step { get; init; } = WizardStep.Value;

    public UseCaseState State { get; init; } = UseCaseState.Draft;
    public required DateTimeOffset StateSince { get; init; }
    public LifecyclePhase Phase { get; init; } = LifecyclePhase.IdeationAndFraming;
    public MlopsLevel? MlopsLevel { get; init; }

    /// <summary>The central-team member who took the evaluation.</summary>
    public string? OwnerKey { get; init; }
    public string? OwnerName { get; init; }

    public IndustrialisationEvaluation Evaluation { get; init; } = IndustrialisationEvaluation.Empty;

    /// <summary>The central team's questions when it sent the case back; cleared on resubmission.</summary>
    public string? OpenQuestions { get; init; }

    public DateOnly? DeferredUntil { get; init; }
    public bool BusinessValidated { get; init; }
    public bool SecurityReviewed { get; init; }
    public ProductionFacts Production { get; init; } = ProductionFacts.None;
    public DateTimeOffset? SubmittedAt { get; init; }
    public required int Revision { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }

    public string Title => Content.Value.Title ?? "";

    public IndustrialisationScore? Score(IndustrialisationScoring scoring) => scoring.Score(Evaluation);

    /// <summary>Opens a draft for the actor's hub.</summary>
    public static UseCaseChange Start(Guid id, string hubId, UseCaseActor submitter, DateTimeOffset now)
    {
        var useCase = new UseCase
        {
            Id = id,
            HubId = hubId,
            SubmitterKey = submitter.UserKey,
            SubmitterName = submitter.DisplayName,
            StateSince = now,
            Revision = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        return new UseCaseChange(useCase, new HistoryEntry(now, 1, submitter.UserKey, submitter.DisplayName, HistoryEvent.Created, UseCaseState.Draft, UseCaseState.Draft));
    }

    /// <summary>Throws <see cref="StaleUseCaseException"/> unless the card was drawn from this very revision.</summary>
    public void EnsureCurrent(int cardRevision)
    {
        if (cardRevision != Revision) throw new StaleUseCaseException(cardRevision, Revision);
    }

    /// <summary>True while the hub may edit what it wrote: a draft, never submitted or sent back.</summary>
    public bool IsEditableBy(UseCaseActor actor) => State == UseCaseState.Draft && actor.CapacitiesOn(this).Contains(UseCaseCapacity.HubMember);

    /// <summary>
    /// Saves the values posted from the wizard card of <paramref name="step"/> and moves as asked. Valid values
    /// are always kept; the draft stays on the step when a value is refused, or, for <see cref="WizardMove.Next"/>,
    /// when a required field of the step is empty.
    /// </summary>
    public WizardOutcome ApplyWizard(UseCaseActor actor, WizardStep step, IReadOnlyDictionary<string, string?> posted, WizardMove move, DateTimeOffset now, WizardStep? goTo = null)
    {
        if (!IsEditableBy(actor)) throw new UseCaseRefusedException(State == UseCaseState.Draft ? UseCaseRefusal.NotAllowed : UseCaseRefusal.NotEditable);
        var form = UseCaseForm.Apply(Content, step, posted);
        var errors = form.Errors.ToList();
        if (move == WizardMove.Next && errors.Count == 0) errors.AddRange(UseCaseForm.MissingIn(form.Content, step));
        var target = errors.Count > 0 ? step : move switch
        {
            WizardMove.Next => step == WizardStep.Review ? step : step + 1,
            WizardMove.Back => step == WizardStep.Value ? step : step - 1,
            WizardMove.GoTo => goTo ?? step,
            _ => step,
        };
        if (form.Content == Content && target == Step) return new WizardOutcome(this, errors);
        return new WizardOutcome(Changed(now) with { Content = form.Content, Step = target }, errors);
    }

    /// <summary>Why <paramref name="actor"/> may not take <paramref name="rule"/>'s action now, before its comment, date and preconditions are looked at; null when they may.</summary>
    public UseCaseRefusal? Refusal(LifecycleRule rule, UseCaseActor actor)
    {
        var capacities = actor.CapacitiesOn(this);
        if (!rule.Who.Any(capacities.Contains)) return UseCaseRefusal.NotAllowed;
        if (rule.Action == LifecycleAction.Take && State == UseCaseState.InEvaluation && OwnerKey != actor.UserKey) return UseCaseRefusal.NotOwner;
        if (!rule.From.Contains(State)) return UseCaseRefusal.WrongState;
        if (rule.OwnerOnly && OwnerKey is not null && OwnerKey != actor.UserKey) return UseCaseRefusal.NotOwner;
        if (rule.Action == LifecycleAction.ConfirmBusinessValidation && BusinessValidated) return UseCaseRefusal.WrongState;
        if (rule.Action == LifecycleAction.ConfirmSecurityReview && SecurityReviewed) return UseCaseRefusal.WrongState;
        return null;
    }

    /// <summary>
    /// Takes a governance action. Throws <see cref="UseCaseRefusedException"/> when the rules refuse it.
    /// <paramref name="number"/> is the id to give on a first submission (the store allocates it).
    /// </summary>
    public UseCaseChange Apply(LifecycleAction action, UseCaseActor actor, TransitionRequest request, DateTimeOffset now, UseCaseNumber? number = null)
    {
        var rule = UseCaseLifecycle.RuleFor(action);
        if (Refusal(rule, actor) is { } refusal) throw new UseCaseRefusedException(refusal, ownerName: refusal == UseCaseRefusal.NotOwner ? OwnerName : null);
        var comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();
        if (comment is { Length: > TransitionRequest.CommentLength }) throw new UseCaseRefusedException(UseCaseRefusal.CommentTooLong);
        if (rule.Comment == CommentRule.Required && comment is null) throw new UseCaseRefusedException(UseCaseRefusal.CommentRequired);
        if (rule.NeedsDate && request.Date is null) throw new UseCaseRefusedException(UseCaseRefusal.DateRequired);
        if (rule.NeedsDate && request.Date <= DateOnly.FromDateTime(now.UtcDateTime)) throw new UseCaseRefusedException(UseCaseRefusal.DateNotInFuture);

        var to = rule.Target(State);
        var next = Changed(now) with { State = to, StateSince = to == State ? StateSince : now };
        next = action switch
        {
            LifecycleAction.Submit => Submitted(next, number, now),
            LifecycleAction.Take => next with { OwnerKey = actor.UserKey, OwnerName = actor.DisplayName },
            LifecycleAction.SendBack => next with { OwnerKey = null, OwnerName = null, OpenQuestions = comment, Step = WizardStep.Review },
            LifecycleAction.MarkEvaluated when !Evaluation.IsComplete => throw new UseCaseRefusedException(UseCaseRefusal.EvaluationIncomplete),
            LifecycleAction.Prioritise => next with { DeferredUntil = null },
            LifecycleAction.Defer => next with { DeferredUntil = request.Date },
            LifecycleAction.StartIndustrialisation => next with { Phase = LifecyclePhase.Industrialisation },
            LifecycleAction.RequestValidation => next with { BusinessValidated = false, SecurityReviewed = false },
            LifecycleAction.ConfirmBusinessValidation => next with { BusinessValidated = true },
            LifecycleAction.ConfirmSecurityReview => next with { SecurityReviewed = true },
            LifecycleAction.GoLive when !(BusinessValidated && SecurityReviewed) => throw new UseCaseRefusedException(UseCaseRefusal.SignOffsMissing),
            LifecycleAction.GoLive => next with
            {
                Phase = LifecyclePhase.ProductionAndMonitoring,
                Production = Production with { GoLiveDate = Production.GoLiveDate ?? DateOnly.FromDateTime(now.UtcDateTime) },
            },
            _ => next,
        };
        return new UseCaseChange(next, new HistoryEntry(now, next.Revision, actor.UserKey, actor.DisplayName, rule.Event, State, to, comment, request.Date));
    }

    /// <summary>Saves the evaluation owner's ratings (any subset of the axes), while the case is in evaluation.</summary>
    public UseCaseChange Rate(UseCaseActor actor, IReadOnlyDictionary<EvaluationAxis, AxisRating> ratings, DateTimeOffset now)
    {
        if (!actor.CapacitiesOn(this).Contains(UseCaseCapacity.CentralTeam)) throw new UseCaseRefusedException(UseCaseRefusal.NotAllowed);
        if (State != UseCaseState.InEvaluation) throw new UseCaseRefusedException(UseCaseRefusal.WrongState);
        if (OwnerKey != actor.UserKey) throw new UseCaseRefusedException(UseCaseRefusal.NotOwner, ownerName: OwnerName);
        var evaluation = ratings.Aggregate(Evaluation, (current, rating) => current.With(rating.Key, rating.Value));
        var next = Changed(now) with { Evaluation = evaluation };
        return new UseCaseChange(next, Entry(next, actor, HistoryEvent.EvaluationScored, now));
    }

    /// <summary>Sets the lifecycle phase: the hub or the central team, once the case is submitted and until it is closed.</summary>
    public UseCaseChange SetPhase(UseCaseActor actor, LifecyclePhase phase, DateTimeOffset now)
    {
        var capacities = actor.CapacitiesOn(this);
        if (!capacities.Contains(UseCaseCapacity.HubMember) && !capacities.Contains(UseCaseCapacity.CentralTeam)) throw new UseCaseRefusedException(UseCaseRefusal.NotAllowed);
        if (IsClosed) throw new UseCaseRefusedException(UseCaseRefusal.WrongState);
        var next = Changed(now) with { Phase = phase };
        return new UseCaseChange(next, Entry(next, actor, HistoryEvent.PhaseChanged, now, phase.ToString()));
    }

    /// <summary>Sets the MLOps level: the central team's call, as it runs industrialisation.</summary>
    public UseCaseChange SetMlopsLevel(UseCaseActor actor, MlopsLevel level, DateTimeOffset now)
    {
        if (!actor.CapacitiesOn(this).Contains(UseCaseCapacity.CentralTeam)) throw new UseCaseRefusedException(UseCaseRefusal.NotAllowed);
        if (IsClosed) throw new UseCaseRefusedException(UseCaseRefusal.WrongState);
        var next = Changed(now) with { MlopsLevel = level };
        return new UseCaseChange(next, Entry(next, actor, HistoryEvent.MlopsLevelChanged, now, level.ToString()));
    }

    /// <summary>Updates the production facts (central team, from industrialisation on); throws <see cref="ArgumentException"/> for a bad link or over-long text.</summary>
    public UseCaseChange SetProductionFacts(UseCaseActor actor, ProductionFacts facts, DateTimeOffset now)
    {
        if (!actor.CapacitiesOn(this).Contains(UseCaseCapacity.CentralTeam)) throw new UseCaseRefusedException(UseCaseRefusal.NotAllowed);
        if (State is not (UseCaseState.InIndustrialisation or UseCaseState.InValidation or UseCaseState.InProduction)) throw new UseCaseRefusedException(UseCaseRefusal.WrongState);
        var next = Changed(now) with { Production = ProductionFactsRules.Checked(facts) };
        return new UseCaseChange(next, Entry(next, actor, HistoryEvent.ProductionFactsChanged, now));
    }

    /// <summary>Rejected and retired cases are closed: nothing moves any more.</summary>
    public bool IsClosed => State is UseCaseState.Rejected or UseCaseState.Retired;

    private static UseCase Submitted(UseCase next, UseCaseNumber? number, DateTimeOffset now)
    {
        var blockers = UseCaseForm.SubmissionBlockers(next.Content);
        if (blockers.Count > 0) throw new UseCaseRefusedException(UseCaseRefusal.Incomplete, blockers);
        var id = next.Number ?? number ?? throw new InvalidOperationException("A first submission needs the number the store allocated.");
        return next with { Number = id, SubmittedAt = now, OpenQuestions = null, Step = WizardStep.Review };
    }

    private UseCase Changed(DateTimeOffset now) => this with { Revision = Revision + 1, UpdatedAt = now };

    private static HistoryEntry Entry(UseCase next, UseCaseActor actor, HistoryEvent what, DateTimeOffset now, string? value = null) =>
        new(now, next.Revision, actor.UserKey, actor.DisplayName, what, next.State, next.State, Value: value);
}
