using System.Text.Json.Nodes;

namespace JourneyBot.TestSupport.Reliability;

/// <summary>Note form submits as Teams sends them.</summary>
public static class NoteForms
{
    /// <summary>The form submitted with Action.Execute: an <c>adaptiveCard/action</c> invoke carrying the form's data.</summary>
    public static JsonObject AsInvoke(JsonObject submit)
    {
        ArgumentNullException.ThrowIfNull(submit);
        var invoke = submit.DeepClone().AsObject();
        var data = invoke["value"]!.DeepClone();
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "addNote", ["data"] = data },
        };
        return invoke;
    }
}
