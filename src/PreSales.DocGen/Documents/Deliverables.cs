using PreSales.DocGen.Deals;
using PreSales.DocGen.Documents.Templates;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Documents;

/// <summary>What to make.</summary>
/// <param name="Kind">Which document.</param>
/// <param name="Exchange">For minutes: the exchange's 1-based number; null for the last held formal one.</param>
/// <param name="Template">A user's template (.docx/.dotx bytes); null for the default of the deal's language.</param>
/// <param name="NamingPattern">The naming convention of the document number and file name.</param>
/// <param name="Version">The version number (<c>{n}</c>).</param>
/// <param name="Today">The date of documents not tied to an exchange.</param>
public sealed record DocumentRequest(
    DocumentKind Kind,
    DateOnly Today,
    int? Exchange = null,
    byte[]? Template = null,
    string NamingPattern = DocumentNaming.DefaultPattern,
    int Version = 1);

/// <summary>A made document: its number (also the file name without extension) and its bytes.</summary>
/// <param name="Name">The document number.</param>
/// <param name="Bytes">The .docx.</param>
public sealed record MadeDocument(string Name, byte[] Bytes);

/// <summary>Makes the method's Word documents from a deal: deal → document model → content → template → bytes.</summary>
public static class Deliverables
{
    /// <summary>The document number a request would get.</summary>
    public static string NameOf(Deal deal, DocumentRequest request) =>
        DocumentNaming.Format(request.NamingPattern, Parts(deal, request), Vocabulary.For(deal.Language));

    /// <summary>Makes the document.</summary>
    /// <exception cref="DocumentInputException">The input cannot make this document (message for the user).</exception>
    public static MadeDocument Make(Deal deal, DocumentRequest request)
    {
        var name = NameOf(deal, request);
        var content = request.Kind switch
        {
            DocumentKind.Minutes => Minutes(deal, request, name),
            DocumentKind.Plan => StrategyPlan.From(deal, name, request.Today).ToContent(),
            DocumentKind.Summary => DealSummary.From(deal, name, request.Today).ToContent(),
            DocumentKind.QaPreparation => QaPreparation.From(deal, request.Exchange, name, request.Today).ToContent(),
            DocumentKind.Brief => PresenterBrief.From(deal, request.Exchange, name, request.Today).ToContent(),
            _ => throw new ArgumentOutOfRangeException(nameof(request), request.Kind, null),
        };
        var template = request.Template ?? DefaultTemplates.Get(request.Kind, deal.Language);
        return new MadeDocument(name, DocumentRenderer.Render(template, request.Kind, content, deal.Language));
    }

    private static DocumentContent Minutes(Deal deal, DocumentRequest request, string name)
    {
        var (exchange, number) = DealExchanges.Pick(deal, request.Exchange);
        return ExchangeSummary.From(deal, exchange, number, name).ToContent();
    }

    private static NameParts Parts(Deal deal, DocumentRequest request)
    {
        var v = Vocabulary.For(deal.Language);
        if (request.Kind == DocumentKind.Minutes)
        {
            var (exchange, number) = DealExchanges.Pick(deal, request.Exchange);
            return ExchangeSummary.NameOf(deal, exchange, number, request.Version);
        }
        var date = request.Kind switch
        {
            DocumentKind.Summary when deal.Result is { } result => result.Date,
            DocumentKind.QaPreparation or DocumentKind.Brief => (request.Exchange is { } n ? DealExchanges.Pick(deal, n).Exchange : Method.ExchangeChecklist.NextExchange(deal))?.Date ?? request.Today,
            _ => request.Today,
        };
        return new NameParts(deal.Customer.ShortName ?? deal.Customer.Name, deal.Id, v.Label(deal.Stage), date,
            DocumentKinds.Title(request.Kind, v), request.Version, request.Exchange);
    }
}
