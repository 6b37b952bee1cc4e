using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovernanceBot.Domain.Maturity;

/// <summary>
/// Turns a questionnaire JSON document into a <see cref="QuestionnaireDefinition"/>, collecting every
/// inconsistency (missing translation, unknown category, gaps between brackets…) so whoever edits the file
/// fixes them in one pass rather than one start-up at a time.
/// </summary>
internal static partial class QuestionnaireDefinitionReader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // Compile-time metadata: the questionnaire is read at every start-up.
        TypeInfoResolver = DocumentJsonContext.Default,
    };

    public static QuestionnaireDefinition Read(string json)
    {
        DocumentJson document;
        try
        {
            document = JsonSerializer.Deserialize<DocumentJson>(json, Options)
                ?? throw new QuestionnaireDefinitionException(["The document is empty."]);
        }
        catch (JsonException exception)
        {
            throw new QuestionnaireDefinitionException([$"The document is not valid JSON for a questionnaire: {exception.Message}"]);
        }

        var errors = new List<string>();
        var definition = Build(document, errors);
        if (errors.Count > 0 || definition is null) throw new QuestionnaireDefinitionException(errors);
        return definition;
    }

    private static QuestionnaireDefinition? Build(DocumentJson document, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(document.Id)) errors.Add("'id' is missing.");
        if (document.Version is not > 0) errors.Add("'version' must be a positive whole number.");
        var title = Text(document.Title, "title", errors);

        var categories = ReadCategories(document.Categories, errors);
        var questions = ReadQuestions(document, categories, errors);
        var maxScore = questions.Sum(q => q.MaxPoints);
        if (questions.Count > 0 && maxScore <= 0) errors.Add("The maximum score is 0: at least one answer must be worth points.");
        foreach (var category in categories)
        {
            if (questions.All(q => q.CategoryId != category.Id)) errors.Add($"Category '{category.Id}' has no question.");
        }

        var brackets = ReadBrackets(document.Brackets, maxScore, errors);
        var maxTriggered = document.Recommendations?.MaxTriggeredActions ?? 3;
        if (maxTriggered < 0) errors.Add("'recommendations.maxTriggeredActions' cannot be negative.");

        return errors.Count > 0
            ? null
            : new QuestionnaireDefinition(document.Id!, document.Version!.Value, title!, categories, questions, brackets, maxTriggered);
    }

    private static List<QuestionCategory> ReadCategories(List<CategoryJson>? items, List<string> errors)
    {
        var categories = new List<QuestionCategory>();
        if (items is not { Count: > 0 })
        {
            errors.Add("'categories' must list at least one category.");
            return categories;
        }
        foreach (var (item, index) in items.Select((c, i) => (c, i)))
        {
            var where = $"categories[{index}]";
            if (string.IsNullOrWhiteSpace(item.Id)) { errors.Add($"{where}: 'id' is missing."); continue; }
            if (categories.Any(c => c.Id == item.Id)) errors.Add($"{where}: category id '{item.Id}' is used twice.");
            var title = Text(item.Title, $"category '{item.Id}' title", errors);
            if (title is not null) categories.Add(new QuestionCategory(item.Id, title));
        }
        return categories;
    }

    private static List<Question> ReadQuestions(DocumentJson document, List<QuestionCategory> categories, List<string> errors)
    {
        var questions = new List<Question>();
        if (document.Questions is not { Count: > 0 })
        {
            errors.Add("'questions' must list at least one question.");
            return questions;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, index) in document.Questions.Select((q, i) => (q, i)))
        {
            var where = string.IsNullOrWhiteSpace(item.Id) ? $"questions[{index}]" : $"question '{item.Id}'";
            var errorCount = errors.Count;
            if (string.IsNullOrWhiteSpace(item.Id)) errors.Add($"{where}: 'id' is missing.");
            else if (!seen.Add(item.Id)) errors.Add($"{where}: the id is used twice.");
            if (categories.All(c => c.Id != item.Category)) errors.Add($"{where}: unknown category '{item.Category}'.");
            if (item.Kind is null) errors.Add($"{where}: 'kind' is missing (yesPartlyNo, scale, duration or count).");
            var text = Text(item.Text, $"{where} text", errors);
            var help = item.Help is null ? null : Text(item.Help, $"{where} help", errors);

            var options = item.Kind is AnswerKind.Scale ? [] : ReadOptions(item, document.OptionSets, where, errors);
            var scale = item.Kind is AnswerKind.Scale ? ReadScale(item.Scale, where, errors) : null;
            if (item.Kind is AnswerKind.Scale && item.Options is not null) errors.Add($"{where}: a scale question takes 'scale', not 'options'.");
            if (item.Kind is not AnswerKind.Scale && item.Scale is not null) errors.Add($"{where}: only a scale question takes 'scale'.");

            if (errors.Count > errorCount || item.Kind is null) continue;

            var weak = ReadWeakAnswer(item.WeakAnswer, where, errors);
            var zeroWhen = ReadCondition(item.ZeroWhen, questions, where, errors);
            var question = new Question(item.Id!, item.Category!, item.Kind.Value, text!, help, options, scale, weak, zeroWhen);
            if (weak is not null && weak.AtMostPoints >= question.MaxPoints)
                errors.Add($"{where}: 'weakAnswer.atMostPoints' ({weak.AtMostPoints}) must be below the question's maximum ({question.MaxPoints}), or every answer would trigger it.");
            questions.Add(question);
        }
        return questions;
    }

    private static List<AnswerOption> ReadOptions(QuestionJson item, Dictionary<string, List<OptionJson>>? sets, string where, List<string> errors)
    {
        List<OptionJson>? raw = null;
        if (item.Options is { ValueKind: JsonValueKind.String } reference)
        {
            var name = reference.GetString()!;
            if (sets is null || !sets.TryGetValue(name, out raw)) errors.Add($"{where}: option set '{name}' is not defined in 'optionSets'.");
        }
        else if (item.Options is { ValueKind: JsonValueKind.Array } inline)
        {
            raw = inline.Deserialize<List<OptionJson>>(Options);
        }
        else
        {
            errors.Add($"{where}: 'options' must name an option set or list the options.");
        }

        var options = new List<AnswerOption>();
        if (raw is null) return options;
        if (raw.Count < 2) errors.Add($"{where}: a choice question needs at least two options.");
        foreach (var option in raw)
        {
            if (string.IsNullOrWhiteSpace(option.Value)) { errors.Add($"{where}: an option has no 'value'."); continue; }
            if (options.Any(o => o.Value == option.Value)) errors.Add($"{where}: option '{option.Value}' is listed twice.");
            if (option.Points is not >= 0) errors.Add($"{where}: option '{option.Value}' needs 'points' of 0 or more.");
            var label = Text(option.Label, $"{where} option '{option.Value}' label", errors);
            if (label is not null && option.Points is >= 0) options.Add(new AnswerOption(option.Value, label, option.Points.Value));
        }
        return options;
    }

    private static AnswerScale? ReadScale(ScaleJson? scale, string where, List<string> errors)
    {
        if (scale is null) { errors.Add($"{where}: a scale question needs 'scale'."); return null; }
        if (scale.Min is null || scale.Max is null || scale.Min >= scale.Max)
        {
            errors.Add($"{where}: 'scale.min' must be below 'scale.max'.");
            return null;
        }
        var minLabel = Text(scale.MinLabel, $"{where} scale minLabel", errors);
        var maxLabel = Text(scale.MaxLabel, $"{where} scale maxLabel", errors);

        var bands = (scale.Bands ?? []).OrderBy(b => b.From).ToList();
        if (bands.Count == 0) { errors.Add($"{where}: 'scale.bands' must score every value from {scale.Min} to {scale.Max}."); return null; }
        var expectedFrom = scale.Min.Value;
        foreach (var band in bands)
        {
            if (band.From is null || band.To is null || band.Points is not >= 0 || band.From > band.To)
            {
                errors.Add($"{where}: every band needs 'from' ≤ 'to' and 'points' of 0 or more.");
                return null;
            }
            if (band.From != expectedFrom) errors.Add($"{where}: the bands leave a gap or overlap at {expectedFrom} (a band starts at {band.From}).");
            expectedFrom = band.To.Value + 1;
        }
        if (expectedFrom - 1 != scale.Max) errors.Add($"{where}: the bands end at {expectedFrom - 1}, not at the scale maximum {scale.Max}.");
        if (minLabel is null || maxLabel is null) return null;
        return new AnswerScale(scale.Min.Value, scale.Max.Value, minLabel, maxLabel,
            bands.Select(b => new ScoreBand(b.From!.Value, b.To!.Value, b.Points!.Value)).ToList());
    }

    private static WeakAnswerRule? ReadWeakAnswer(WeakAnswerJson? weak, string where, List<string> errors)
    {
        if (weak is null) return null;
        if (weak.AtMostPoints is not >= 0) errors.Add($"{where}: 'weakAnswer.atMostPoints' must be 0 or more.");
        var action = Text(weak.Action, $"{where} weakAnswer action", errors);
        return action is null || weak.AtMostPoints is not >= 0 ? null : new WeakAnswerRule(weak.AtMostPoints.Value, action);
    }

    private static AnswerCondition? ReadCondition(ConditionJson? condition, List<Question> earlier, string where, List<string> errors)
    {
        if (condition is null) return null;
        var premise = earlier.FirstOrDefault(q => q.Id == condition.Question);
        if (premise is null)
        {
            errors.Add($"{where}: 'zeroWhen.question' must name an earlier question ('{condition.Question}' is not one).");
            return null;
        }
        if (condition.Answers is not { Count: > 0 } answers)
        {
            errors.Add($"{where}: 'zeroWhen.answers' must list at least one answer.");
            return null;
        }
        foreach (var answer in answers.Where(a => !premise.Accepts(a)))
            errors.Add($"{where}: 'zeroWhen.answers' holds '{answer}', which question '{premise.Id}' does not accept.");
        return new AnswerCondition(premise.Id, answers);
    }

    private static List<ScoreBracket> ReadBrackets(List<BracketJson>? items, int maxScore, List<string> errors)
    {
        var brackets = new List<ScoreBracket>();
        if (items is not { Count: > 0 })
        {
            errors.Add("'brackets' must list at least one bracket.");
            return brackets;
        }
        var expectedFrom = 0;
        foreach (var (item, index) in items.Select((b, i) => (b, i)))
        {
            var where = string.IsNullOrWhiteSpace(item.Id) ? $"brackets[{index}]" : $"bracket '{item.Id}'";
            if (string.IsNullOrWhiteSpace(item.Id)) errors.Add($"{where}: 'id' is missing.");
            else if (brackets.Any(b => b.Id == item.Id)) errors.Add($"{where}: the id is used twice.");
            if (item.From is null || item.To is null || item.From > item.To)
            {
                errors.Add($"{where}: needs 'from' ≤ 'to'.");
                continue;
            }
            if (item.From != expectedFrom)
                errors.Add($"{where}: brackets must be contiguous and in order; expected it to start at {expectedFrom}, not {item.From}.");
            expectedFrom = item.To.Value + 1;

            var title = Text(item.Title, $"{where} title", errors);
            var meaning = Text(item.Meaning, $"{where} meaning", errors);
            var actions = new List<LocalizedText>();
            if (item.Actions is not { Count: > 0 }) errors.Add($"{where}: 'actions' must list at least one action.");
            foreach (var action in item.Actions ?? []) { if (Text(action, $"{where} action", errors) is { } text) actions.Add(text); }
            if (title is not null && meaning is not null && !string.IsNullOrWhiteSpace(item.Id))
                brackets.Add(new ScoreBracket(item.Id, item.From.Value, item.To.Value, title, meaning, actions));
        }
        if (expectedFrom - 1 != maxScore)
            errors.Add($"The last bracket ends at {expectedFrom - 1} but the maximum score is {maxScore}; brackets must cover 0 to {maxScore}.");
        return brackets;
    }

    private static LocalizedText? Text(LocalizedText? text, string what, List<string> errors)
    {
        if (text is null) { errors.Add($"{what}: missing (needs 'fr' and 'en')."); return null; }
        var missing = new[] { ("fr", text.Fr), ("en", text.En) }.Where(t => string.IsNullOrWhiteSpace(t.Item2)).Select(t => t.Item1).ToList();
        if (missing.Count == 0) return text;
        errors.Add($"{what}: no '{string.Join("', '", missing)}' text.");
        return null;
    }

    [JsonSerializable(typeof(DocumentJson))]
    private sealed partial class DocumentJsonContext : JsonSerializerContext;

    private sealed record DocumentJson(
        string? Id,
        int? Version,
        LocalizedText? Title,
        Dictionary<string, List<OptionJson>>? OptionSets,
        List<CategoryJson>? Categories,
        List<QuestionJson>? Questions,
        List<BracketJson>? Brackets,
        RecommendationsJson? Recommendations);

    private sealed record CategoryJson(string? Id, LocalizedText? Title);

    private sealed record QuestionJson(
        string? Id,
        string? Category,
        AnswerKind? Kind,
        LocalizedText? Text,
        LocalizedText? Help,
        JsonElement? Options,
        ScaleJson? Scale,
        WeakAnswerJson? WeakAnswer,
        ConditionJson? ZeroWhen);

    private sealed record OptionJson(string? Value, LocalizedText? Label, int? Points);

    private sealed record ScaleJson(int? Min, int? Max, LocalizedText? MinLabel, LocalizedText? MaxLabel, List<BandJson>? Bands);

    private sealed record BandJson(int? From, int? To, int? Points);

    private sealed record WeakAnswerJson(int? AtMostPoints, LocalizedText? Action);

    private sealed record ConditionJson(string? Question, List<string>? Answers);

    private sealed record BracketJson(string? Id, int? From, int? To, LocalizedText? Title, LocalizedText? Meaning, List<LocalizedText>? Actions);

    private sealed record RecommendationsJson(int? MaxTriggeredActions);
}
