using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace JourneyBot.Cards.Templating;

/// <summary>
/// Expands an Adaptive Card template with data, following the public templating language
/// (<c>${...}</c> binding, <c>$data</c> contexts and repetition, <c>$root</c>, <c>$index</c>, <c>$when</c>)
/// for the subset JourneyBot uses. Only the template is expanded, once: text coming from data is
/// copied verbatim, so user text containing <c>${...}</c> never becomes an expression.
/// </summary>
/// <remarks>
/// Expressions never make <see cref="Expand"/> throw. A malformed expression, an unknown function
/// or a type error keeps the literal <c>${...}</c> text (which <c>CardValidator</c> then reports).
/// A path that is missing or null reads as empty text inside a string; a string that is only
/// <c>${missing}</c> drops its property (or array item). The official JS engine keeps the literal
/// <c>${missing}</c> text in both cases (checked against adaptivecards-templating 2.3.1); we do not,
/// because optional data would then show raw template syntax to users and fail card validation.
/// tests/JourneyBot.Cards.Tests/Conformance expands a corpus with both engines; its DeliberateDifferences
/// table lists every known difference with the reason.
/// </remarks>
public static class TemplateExpander
{
    /// <summary>Deepest template nesting (objects and arrays) accepted; real cards stay far below it.</summary>
    public const int MaxDepth = 64;

    /// <summary>Most output values (and repetition steps) one expansion may produce.</summary>
    public const int MaxOutputNodes = 10_000;

    /// <summary>Most characters of text one expansion may produce; a card over 28 KB is useless anyway.</summary>
    public const int MaxOutputChars = 1_000_000;

    // Keys the language reserves; they steer expansion and never appear in the card.
    private static readonly HashSet<string> ReservedKeys =
        new(["$data", "$when", "$root", "$index", "$host", "$_acTemplateVersion"], StringComparer.Ordinal);

    /// <summary>
    /// Expands <paramref name="template"/> with <paramref name="data"/> bound as <c>$root</c> and as the initial <c>$data</c>.
    /// Returns new nodes that share nothing with either argument; <see langword="null"/> when the root
    /// itself was dropped (<c>$when</c> false, empty repetition), an array when the root was repeated.
    /// </summary>
    /// <exception cref="TemplateLimitExceededException">The template or its output is beyond the guard rails.</exception>
    public static JsonNode? Expand(JsonNode template, JsonNode? data)
    {
        ArgumentNullException.ThrowIfNull(template);
        var output = new List<JsonNode?>(1);
        new Expansion().ExpandInto(template, new EvaluationScope(data, data, null), 0, output);
        return output.Count == 0 ? null : Collapse(output);
    }

    // One output for a value, several for a repeated object, none for a dropped one; a property
    // takes them as a value, an array of them or not at all, like the JS engine.
    private static JsonNode? Collapse(List<JsonNode?> values) => values.Count == 1 ? values[0] : new JsonArray([.. values]);

    /// <summary>The budget of one <see cref="Expand"/> call.</summary>
    private sealed class Expansion
    {
        private int _nodes;
        private long _chars;

        public void ExpandInto(JsonNode? node, EvaluationScope scope, int depth, List<JsonNode?> output)
        {
            if (depth > MaxDepth)
            {
                throw new TemplateLimitExceededException($"The template nests deeper than {MaxDepth} levels.");
            }

            ChargeNode();
            switch (node)
            {
                case null:
                    output.Add(null);
                    break;
                case JsonObject obj:
                    ExpandObject(obj, scope, depth, output);
                    break;
                case JsonArray array:
                    var items = new List<JsonNode?>(array.Count);
                    foreach (var item in array)
                    {
                        ExpandInto(item, scope, depth + 1, items);
                    }

                    output.Add(new JsonArray([.. items]));
                    break;
                default:
                    if (JsonValues.AsString(node) is { } text)
                    {
                        if (TryExpandString(text, scope, out var value))
                        {
                            output.Add(value);
                        }
                    }
                    else
                    {
                        output.Add(node.DeepClone());
                    }

                    break;
            }
        }

        private void ExpandObject(JsonObject template, EvaluationScope scope, int depth, List<JsonNode?> output)
        {
            var repeated = false;
            List<JsonNode?> contexts = [scope.Data];
            if (template.TryGetPropertyValue("$data", out var dataBinding))
            {
                var bound = EvaluateBinding(dataBinding, scope, depth);
                repeated = bound is JsonArray;
                contexts = bound is JsonArray array ? [.. array] : [bound];
            }

            var hasWhen = template.TryGetPropertyValue("$when", out var when);
            for (var i = 0; i < contexts.Count; i++)
            {
                // A $when that is false for every item must still pay for its iterations.
                ChargeNode();
                var itemScope = scope with { Data = contexts[i], Index = repeated ? i : scope.Index };

                // $when runs after $data is bound, so it sees each repeated item.
                if (hasWhen && !IsTrue(when, itemScope))
                {
                    continue;
                }

                var result = new JsonObject();
                foreach (var (key, value) in template)
                {
                    if (ReservedKeys.Contains(key))
                    {
                        continue;
                    }

                    var values = new List<JsonNode?>(1);
                    ExpandInto(value, itemScope, depth + 1, values);
                    if (values.Count > 0)
                    {
                        result[key] = Collapse(values);
                    }
                }

                output.Add(result);
            }
        }

        // $data may be "${expression}", a literal array/object (itself expanded in the outer context) or a plain value.
        private JsonNode? EvaluateBinding(JsonNode? binding, EvaluationScope scope, int depth)
        {
            if (binding is JsonObject or JsonArray)
            {
                var values = new List<JsonNode?>(1);
                ExpandInto(binding, scope, depth + 1, values);
                return values.Count == 0 ? null : Collapse(values);
            }

            if (JsonValues.AsString(binding) is { } text)
            {
                // Bound data is only read, never output: no copy and no charge against the text budget,
                // so a long list filtered down by $when costs only its iterations.
                if (TemplateString.HasExpressionMarker(text) && TemplateString.Parse(text) is [{ IsExpression: true } whole])
                {
                    return TryEvaluate(whole.Expression, scope, out var bound) ? bound : JsonValue.Create(whole.Text);
                }

                return TryExpandString(text, scope, out var value) ? value : null;
            }

            return binding?.DeepClone();
        }

        // Only a boolean true keeps the object: a string, a number, a missing value or an
        // expression error all drop it, as in the JS engine.
        private static bool IsTrue(JsonNode? when, EvaluationScope scope)
        {
            if (JsonValues.AsString(when) is not { } text)
            {
                // Difference from the JS engine, which drops an object whose $when is the literal true
                // (and keeps one whose $when is literal false): a literal boolean means what it says.
                return JsonValues.Kind(when) == JsonValueKind.True;
            }

            var parts = TemplateString.HasExpressionMarker(text) ? TemplateString.Parse(text) : [];
            return parts is [{ IsExpression: true } part]
                && TryEvaluate(part.Expression, scope, out var value)
                && JsonValues.Kind(value) == JsonValueKind.True;
        }

        /// <summary>False when the string was a single expression whose value is missing: the caller drops it.</summary>
        private bool TryExpandString(string text, EvaluationScope scope, out JsonNode? value)
        {
            if (!TemplateString.HasExpressionMarker(text))
            {
                value = JsonValue.Create(text);
                return true;
            }

            var parts = TemplateString.Parse(text);

            // A string that is exactly one expression keeps the value's JSON type.
            if (parts is [{ IsExpression: true } whole])
            {
                if (!TryEvaluate(whole.Expression, scope, out var result))
                {
                    value = ChargeText(whole.Text);
                    return true;
                }

                if (result is null)
                {
                    value = null;
                    return false;
                }

                // Clone: the result may be a node of the caller's data, and output must not share nodes.
                value = result.DeepClone();
                ChargeChars(value is JsonValue ? JsonValues.ToText(value).Length : value.ToJsonString().Length);
                return true;
            }

            var builder = new StringBuilder();
            foreach (var part in parts)
            {
                builder.Append(!part.IsExpression ? part.Text
                    : TryEvaluate(part.Expression, scope, out var result) ? JsonValues.ToText(result)
                    : part.Text);
                EnsureTextBudget(builder.Length);
            }

            value = ChargeText(builder.ToString());
            return true;
        }

        private static bool TryEvaluate(string source, EvaluationScope scope, out JsonNode? value)
        {
            value = null;
            if (!ExpressionParser.TryParse(source, out var expression))
            {
                return false;
            }

            try
            {
                value = ExpressionEvaluator.Evaluate(expression, scope);
                return true;
            }
            catch (ExpressionException)
            {
                return false;
            }
        }

        private void ChargeNode()
        {
            if (++_nodes > MaxOutputNodes)
            {
                throw new TemplateLimitExceededException($"The expansion would produce more than {MaxOutputNodes} values.");
            }
        }

        private JsonValue ChargeText(string text)
        {
            ChargeChars(text.Length);
            return JsonValue.Create(text);
        }

        private void ChargeChars(int count)
        {
            _chars += count;
            EnsureTextBudget(0);
        }

        // pending: text still being built, so one long interpolation fails before it is complete.
        private void EnsureTextBudget(int pending)
        {
            if (_chars + pending > MaxOutputChars)
            {
                throw new TemplateLimitExceededException($"The expansion would produce more than {MaxOutputChars} characters of text.");
            }
        }
    }
}
