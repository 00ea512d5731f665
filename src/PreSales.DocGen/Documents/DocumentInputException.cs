namespace PreSales.DocGen.Documents;

/// <summary>
/// Input a document cannot be made from (no such exchange, a template that is not a Word document or lacks tags,
/// notes without sections); the message is for the user, in the deal's language, and names the problem.
/// </summary>
public sealed class DocumentInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DocumentInputException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with the details (e.g. each missing tag).</summary>
    public DocumentInputException(string message, IReadOnlyList<string> details) : base(message) => Details = details;

    /// <summary>Creates the exception.</summary>
    public DocumentInputException() : base()
    {
    }

    /// <summary>Creates the exception.</summary>
    public DocumentInputException(string message, Exception inner) : base(message, inner)
    {
    }

    /// <summary>One line per detail, e.g. each missing tag.</summary>
    public IReadOnlyList<string> Details { get; } = [];
}
