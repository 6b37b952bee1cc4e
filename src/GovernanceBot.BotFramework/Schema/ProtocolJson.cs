using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovernanceBot.BotFramework.Schema;

/// <summary>The one set of JSON options used for everything that crosses the Bot Framework wire.</summary>
public static class ProtocolJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // A repeated key is ambiguous (which verb did the user click?): reject the whole activity.
        AllowDuplicateProperties = false,
        Converters = { new TolerantListConverterFactory() },
    };
}
