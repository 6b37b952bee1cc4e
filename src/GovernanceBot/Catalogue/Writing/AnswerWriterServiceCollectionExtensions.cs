using Microsoft.Extensions.Options;

namespace GovernanceBot.Catalogue.Writing;

/// <summary>Chooses the answer writer: an OpenAI-compatible LLM when <c>Catalogue:Llm:Endpoint</c> is set, search only otherwise.</summary>
public static class AnswerWriterServiceCollectionExtensions
{
    public static IServiceCollection AddAnswerWriter(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(LlmOptions.Section);
        services.Configure<LlmOptions>(section);
        var options = section.Get<LlmOptions>() ?? new LlmOptions();
        if (!options.IsConfigured)
        {
            services.AddSingleton<IAnswerWriter, NoAnswerWriter>();
            return services;
        }
        if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out _) || options.Model.Length == 0)
        {
            throw new OptionsValidationException(LlmOptions.Section, typeof(LlmOptions),
                ["Catalogue:Llm:Endpoint must be an absolute URL and Catalogue:Llm:Model must be set (or leave Endpoint empty to answer from search only)."]);
        }
        AddLlmWriter(services, options);
        return services;
    }

    // Apart, so a run without an LLM never loads the AI client libraries.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void AddLlmWriter(IServiceCollection services, LlmOptions options)
    {
        services.AddSingleton(_ => LlmClientFactory.Create(options));
        services.AddSingleton<IAnswerWriter, LlmAnswerWriter>();
    }
}
