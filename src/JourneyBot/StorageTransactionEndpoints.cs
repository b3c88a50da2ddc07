using JourneyBot.Storage.Diagnostics;
using JourneyBot.Storage.Tables;

namespace JourneyBot;

/// <summary>Attributes Table Storage transactions to bot turns, and shows the counts in Development.</summary>
internal static class StorageTransactionEndpoints
{
    /// <summary>The Development-only endpoint that returns <see cref="TableTransactionCounter.Snapshot"/> as JSON.</summary>
    public const string DevelopmentPath = "/_dev/storage/transactions";

    private const string MessagesPath = "/api/messages";

    /// <summary>
    /// Opens a <see cref="TableTransactionScope"/> around every <c>POST /api/messages</c>, so the transactions
    /// of a turn are told apart from background work (the reminder dispatcher) running at the same time, and a
    /// <see cref="TurnReadCache"/>, so a row the turn reads in several places is read from storage once.
    /// </summary>
    public static IApplicationBuilder UseTurnTransactionScopes(this IApplicationBuilder app)
    {
        var counter = app.ApplicationServices.GetRequiredService<TableTransactionCounter>();
        return app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments(MessagesPath, StringComparison.OrdinalIgnoreCase))
            {
                await next(context);
                return;
            }

            using var scope = counter.BeginTurn();
            using var reads = TurnReadCache.Begin();
            await next(context);
        });
    }

    /// <summary>
    /// In Development only: <c>GET /_dev/storage/transactions</c> returns the counts so far (turns, and by
    /// table and operation in turns and in the background), for the turn benchmark. Production exports the
    /// same figures through the <c>JourneyBot.Storage</c> meter instead.
    /// </summary>
    public static IEndpointRouteBuilder MapDevelopmentStorageTransactions(this IEndpointRouteBuilder endpoints, IHostEnvironment environment)
    {
        if (environment.IsDevelopment())
        {
            endpoints.MapGet(DevelopmentPath, (TableTransactionCounter counter) => Results.Json(counter.Snapshot()));
        }

        return endpoints;
    }
}
