namespace PreSales.DocGen.Deals;

/// <summary>One problem found in a deal file: where (a JSON path such as <c>$.stakeholders[2].influence</c>) and what.</summary>
/// <param name="Path">The JSON path of the offending value, <c>$</c> for the whole file.</param>
/// <param name="Message">What is wrong, in the reader's language.</param>
public sealed record DealProblem(string Path, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>The outcome of reading a deal file: the deal when it is usable, and every problem found.</summary>
/// <param name="Deal">The deal, or null when the file is unusable.</param>
/// <param name="Problems">All problems, in file order.</param>
public sealed record DealLoad(Deal? Deal, IReadOnlyList<DealProblem> Problems)
{
    /// <summary>Whether the deal can be used.</summary>
    public bool IsValid => Deal is not null && Problems.Count == 0;
}
