using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PreSales.AddinHost.Generation;
using PreSales.AddinHost.Http;
using PreSales.AddinHost.Storage;
using PreSales.AddinHost.Teams;
using PreSales.DocGen.Decks;
using PreSales.DocGen.Decks.Rendering;
using PreSales.DocGen.Documents;
using PreSales.DocGen.Packaging;

namespace PreSales.AddinHost.Templates;

/// <summary>A template as listed.</summary>
public sealed record TemplateItem(string Id, string Name, string Kind, bool Builtin, bool IsDefault, DateTime? CreatedAt);

/// <summary>A template just stored, with how a deck template's layouts serve each slide kind (null for a Word template).</summary>
public sealed record UploadedTemplate(string Id, string Name, string Kind, bool Builtin, bool IsDefault, DateTime? CreatedAt, TemplateLayouts? Mapping);

/// <summary>
/// The engine's check of a deck template (<c>presales deck --check-template</c>): the slide's size and aspect, its
/// masters and layouts, the layout each slide kind is built on and those passed over, and what it cannot use as the
/// template intends; messages in the caller's language.
/// </summary>
public sealed record TemplateLayouts(long SlideWidth, long SlideHeight, string Aspect, int Masters, int Layouts, IReadOnlyList<TemplateLayoutChoice> Choices, IReadOnlyList<string> Warnings)
{
    public static TemplateLayouts Of(TemplateMapping mapping, bool zh) => new(mapping.SlideWidth, mapping.SlideHeight, mapping.Aspect,
        mapping.Masters, mapping.Layouts,
        mapping.Choices.Select(c => new TemplateLayoutChoice(c.Kind, c.Layout, c.Master, c.Exact,
            c.PassedOver.Select(p => new PassedOverTemplateLayout(p.Layout, p.Master, p.Reason, p.Share, zh ? p.Why.Chinese : p.Why.English)).ToList())).ToList(),
        mapping.Warnings.Select(w => zh ? w.Chinese : w.English).ToList());
}

/// <summary>The layout one slide kind is built on (<see cref="LayoutChoice"/>).</summary>
/// <param name="Kind">title, agenda, section, content, graphic, twoColumns or closing.</param>
/// <param name="Layout">The layout's name.</param>
/// <param name="Master">Its master, from 1.</param>
/// <param name="Exact">Whether the template has a layout for this kind (false: a fallback).</param>
/// <param name="PassedOver">The layouts of earlier masters tried for this kind and not used.</param>
public sealed record TemplateLayoutChoice(string Kind, string Layout, int Master, bool Exact, IReadOnlyList<PassedOverTemplateLayout> PassedOver);

/// <summary>A layout tried for a slide kind and not used (<see cref="PassedOverLayout"/>).</summary>
/// <param name="Layout">The layout's name.</param>
/// <param name="Master">Its master, from 1.</param>
/// <param name="Reason"><c>drawing</c> (a line drawing in its content room) or <c>clutter</c> (pictures or shapes behind it).</param>
/// <param name="Share">How much of the content room they cover, 0–1.</param>
/// <param name="Message">Why, in the caller's language.</param>
public sealed record PassedOverTemplateLayout(string Layout, int Master, string Reason, double Share, string Message);

/// <summary><c>/v1/templates</c>: the built-in templates and the team's company templates, checked by the engine before they are stored.</summary>
public static class TemplateEndpoints
{
    public static IEndpointRouteBuilder MapTemplates(this IEndpointRouteBuilder app)
    {
        var templates = app.MapGroup("/v1/templates").WithTags("templates");
        templates.MapGet("/", List).WithName("listTemplates");
        templates.MapPost("/", Upload).WithName("uploadTemplate")
            .Accepts<byte[]>(RequestBody.PowerPoint, RequestBody.PowerPointTemplate, RequestBody.Word, RequestBody.WordTemplate, RequestBody.OctetStream, "multipart/form-data")
            .ProducesProblem(400).ProducesProblem(413).ProducesProblem(415).ProducesProblem(422);
        templates.MapPut("/{id}/default", MakeDefault).WithName("setDefaultTemplate").ProducesProblem(404);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<TemplateItem>>> List(HttpContext http, PreSalesDb db)
    {
        var team = CurrentTeam.Of(http);
        var stored = await db.Templates.AsNoTracking().Where(t => t.TeamId == team).OrderBy(t => t.Kind).ThenBy(t => t.CreatedAt)
            .Select(t => new { t.Id, t.Name, t.Kind, t.IsDefault, t.CreatedAt }).ToListAsync(http.RequestAborted);
        var zh = Caller.IsChinese(http);
        var items = new List<TemplateItem>();
        foreach (var kind in Kinds.Templates)
        {
            var builtinDefault = !stored.Any(t => t.Kind == kind && t.IsDefault);
            items.Add(new TemplateItem($"{TemplateRecords.Builtin}-{kind}", zh ? "内置模板" : "Built-in template", kind, true, builtinDefault, null));
            items.AddRange(stored.Where(t => t.Kind == kind).Select(t => new TemplateItem(t.Id.ToString(), t.Name, t.Kind, false, t.IsDefault, t.CreatedAt)));
        }
        return TypedResults.Ok<IReadOnlyList<TemplateItem>>(items);
    }

    private static async Task<Created<UploadedTemplate>> Upload(HttpContext http, PreSalesDb db, RequestBody bodies, string? kind, string? name)
    {
        if (kind is null || !Kinds.Templates.Contains(kind))
            throw new ApiProblem(400, "kind 必须是 deck、minutes、plan、summary 或 qa 之一。", "kind must be one of deck, minutes, plan, summary, qa.", [new FieldError("$.kind", kind ?? "")]);
        var upload = await bodies.File(http, [RequestBody.PowerPoint, RequestBody.PowerPointTemplate, RequestBody.Word, RequestBody.WordTemplate], "template");
        var mapping = Check(upload.Bytes, kind, http);
        var row = new StoredTemplate
        {
            Id = Guid.NewGuid(),
            TeamId = CurrentTeam.Of(http),
            Kind = kind,
            Name = string.IsNullOrWhiteSpace(name) ? upload.FileName : name.Trim(),
            Content = upload.Bytes,
            CreatedAt = DateTime.UtcNow,
        };
        db.Templates.Add(row);
        await db.SaveChangesAsync(http.RequestAborted);
        return TypedResults.Created($"/v1/templates/{row.Id}", new UploadedTemplate(row.Id.ToString(), row.Name, row.Kind, false, false, row.CreatedAt,
            mapping is null ? null : TemplateLayouts.Of(mapping, Caller.IsChinese(http))));
    }

    /// <summary>The engine's template checks, every reason in <c>errors</c> (422); for a deck template, how its layouts map.</summary>
    private static TemplateMapping? Check(byte[] bytes, string kind, HttpContext http)
    {
        var zh = Caller.IsChinese(http);
        try
        {
            if (Kinds.Word(kind) is not { } word)
                return DeckRenderer.CheckTemplate(bytes);
            DocumentRenderer.Check(bytes, word, Caller.Language(http));
            return null;
        }
        catch (DocumentInputException e)
        {
            var errors = e.Details.Count > 0 ? e.Details.Select(d => new FieldError("$", d)).ToList() : [new FieldError("$", e.Message)];
            throw new ApiProblem(422, e.Message, e.Message, errors);
        }
        catch (DeckInputException e)
        {
            throw new ApiProblem(422, e.Chinese, e.English, [new FieldError("$", e.MessageFor(zh))]);
        }
        catch (PackageRejectedException e)
        {
            throw ApiProblem.Rejected(e.Problem);
        }
    }

    private static async Task<Ok<TemplateItem>> MakeDefault(string id, HttpContext http, PreSalesDb db)
    {
        var team = CurrentTeam.Of(http);
        var builtinKind = Kinds.Templates.FirstOrDefault(k => id == $"{TemplateRecords.Builtin}-{k}");
        var zh = Caller.IsChinese(http);
        StoredTemplate? chosen = null;
        string kind;
        if (builtinKind is not null)
        {
            kind = builtinKind;
        }
        else
        {
            chosen = Guid.TryParse(id, out var guid) ? await db.Templates.FirstOrDefaultAsync(t => t.TeamId == team && t.Id == guid, http.RequestAborted) : null;
            if (chosen is null)
                throw ApiProblem.NotFound("template", id);
            kind = chosen.Kind;
        }
        foreach (var other in await db.Templates.Where(t => t.TeamId == team && t.Kind == kind && t.IsDefault).ToListAsync(http.RequestAborted))
            other.IsDefault = false;
        if (chosen is not null)
            chosen.IsDefault = true;
        await db.SaveChangesAsync(http.RequestAborted);
        return TypedResults.Ok(chosen is null
            ? new TemplateItem(id, zh ? "内置模板" : "Built-in template", kind, true, true, null)
            : new TemplateItem(chosen.Id.ToString(), chosen.Name, kind, false, true, chosen.CreatedAt));
    }
}
