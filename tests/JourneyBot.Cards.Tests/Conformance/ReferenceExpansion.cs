using System.Text.Json.Nodes;

namespace JourneyBot.Cards.Tests.Conformance;

/// <summary>What the official JavaScript engine made of one corpus case: its output, or the error it threw.</summary>
internal sealed record ReferenceExpansion(JsonNode? Output, string? Error);
