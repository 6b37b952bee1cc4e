using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.Domain.Tests.UseCases;

public class UseCaseFieldTests
{
    private static FieldError? Check(string fieldId, string? raw, out string? canonical) => UseCaseFields.Find(fieldId)!.TryCanonical(raw, out canonical);

    [Fact]
    public void Every_field_of_the_design_is_in_the_wizard_once()
    {
        Assert.Equal(42, UseCaseFields.All.Count);
        Assert.Equal(UseCaseFields.All.Count, UseCaseFields.All.Select(f => f.Id).Distinct().Count());
        Assert.Equal(9, UseCaseFields.Of(WizardStep.Scope).Count);
        Assert.Empty(UseCaseFields.Of(WizardStep.Review));
        Assert.All(Enum.GetValues<WizardStep>().Where(s => s != WizardStep.Review), step => Assert.NotEmpty(UseCaseFields.Of(step)));
    }

    [Theory]
    [InlineData("title", 120)]
    [InlineData("summary", 500)]
    [InlineData("businessContext", 2000)]
    [InlineData("primaryKpi", 200)]
    public void Text_longer_than_its_limit_is_refused_and_text_at_the_limit_is_kept(string fieldId, int limit)
    {
        Assert.Equal(new FieldError(fieldId, FieldErrorCode.TooLong, limit), Check(fieldId, new string('x', limit + 1), out _));
        Assert.Null(Check(fieldId, new string('x', limit), out var kept));
        Assert.Equal(limit, kept!.Length);
    }

    [Fact]
    public void Text_is_trimmed_and_control_characters_dropped_before_the_length_is_counted()
    {
        Assert.Null(Check("title", "  Churn\u0007 model\r\nv2  ", out var title));
        Assert.Equal("Churn model v2", title);
        Assert.Null(Check("businessContext", "line one\r\nline two", out var context));
        Assert.Equal("line one\nline two", context);
    }

    [Theory]
    [InlineData("https://git.example.org/churn", true)]
    [InlineData("http://intranet/wiki/page?id=3", true)]
    [InlineData("git.example.org/churn", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("ftp://files.example.org/x", false)]
    [InlineData("https://exa mple.org", false)]
    [InlineData("file:///etc/passwd", false)]
    public void Links_must_be_absolute_web_addresses(string raw, bool accepted)
    {
        var error = Check("prototypeUrl", raw, out var canonical);
        if (accepted) Assert.Equal(raw, canonical);
        else Assert.Equal(new FieldError("prototypeUrl", FieldErrorCode.NotAUrl), error);
    }

    [Theory]
    [InlineData("60", null, "60")]
    [InlineData(" 1 ", null, "1")]
    [InlineData("2000", null, "2000")]
    [InlineData("0", FieldErrorCode.OutOfRange, null)]
    [InlineData("-5", FieldErrorCode.OutOfRange, null)]
    [InlineData("2001", FieldErrorCode.OutOfRange, null)]
    [InlineData("12.5", FieldErrorCode.NotAWholeNumber, null)]
    [InlineData("sixty", FieldErrorCode.NotAWholeNumber, null)]
    [InlineData("99999999999", FieldErrorCode.NotAWholeNumber, null)]
    public void Effort_is_a_positive_whole_number_of_days(string raw, FieldErrorCode? expected, string? canonical)
    {
        var error = Check("effortDays", raw, out var value);
        Assert.Equal(expected, error?.Code);
        Assert.Equal(canonical, value);
    }

    [Theory]
    [InlineData("High", "High")]
    [InlineData("high", "High")]
    [InlineData("1", null)]
    [InlineData("Huge", null)]
    public void Choices_accept_only_their_options_in_any_case(string raw, string? canonical)
    {
        var error = Check("time", raw, out var value);
        Assert.Equal(canonical, value);
        Assert.Equal(canonical is null ? FieldErrorCode.NotAnOption : null, error?.Code);
    }

    [Fact]
    public void Multiple_choices_are_kept_once_each_in_option_order()
    {
        Assert.Null(Check("expertise", "DataEngineer, dataScientist,DataEngineer", out var value));
        Assert.Equal("DataScientist,DataEngineer", value);
        Assert.Equal(FieldErrorCode.NotAnOption, Check("expertise", "DataScientist,Astrologer", out _)!.Code);
    }

    [Fact]
    public void Lists_take_one_item_per_line_with_a_limit_on_items_and_on_each_item()
    {
        Assert.Null(Check("datasets", "transactions\n\n contacts \ntransactions", out var value));
        Assert.Equal("transactions\ncontacts", value);
        var tooMany = string.Join('\n', Enumerable.Range(1, 21).Select(i => $"dataset-{i}"));
        Assert.Equal(new FieldError("datasets", FieldErrorCode.TooManyItems, 20), Check("datasets", tooMany, out _));
        Assert.Equal(FieldErrorCode.TooLong, Check("datasets", new string('d', 201), out _)!.Code);
    }

    [Fact]
    public void Applying_a_card_keeps_valid_values_reports_refused_ones_and_ignores_other_steps_and_unknown_keys()
    {
        var before = UseCaseForm.Apply(UseCaseContent.Empty, WizardStep.Package, new Dictionary<string, string?> { ["prototypeUrl"] = "https://git.example.org/old" }).Content;
        var posted = new Dictionary<string, string?>
        {
            ["prototypeUrl"] = "not a link",
            ["hubOwner"] = "Alice Martin",
            ["title"] = "smuggled from another step",
            ["isAdmin"] = "true",
        };

        var result = UseCaseForm.Apply(before, WizardStep.Package, posted);

        Assert.Equal([new FieldError("prototypeUrl", FieldErrorCode.NotAUrl)], result.Errors);
        Assert.Equal("https://git.example.org/old", result.Content.Package.PrototypeUrl);
        Assert.Equal("Alice Martin", result.Content.Package.HubOwner);
        Assert.Null(result.Content.Value.Title);
    }

    [Fact]
    public void A_field_the_card_did_not_send_is_unchanged_and_an_empty_one_is_cleared()
    {
        var content = SampleUseCases.CompleteContent();

        var result = UseCaseForm.Apply(content, WizardStep.Canvas, new Dictionary<string, string?> { ["users"] = "", ["extensions"] = "   " });

        Assert.Null(result.Content.Canvas.Users);
        Assert.Equal(content.Canvas.PrimaryKpi, result.Content.Canvas.PrimaryKpi);
    }

    [Fact]
    public void Conditional_fields_are_required_only_when_the_answer_they_depend_on_calls_for_them()
    {
        var content = SampleUseCases.CompleteContent();
        Assert.Empty(UseCaseForm.SubmissionBlockers(content));

        var withConditions = content with { Feasibility = content.Feasibility with { Verdict = FeasibilityVerdict.FeasibleWithConditions } };
        var notFeasible = content with { Feasibility = content.Feasibility with { Verdict = FeasibilityVerdict.NotFeasible } };
        var noDpo = content with { Compliance = content.Compliance with { DpoConsulted = null } };
        var noPersonalData = noDpo with { Compliance = noDpo.Compliance with { PersonalData = YesNo.No } };

        Assert.Equal([new FieldError("conditions", FieldErrorCode.Required)], UseCaseForm.MissingIn(withConditions, WizardStep.Feasibility));
        Assert.Equal([new FieldError("notFeasiblePath", FieldErrorCode.Required)], UseCaseForm.MissingIn(notFeasible, WizardStep.Feasibility));
        Assert.Equal([new FieldError("dpoConsulted", FieldErrorCode.Required)], UseCaseForm.MissingIn(noDpo, WizardStep.Compliance));
        Assert.Empty(UseCaseForm.MissingIn(noPersonalData, WizardStep.Compliance));
    }

    [Fact]
    public void The_review_lists_every_missing_required_field_of_every_step_in_wizard_order()
    {
        var blockers = UseCaseForm.SubmissionBlockers(UseCaseContent.Empty);

        var expected = UseCaseFields.All.Where(f => f.Required).Select(f => f.Id).ToList();
        Assert.Equal(expected, blockers.Select(b => b.FieldId));
        Assert.All(blockers, b => Assert.Equal(FieldErrorCode.Required, b.Code));
        Assert.Contains("title", expected);
        Assert.DoesNotContain("assumptions", expected);
    }

    [Fact]
    public void An_unacceptable_AI_Act_risk_cannot_be_submitted()
    {
        var content = SampleUseCases.CompleteContent();
        var prohibited = content with { Compliance = content.Compliance with { AiActRisk = AiActRiskLevel.Unacceptable } };

        Assert.Equal([new FieldError("aiActRisk", FieldErrorCode.ProhibitedRisk)], UseCaseForm.SubmissionBlockers(prohibited));
    }

    [Fact]
    public void Every_field_round_trips_through_its_canonical_value()
    {
        var content = SampleUseCases.CompleteContent();
        var values = UseCaseFields.All.ToDictionary(f => f.Id, f => f.ValueIn(content));

        Assert.Equal(content.Scope.Expertise, UseCaseFields.Read(values).Scope.Expertise);
        Assert.Equal(content.Package.Datasets, UseCaseFields.Read(values).Package.Datasets);
        Assert.All(UseCaseFields.All, f => Assert.Equal(f.ValueIn(content), f.ValueIn(UseCaseFields.Read(values))));
        Assert.Equal(60, content.Scope.EstimatedEffortDays);
        Assert.Equal(Rating.High, content.Value.Time);
    }

    [Fact]
    public void Reading_stored_values_drops_one_that_no_longer_passes_its_rule()
    {
        var content = UseCaseFields.Read(new Dictionary<string, string?> { ["title"] = "Churn", ["time"] = "Gigantic", ["effortDays"] = "-3" });

        Assert.Equal("Churn", content.Value.Title);
        Assert.Null(content.Value.Time);
        Assert.Null(content.Scope.EstimatedEffortDays);
    }
}
