using Microsoft.Extensions.Options;

namespace JourneyBot.BotKit.Connector;

/// <summary>Rejects connector settings that would make retries unbounded, negative or overflow a timer.</summary>
internal sealed class ConnectorClientOptionsValidator : IValidateOptions<ConnectorClientOptions>
{
    internal const int MaxAttemptsLimit = 20;

    // Longer waits than this are configuration mistakes, and far beyond it timers overflow.
    private static readonly TimeSpan LongestWait = TimeSpan.FromHours(1);

    public ValidateOptionsResult Validate(string? name, ConnectorClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var section = ConnectorClientOptions.SectionName;

        if (options.MaxAttempts is < 1 or > MaxAttemptsLimit)
        {
            failures.Add($"{section}:MaxAttempts must be between 1 and {MaxAttemptsLimit} (is {options.MaxAttempts}).");
        }

        CheckRange(failures, $"{section}:BaseDelay", options.BaseDelay, allowZero: true);
        CheckRange(failures, $"{section}:MaxDelay", options.MaxDelay, allowZero: true);
        CheckRange(failures, $"{section}:AttemptTimeout", options.AttemptTimeout, allowZero: false);
        CheckRange(failures, $"{section}:MaxRetryAfter", options.MaxRetryAfter, allowZero: true);

        if (options.MaxDelay < options.BaseDelay)
        {
            failures.Add($"{section}:MaxDelay ({options.MaxDelay}) must not be less than BaseDelay ({options.BaseDelay}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckRange(List<string> failures, string key, TimeSpan value, bool allowZero)
    {
        var tooSmall = allowZero ? value < TimeSpan.Zero : value <= TimeSpan.Zero;
        if (tooSmall || value > LongestWait)
        {
            var lower = allowZero ? "0" : "more than 0";
            failures.Add($"{key} must be {lower} and at most {LongestWait} (is {value}).");
        }
    }
}
