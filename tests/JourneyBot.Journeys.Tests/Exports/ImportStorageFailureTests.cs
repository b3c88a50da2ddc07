using Azure;
using JourneyBot.BotKit.Turns;
using JourneyBot.Cards;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Journeys.Tests.Support;
using JourneyBot.Storage;
using JourneyBot.TestSupport.Azurite;
using JourneyBot.TestSupport.Transcripts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace JourneyBot.Journeys.Tests.Exports;

/// <summary>Storage failing part-way through an import: said honestly, nothing half-made is shown, and a re-run works.</summary>
public sealed class ImportStorageFailureTests(ImportStorageFailureTests.FlakyNotesHost host) : IClassFixture<ImportStorageFailureTests.FlakyNotesHost>
{
    private FlakyNotes Notes => host.Services.GetRequiredService<FlakyNotes>();

    [Fact]
    public async Task A_storage_failure_midway_is_reported_leaves_nothing_listed_and_a_rerun_imports_everything()
    {
        var chat = host.Personal();
        var scope = ExportTestData.ScopeOf(chat);
        var json = ExportTestData.SampleDocument().ToJsonString();
        Notes.FailAfter = 4;

        var failed = await chat.SendAsync("import " + json);

        failed.ShouldSay("Storage failed after 4 of 10 notes, so the import stopped. The incomplete copy is hidden and not listed; send the same import again to start afresh.")
            .ShouldNotSay("Imported");
        var maps = host.Maps;
        Assert.Empty(await maps.ListAsync(scope, CancellationToken.None));
        (await chat.SendAsync("maps")).ShouldSay("There is no map here yet.");

        // The hidden copy is one map row and the four notes written before the failure.
        Assert.Equal(5, await ExportTestData.StoredRowsAsync(host.Services, scope));

        Notes.FailAfter = null;
        var rerun = await chat.SendAsync("import " + json);

        rerun.ShouldSay("Imported **Voyage “Ünïcode”, 旅程 ✈️** (`").ShouldSay("10 notes").ShouldNotSay("already exists");
        var map = Assert.Single(await maps.ListAsync(scope, CancellationToken.None));
        Assert.Equal(10, (await Notes.ListAsync(scope, map.Id, includeDeleted: true, CancellationToken.None)).Count);
    }

    /// <summary>The bot on Azurite with its notes repository wrapped in <see cref="FlakyNotes"/>.</summary>
    public sealed class FlakyNotesHost : JourneyBotTestHost
    {
        protected override void ConfigureServices(IServiceCollection services)
        {
            var table = services.Single(d => d.ServiceType == typeof(INoteRepository));
            services.Remove(table);
            services.AddSingleton(sp => new FlakyNotes((INoteRepository)ActivatorUtilities.CreateInstance(sp, table.ImplementationType!)));
            services.AddSingleton<INoteRepository>(sp => sp.GetRequiredService<FlakyNotes>());
        }
    }

    /// <summary>The real notes repository, made to fail every add after the first <see cref="FailAfter"/>.</summary>
    public sealed class FlakyNotes(INoteRepository inner) : INoteRepository
    {
        private int _adds;

        public int? FailAfter { get; set; }

        public Task AddAsync(MapScope scope, Note note, CancellationToken cancellationToken)
        {
            if (FailAfter is { } limit && Interlocked.Increment(ref _adds) > limit)
            {
                throw new RequestFailedException(503, "The server is busy (test).");
            }

            return inner.AddAsync(scope, note, cancellationToken);
        }

        public Task<Note?> GetAsync(MapScope scope, string mapId, string noteId, CancellationToken cancellationToken) => inner.GetAsync(scope, mapId, noteId, cancellationToken);

        public Task<IReadOnlyList<Note>> ListAsync(MapScope scope, string mapId, bool includeDeleted, CancellationToken cancellationToken) => inner.ListAsync(scope, mapId, includeDeleted, cancellationToken);

        public Task<Note> UpdateAsync(MapScope scope, string mapId, string noteId, Func<Note, Note> change, CancellationToken cancellationToken) => inner.UpdateAsync(scope, mapId, noteId, change, cancellationToken);
    }
}
