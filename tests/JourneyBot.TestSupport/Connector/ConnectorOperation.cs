namespace JourneyBot.TestSupport.Connector;

/// <summary>The Connector REST API call a <see cref="RecordedCall"/> was routed to.</summary>
public enum ConnectorOperation
{
    /// <summary>A request that matched no connector route (answered 404 or 405).</summary>
    Unknown = 0,

    /// <summary><c>POST /v3/conversations/{conversationId}/activities</c>.</summary>
    SendToConversation,

    /// <summary><c>POST /v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    ReplyToActivity,

    /// <summary><c>PUT /v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    UpdateActivity,

    /// <summary><c>DELETE /v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    DeleteActivity,

    /// <summary><c>POST /v3/conversations</c>.</summary>
    CreateConversation,

    /// <summary><c>GET /v3/conversations/{conversationId}/members</c>.</summary>
    GetConversationMembers,

    /// <summary><c>GET /v3/conversations/{conversationId}/pagedmembers</c>.</summary>
    GetConversationPagedMembers,
}
