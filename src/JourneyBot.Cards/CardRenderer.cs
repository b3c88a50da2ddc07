using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using JourneyBot.Cards.Templating;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JourneyBot.Cards;

/// <summary>
/// Renders templates from <see cref="CardTemplateOptions.TemplateDirectory"/>. Each template file is
/// read and parsed once and kept for the life of the process; every render returns new nodes.
/// </summary>
internal sealed partial class CardRenderer : ICardRenderer
{
    // camelCase like every other JSON the bot writes, so template paths match the records' property names.
    private static readonly JsonSerializerOptions _dataOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly string _directory;
    private readonly ILogger<CardRenderer> _logger;
    private readonly ConcurrentDictionary<string, Lazy<JsonNode>> _templates = new(StringComparer.Ordinal);

    public CardRenderer(IOptions<CardTemplateOptions> options, ILogger<CardRenderer> logger)
    {
        _directory = Path.GetFullPath(options.Value.TemplateDirectory, AppContext.BaseDirectory);
        _logger = logger;
    }

    public JsonObject Render(string templateName, object data)
    {
        EnsureSimpleName(templateName);
        var template = GetTemplate(templateName);
        var dataNode = data is null ? null : JsonSerializer.SerializeToNode(data, data.GetType(), _dataOptions);

        // The expander builds a fresh tree, so the cached template is never handed out.
        return TemplateExpander.Expand(template, dataNode) as JsonObject
            ?? throw new InvalidOperationException($"Card template '{templateName}' did not expand to a single JSON object.");
    }

    // Names come from code, but a name is also a path: allow only what a template file name needs.
    private static void EnsureSimpleName(string templateName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(templateName);
        var simple = templateName[0] != '.'
            && !templateName.Contains("..", StringComparison.Ordinal)
            && templateName.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
        if (!simple)
        {
            throw new ArgumentException($"'{templateName}' is not a simple template file name.", nameof(templateName));
        }
    }

    private JsonNode GetTemplate(string templateName)
    {
        var entry = _templates.GetOrAdd(templateName, name => new Lazy<JsonNode>(() => Load(name)));
        try
        {
            return entry.Value;
        }
        catch
        {
            // Lazy caches its exception; forget it so a template deployed later is found.
            _templates.TryRemove(new KeyValuePair<string, Lazy<JsonNode>>(templateName, entry));
            throw;
        }
    }

    private JsonNode Load(string templateName)
    {
        var path = Path.Combine(_directory, templateName + ".json");
        if (!File.Exists(path))
        {
            throw new CardTemplateNotFoundException(templateName);
        }

        JsonNode? template;
        try
        {
            template = JsonNode.Parse(File.ReadAllText(path));
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"Card template '{templateName}' is not valid JSON: {ex.Message}", ex);
        }

        if (template is null)
        {
            throw new InvalidOperationException($"Card template '{templateName}' is empty.");
        }

        // A parsed JsonNode materializes its children lazily on first read, which is not thread-safe;
        // touch every node now, under the Lazy's lock, so concurrent renders only ever read.
        Materialize(template);
        LogTemplateLoaded(templateName, path);
        return template;
    }

    private static void Materialize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, value) in obj)
                {
                    Materialize(value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Materialize(item);
                }

                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Loaded card template {TemplateName} from {Path}")]
    private partial void LogTemplateLoaded(string templateName, string path);
}
