using System.Diagnostics;
using GovernanceBot.Domain.Catalogue.Evaluation;
using GovernanceBot.Domain.Catalogue.Questions;

namespace GovernanceBot.Catalogue;

/// <summary>
/// The host's command-line mode <c>eval &lt;questions.jsonl&gt;</c>: every question goes through the real
/// answer path (interpretation, search, the LLM writer when one is configured, citation checks) against
/// the configured storage, then accuracy, citation precision/recall, the "I don't know" rate and latency
/// are printed per language, with the questions it got wrong.
/// </summary>
public sealed class CatalogueEvalCommand
{
    private const int FailuresShown = 40;

    private CatalogueEvalCommand(string? path) => Path = path;

    public string? Path { get; }

    /// <summary>The command when <paramref name="args"/> start with "eval"; <paramref name="hostArgs"/> is what the host itself should read.</summary>
    public static CatalogueEvalCommand? Parse(string[] args, out string[] hostArgs)
    {
        hostArgs = args;
        if (args.Length == 0 || !args[0].Equals("eval", StringComparison.OrdinalIgnoreCase)) return null;
        hostArgs = args.Skip(2).ToArray();
        return new CatalogueEvalCommand(args.Length > 1 ? CatalogueImportCommand.Resolve(args[1]) : null);
    }

    public async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        if (Path is null || !File.Exists(Path))
        {
            await output.WriteLineAsync("usage: eval <questions.jsonl> (one JSON object a line: question, expected ids, optional words, lang, tags)");
            return 1;
        }
        IReadOnlyList<EvalCase> cases;
        try
        {
            using var reader = File.OpenText(Path);
            cases = EvalCase.ReadLines(reader);
        }
        catch (InvalidDataException e)
        {
            await output.WriteLineAsync($"{Path}: {e.Message}");
            return 1;
        }
        var outcomes = await RunAsync(services.GetRequiredService<CatalogueService>(), services.GetRequiredService<CatalogueQuestions>(), cases, cancellationToken);
        foreach (var wrong in outcomes.Where(o => !o.Correct).Take(FailuresShown))
        {
            var cited = wrong.SaidIDontKnow ? "I don't know" : string.Join(", ", wrong.Cited.Take(5));
            await output.WriteLineAsync($"  wrong [{wrong.Case.Lang}] {wrong.Case.Question} → {cited} (expected {string.Join(", ", wrong.Case.Expected.Concat(wrong.Case.Words).DefaultIfEmpty("I don't know"))})");
        }
        foreach (var report in EvalReport.PerLanguage(outcomes)) await output.WriteLineAsync(report.Line());
        return 0;
    }

    /// <summary>Runs the cases one after the other through the answer path (shared with the tests' fake-LLM evaluation).</summary>
    public static async Task<IReadOnlyList<EvalOutcome>> RunAsync(CatalogueService catalogue, CatalogueQuestions questions, IReadOnlyList<EvalCase> cases, CancellationToken cancellationToken)
    {
        await catalogue.EnsureLoadedAsync(cancellationToken);
        var outcomes = new List<EvalOutcome>(cases.Count);
        foreach (var @case in cases)
        {
            var clock = Stopwatch.StartNew();
            var answer = await catalogue.AskAsync(@case.Question, @case.Language, null, cancellationToken);
            var composed = await questions.ComposeAsync(answer, cancellationToken);
            clock.Stop();
            var cited = composed.Answer.Records.Select(r => r.Ref.Id).Concat(composed.Answer.Related.Select(r => r.UseCase.Id)).ToList();
            outcomes.Add(new EvalOutcome(@case, cited, composed.Text, composed.Answer.Kind == AnswerKind.NotFound, clock.Elapsed));
        }
        return outcomes;
    }
}
