using System.Globalization;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Documents;

/// <summary>What every document's header and title block says.</summary>
/// <param name="Title">The title.</param>
/// <param name="DealName">The deal's name.</param>
/// <param name="Customer">The customer's name.</param>
/// <param name="DocNumber">The document number (from the naming convention).</param>
/// <param name="Date">The document's date.</param>
/// <param name="Confidentiality">The mark in the page header: the deal's, or 内部资料 / Internal.</param>
/// <param name="Author">Who wrote it (the document's author property): our company.</param>
/// <param name="Subject">What it is about (the subject property): the customer and the project.</param>
public sealed record DocumentHeader(string Title, string DealName, string Customer, string DocNumber, DateOnly Date,
    string Confidentiality = "", string Author = "", string Subject = "")
{
    /// <summary>Adds the header's fields.</summary>
    public ContentBuilder AddTo(ContentBuilder content) => content
        .Text("confidentiality", Confidentiality)
        .Text("docAuthor", Author)
        .Text("docSubject", Subject)
        .Text("title", Title)
        .Text("dealName", DealName)
        .Text("customer", Customer)
        .Text("docNumber", DocNumber)
        .Text("date", FormatDate(Date));

    /// <summary>Dates the way documents print them: ISO, which reads the same in Chinese and English.</summary>
    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The header of a document about a deal.</summary>
    public static DocumentHeader For(Deal deal, string title, string docNumber, DateOnly date) =>
        new(title, deal.Name, deal.Customer.Name, docNumber, date,
            string.IsNullOrWhiteSpace(deal.Confidentiality) ? DefaultMark(deal.Language) : deal.Confidentiality.Trim(),
            deal.OurCompany, $"{deal.Customer.Name} · {deal.Project.Name}");

    /// <summary>The default confidentiality mark: the documents hold stances and competitor intelligence.</summary>
    public static string DefaultMark(DealLanguage language) => language == DealLanguage.ZhCN ? "内部资料" : "Internal";

    /// <summary>The "nothing recorded" paragraph an empty section shows, so no section is silently blank.</summary>
    public static Block None(Vocabulary v) => new TextBlock(NoneText(v));

    /// <summary>The words of <see cref="None"/>, also in the one row of a table with nothing to list.</summary>
    public static string NoneText(Vocabulary v) => v.Pick("（无）", "(none recorded)");
}

/// <summary>Choosing the exchange a document is about (<c>--exchange N</c> is 1-based, in file order).</summary>
public static class DealExchanges
{
    /// <summary>The exchange numbered <paramref name="number"/>, or by default the last held formal exchange.</summary>
    /// <returns>The exchange and its 1-based number.</returns>
    /// <exception cref="DocumentInputException">No such exchange, or none held.</exception>
    public static (Exchange Exchange, int Number) Pick(Deal deal, int? number)
    {
        var v = Vocabulary.For(deal.Language);
        if (number is { } n)
        {
            if (n < 1 || n > deal.Exchanges.Count)
                throw new DocumentInputException(deal.Exchanges.Count == 0
                    ? v.Pick($"交易中没有任何交流，无法选择第 {n} 次", $"the deal has no exchanges, so there is no exchange {n}")
                    : v.Pick($"交易中没有第 {n} 次交流：共 {deal.Exchanges.Count} 次，编号从 1 到 {deal.Exchanges.Count}（按文件中的顺序）",
                        $"the deal has no exchange {n}: it has {deal.Exchanges.Count}, numbered 1 to {deal.Exchanges.Count} in file order"));
            return (deal.Exchanges[n - 1], n);
        }
        for (var i = deal.Exchanges.Count - 1; i >= 0; i--)
        {
            if (deal.Exchanges[i] is { Kind: ExchangeKind.Formal, Status: ExchangeStatus.Held } held)
                return (held, i + 1);
        }
        throw new DocumentInputException(v.Pick(
            "交易中没有已举行的正式交流；请用 --exchange N 指定一次交流",
            "the deal has no held formal exchange; name one with --exchange N"));
    }

    /// <summary>The deal with the exchange inserted in date order (after exchanges of the same day), and its 1-based number.</summary>
    public static (Deal Deal, int Number) Insert(Deal deal, Exchange exchange)
    {
        ArgumentNullException.ThrowIfNull(deal);
        ArgumentNullException.ThrowIfNull(exchange);
        var index = deal.Exchanges.Count;
        while (index > 0 && deal.Exchanges[index - 1].Date > exchange.Date)
            index--;
        var list = deal.Exchanges.ToList();
        list.Insert(index, exchange);
        return (deal with { Exchanges = list }, index + 1);
    }

    /// <summary>The name of a customer attendee: the stakeholder's when it refers to one.</summary>
    public static Stakeholder? StakeholderOf(Deal deal, string? id) =>
        id is null ? null : deal.Stakeholders.FirstOrDefault(s => s.Id == id);
}
