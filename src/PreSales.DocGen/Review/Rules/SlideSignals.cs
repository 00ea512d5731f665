using System.Text.RegularExpressions;
using PreSales.DocGen.Language;
using PreSales.DocGen.Review.Reading;

namespace PreSales.DocGen.Review.Rules;

/// <summary>
/// What several rules need to recognise on a slide: agenda and closing slides, the parts of TQCSS, evidence, asks,
/// visuals. Word lists are Chinese and English; matching is case-insensitive.
/// </summary>
public static partial class SlideSignals
{
    /// <summary>Agenda, contents, outline.</summary>
    [GeneratedRegex(@"议程|目录|提纲|大纲|内容概要|汇报内容|agenda|contents|outline|overview", RegexOptions.IgnoreCase)]
    public static partial Regex Agenda();

    /// <summary>A closing: summary, conclusion, next steps, thanks.</summary>
    [GeneratedRegex(@"总结|小结|结论|结束语|下一步|谢谢|感谢|summary|conclusion|recap|wrap[- ]up|next steps?|thank|takeaways|q\s*&\s*a", RegexOptions.IgnoreCase)]
    public static partial Regex Closing();

    /// <summary>A slide that only thanks or invites questions.</summary>
    [GeneratedRegex(@"^\s*(谢谢|感谢|thank you|thanks|q\s*&\s*a|问答|答疑|提问)", RegexOptions.IgnoreCase)]
    public static partial Regex ThanksOnly();

    /// <summary>An ask: action, support, commitment, a next step.</summary>
    [GeneratedRegex(@"下一步|行动|请|建议|希望|期待|支持|承诺|决策|批准|启动|签署|签约|试点|立项|安排|确认|next steps?|action|ask|support|commit|decide|decision|approve|approval|sign|kick[- ]?off|start|pilot|schedule|agree|let'?s|we propose|request", RegexOptions.IgnoreCase)]
    public static partial Regex Ask();

    /// <summary>T: trends.</summary>
    [GeneratedRegex(@"趋势|发展|形势|态势|展望|政策|trend|outlook|market|landscape|future", RegexOptions.IgnoreCase)]
    public static partial Regex Trends();

    /// <summary>Q: questions, pain points, challenges.</summary>
    [GeneratedRegex(@"问题|挑战|痛点|困难|难点|瓶颈|风险|诉求|需求|challenge|problem|pain|issue|difficult|need|bottleneck|risk", RegexOptions.IgnoreCase)]
    public static partial Regex Questions();

    /// <summary>C: cases, references.</summary>
    [GeneratedRegex(@"案例|成功实践|客户实践|标杆|实践|case|reference|customer stor|success stor|proven at", RegexOptions.IgnoreCase)]
    public static partial Regex Cases();

    /// <summary>S: the solution.</summary>
    [GeneratedRegex(@"方案|架构|解决|平台|产品|功能|solution|architecture|approach|platform|design|product", RegexOptions.IgnoreCase)]
    public static partial Regex Solution();

    /// <summary>S: success keys.</summary>
    [GeneratedRegex(@"成功关键|关键因素|成功要素|关键成功|保障|成功之道|key to success|keys to success|success factor|critical success|why (we|us)|ensur", RegexOptions.IgnoreCase)]
    public static partial Regex SuccessKeys();

    /// <summary>Figures: numbers with a unit, percentages, multiples, money.</summary>
    [GeneratedRegex(@"\d+(\.\d+)?\s*(%|％|倍|万|亿|千|百万|元|美元|天|小时|分钟|秒|ms|x\b|×|TB|GB|PB|k\b|M\b|B\b|million|billion|hours?|days?|minutes?|seconds?)|[$¥€£]\s*\d|\d{1,3}(,\d{3})+", RegexOptions.IgnoreCase)]
    public static partial Regex Figures();

    /// <summary>A cited source or authority.</summary>
    [GeneratedRegex(@"来源|出处|数据来源|资料来源|据.{0,12}(报告|统计|调研)|白皮书|gartner|idc|forrester|mckinsey|source:|sources:|according to|report|survey|whitepaper|white paper", RegexOptions.IgnoreCase)]
    public static partial Regex Reference();

    /// <summary>Whether a slide shows a visual: chart, table, picture, diagram or media.</summary>
    public static bool HasVisual(SlideFacts slide) =>
        slide.Shapes.Any(s => s.Kind is ShapeKind.Chart or ShapeKind.Table or ShapeKind.Picture or ShapeKind.SmartArt or ShapeKind.Media)
        || slide.Shapes.Count(s => s.Kind is ShapeKind.TextBox && !s.HasText) + slide.Shapes.Count(s => s.Kind == ShapeKind.Connector) >= 3;

    /// <summary>The shown slides that carry content: not the first (title) slide, not a thanks-only closing.</summary>
    public static IReadOnlyList<SlideFacts> ContentSlides(DeckFacts deck) =>
        deck.Shown.Where((s, i) => i > 0 && !IsThanksOnly(s)).ToList();

    /// <summary>Whether a slide is only a "thank you" / Q&amp;A page.</summary>
    public static bool IsThanksOnly(SlideFacts slide) =>
        ThanksOnly().IsMatch(slide.Title ?? slide.Text) && TextMeasure.Of(slide.Text).Weight < 30;

    /// <summary>The text a slide's body holds: non-empty paragraphs outside the title, footers and tables.</summary>
    public static IEnumerable<ParagraphFacts> BodyParagraphs(SlideFacts slide) =>
        slide.Shapes.Where(s => s.Id != slide.TitleShapeId && s.Kind is ShapeKind.Body or ShapeKind.TextBox or ShapeKind.OtherPlaceholder)
            .SelectMany(s => s.Paragraphs).Where(p => p.Text.Length > 0);

    /// <summary>
    /// The slide's bullets: paragraphs of body placeholders, and of text boxes that hold a list (a bullet, or several
    /// paragraphs). A one-line label in its own box (a timeline step, a diagram caption) is not a bullet.
    /// </summary>
    public static IEnumerable<ParagraphFacts> Bullets(SlideFacts slide) =>
        slide.Shapes.Where(s => s.Id != slide.TitleShapeId && s.Kind is ShapeKind.Body or ShapeKind.TextBox or ShapeKind.OtherPlaceholder)
            .SelectMany(s => s.Kind != ShapeKind.TextBox || s.Paragraphs.Count(p => p.Text.Length > 0) > 1 ? s.Paragraphs : s.Paragraphs.Where(p => p.Bullet))
            .Where(p => p.Text.Length > 0);

    /// <summary>The measure of a slide's body text (title, footers and tables excluded).</summary>
    public static TextMeasure BodyMeasure(SlideFacts slide) =>
        BodyParagraphs(slide).Aggregate(default(TextMeasure), (m, p) => m + TextMeasure.Of(p.Text));

    /// <summary>The name to show for a shape in a finding.</summary>
    public static string NameOf(ShapeFacts shape) => shape.Name.Length > 0 ? shape.Name : "#" + shape.Id;
}
