namespace PreSales.DocGen.Documents;

/// <summary>
/// What a document says, keyed by the content-control tags of its template: the one shape every deliverable
/// model is turned into before it is filled into a .docx, so one filler serves every document and every template.
/// </summary>
/// <param name="Fields">The value of each tag.</param>
public sealed record DocumentContent(IReadOnlyDictionary<string, Field> Fields)
{
    /// <summary>The field of a tag, or null when this content has none.</summary>
    public Field? this[string tag] => Fields.TryGetValue(tag, out var field) ? field : null;
}

/// <summary>The value of one content control.</summary>
public abstract record Field;

/// <summary>Plain text: a name, a date, a document number. Line breaks become Word line breaks.</summary>
/// <param name="Text">The text.</param>
public sealed record TextField(string Text) : Field;

/// <summary>Paragraphs, lists and tables: a section's body.</summary>
/// <param name="Blocks">The blocks, in order.</param>
public sealed record BlocksField(IReadOnlyList<Block> Blocks) : Field;

/// <summary>A repeating row or section: the control's content is copied once per item and filled with the item's fields.</summary>
/// <param name="Items">One content per copy.</param>
public sealed record RepeatField(IReadOnlyList<DocumentContent> Items) : Field;

/// <summary>A block of a section's body.</summary>
public abstract record Block;

/// <summary>A plain paragraph (no Markdown), optionally bold.</summary>
/// <param name="Text">The text.</param>
/// <param name="Bold">Whether the whole paragraph is bold (used for sub-headings inside a section).</param>
public sealed record TextBlock(string Text, bool Bold = false) : Block;

/// <summary>Text the user wrote, which may be Markdown: rendered as real paragraphs, lists, emphasis, links and tables.</summary>
/// <param name="Markdown">The Markdown source.</param>
public sealed record MarkdownBlock(string Markdown) : Block;

/// <summary>A bulleted list; each item may be Markdown (inline emphasis and links).</summary>
/// <param name="Items">The items.</param>
public sealed record ListBlock(IReadOnlyList<string> Items) : Block;

/// <summary>A table made from the deal (not from a template row), with a header row.</summary>
/// <param name="Header">The header cells.</param>
/// <param name="Rows">The body rows; each cell may be Markdown.</param>
public sealed record TableBlock(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : Block;

/// <summary>Builds <see cref="DocumentContent"/> in a readable way.</summary>
public sealed class ContentBuilder
{
    private readonly Dictionary<string, Field> fields = new(StringComparer.Ordinal);

    /// <summary>Sets a text field.</summary>
    public ContentBuilder Text(string tag, string? text)
    {
        fields[tag] = new TextField(text ?? "");
        return this;
    }

    /// <summary>Sets a blocks field.</summary>
    public ContentBuilder Blocks(string tag, IEnumerable<Block> blocks)
    {
        fields[tag] = new BlocksField(blocks.ToList());
        return this;
    }

    /// <summary>Sets a repeating field.</summary>
    public ContentBuilder Repeat(string tag, IEnumerable<DocumentContent> items)
    {
        fields[tag] = new RepeatField(items.ToList());
        return this;
    }

    /// <summary>The content built so far.</summary>
    public DocumentContent Build() => new(new Dictionary<string, Field>(fields, StringComparer.Ordinal));
}
