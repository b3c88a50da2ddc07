using System.Text.Json.Nodes;

namespace JourneyBot.BotKit.Schema;

/// <summary>The HTTP status and body returned in the same exchange as an <c>invoke</c> activity.</summary>
public sealed record InvokeResponse(int Status, JsonNode? Body = null);
