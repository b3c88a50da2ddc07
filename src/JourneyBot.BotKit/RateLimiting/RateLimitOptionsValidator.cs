using Microsoft.Extensions.Options;

namespace JourneyBot.BotKit.RateLimiting;

/// <summary>Start-up check of the <c>RateLimits</c> section, naming the setting to fix.</summary>
internal sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
