using System.Text.Json.Nodes;

namespace JourneyBot.Cards.Templating;

/// <summary>Syntax tree of one <c>${...}</c> expression.</summary>
internal abstract record Expr;

/// <summary>A number, string, <c>true</c>, <c>false</c> or <c>null</c> written in the template.</summary>
internal sealed record LiteralExpr(JsonNode? Value) : Expr;

/// <summary>A bare name: <c>$root</c>, <c>$data</c>, <c>$index</c>, or a property of the current data context.</summary>
internal sealed record NameExpr(string Name) : Expr;

/// <summary><c>target.name</c>.</summary>
internal sealed record MemberExpr(Expr Target, string Name) : Expr;

/// <summary><c>target[index]</c>: an array position or an object key.</summary>
internal sealed record IndexExpr(Expr Target, Expr Index) : Expr;

/// <summary><c>name(arguments)</c>.</summary>
internal sealed record CallExpr(string Function, IReadOnlyList<Expr> Arguments) : Expr;

/// <summary><c>!x</c>, <c>-x</c>, <c>+x</c>.</summary>
internal sealed record UnaryExpr(string Operator, Expr Operand) : Expr;

/// <summary><c>left op right</c>.</summary>
internal sealed record BinaryExpr(string Operator, Expr Left, Expr Right) : Expr;
