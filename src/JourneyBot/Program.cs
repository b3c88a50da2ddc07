using JourneyBot;
using JourneyBot.BotKit.Hosting;
using JourneyBot.Health;
using JourneyBot.Logging;
using JourneyBot.Telemetry;

var builder = WebApplication.CreateBuilder(args);

builder.AddSecretRedactingLogs();
builder.AddJourneyBotTelemetry();
builder.AddBotKit();
builder.AddJourneyBot();

var app = builder.Build();

app.UseTurnTransactionScopes();
app.MapBotMessages();
app.MapHealthEndpoints();
app.MapMapExports();
app.MapMapPage();
app.MapDevelopmentStorageTransactions(app.Environment);

app.Run();

/// <summary>Entry point; public so integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
