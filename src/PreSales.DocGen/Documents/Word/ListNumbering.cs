using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PreSales.DocGen.Documents.Word;

/// <summary>
/// The numbering definitions lists need: one bullet definition and one decimal definition, added to the document's
/// numbering part (created when the template has none); each ordered list gets its own instance so it restarts at 1.
/// </summary>
internal sealed class ListNumbering
{
    private const int Levels = 6;
    private readonly IWordParts parts;
    private Numbering? numbering;
    private int bulletAbstract = -1;
    private int decimalAbstract = -1;
    private int bulletNum = -1;
    private int nextNumId;

    public ListNumbering(IWordParts parts) => this.parts = parts;

    /// <summary>The numbering instance for bullets.</summary>
    public int Bullets()
    {
        Ensure();
        if (bulletNum < 0)
            bulletNum = AddInstance(bulletAbstract, restart: false);
        return bulletNum;
    }

    /// <summary>A new numbering instance for one ordered list, starting at 1.</summary>
    public int NewOrderedList()
    {
        Ensure();
        return AddInstance(decimalAbstract, restart: true);
    }

    private void Ensure()
    {
        if (numbering is not null)
            return;
        numbering = parts.Numbering();
        var abstracts = numbering.Elements<AbstractNum>().Select(a => a.AbstractNumberId?.Value ?? 0).DefaultIfEmpty(0).Max();
        nextNumId = numbering.Elements<NumberingInstance>().Select(n => n.NumberID?.Value ?? 0).DefaultIfEmpty(0).Max() + 1;
        bulletAbstract = abstracts + 1;
        decimalAbstract = abstracts + 2;
        InsertAbstract(Abstract(bulletAbstract, ordered: false));
        InsertAbstract(Abstract(decimalAbstract, ordered: true));
    }

    // Schema order: every w:abstractNum comes before the first w:num.
    private void InsertAbstract(AbstractNum abstractNum)
    {
        if (numbering!.Elements<AbstractNum>().LastOrDefault() is { } last)
            last.InsertAfterSelf(abstractNum);
        else if (numbering.Elements<NumberingPictureBullet>().LastOrDefault() is { } picture)
            picture.InsertAfterSelf(abstractNum);
        else
            numbering.PrependChild(abstractNum);
    }

    private int AddInstance(int abstractId, bool restart)
    {
        var id = nextNumId++;
        var instance = new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = id };
        if (restart)
            instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 });
        var cleanup = numbering!.GetFirstChild<NumberingIdMacAtCleanup>();
        if (cleanup is not null)
            cleanup.InsertBeforeSelf(instance);
        else
            numbering.Append(instance);
        return id;
    }

    private static AbstractNum Abstract(int id, bool ordered)
    {
        var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        string[] bullets = ["•", "◦", "▪"];
        for (var level = 0; level < Levels; level++)
        {
            var indent = 420 * (level + 1);
            var lvl = new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = ordered ? (level % 3 == 1 ? NumberFormatValues.LowerLetter : NumberFormatValues.Decimal) : NumberFormatValues.Bullet },
                new LevelText { Val = ordered ? $"%{level + 1}{(level % 3 == 1 ? ")" : ".")}" : bullets[level % 3] },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = indent.ToString(), Hanging = "420" }))
            { LevelIndex = level };
            abstractNum.Append(lvl);
        }
        return abstractNum;
    }
}
