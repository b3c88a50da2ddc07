using JourneyBot;
using JourneyBot.BotKit.Hosting;
using JourneyBot.Logging;

var builder = WebApplication.CreateBuilder(args);

builder.AddSecretRedactingLogs();
builder.AddBotKit();
builder.AddJourneyBot();

var app = builder.Build();

app.MapBotMessages();
app.MapHealthEndpoints();
app.MapMapExports();
app.MapMapPage();

app.Run();

/// <summary>Entry point; public so integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
