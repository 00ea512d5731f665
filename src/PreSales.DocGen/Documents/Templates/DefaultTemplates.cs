using System.Collections.Concurrent;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DocumentFormat.OpenXml;
using PreSales.DocGen.Deals;
using PreSales.DocGen.Documents.Word;
using PreSales.DocGen.Language;

namespace PreSales.DocGen.Documents.Templates;

/// <summary>
/// The product's own templates, one per document kind and language, generated in code so they always carry exactly
/// the tags of <see cref="TemplateTags"/>. templates/*.docx are this generator's output (<c>presales doc templates</c>),
/// the starting point for a company's own template.
/// </summary>
public static class DefaultTemplates
{
    /// <summary>A4 portrait with 2.54 cm margins: the text is 9026 twips wide.</summary>
    public const int TextWidth = 11906 - 2 * 1440;

    private static readonly ConcurrentDictionary<(DocumentKind, DealLanguage), byte[]> Cache = new();

    /// <summary>The template's file name, e.g. <c>minutes.zh-CN.docx</c>.</summary>
    public static string FileName(DocumentKind kind, DealLanguage language) =>
        $"{DocumentKinds.Slug(kind)}.{(language == DealLanguage.ZhCN ? "zh-CN" : "en-US")}.docx";

    /// <summary>The template as .docx bytes (built once per process).</summary>
    public static byte[] Get(DocumentKind kind, DealLanguage language) => Cache.GetOrAdd((kind, language), key => Build(key.Item1, key.Item2));

    private static byte[] Build(DocumentKind kind, DealLanguage language)
    {
        var v = Vocabulary.For(language);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            // Fixed relationship ids and no System.IO.Packaging core-properties part (a random name and ids each time):
            // every process builds the same template, so the same deal gives the same document on every host instance
            // and the knowledge base keeps it once; a document's properties are written by TemplatePackage.
            var main = document.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdDocument");
            WordStyles.AddTo(main, language);
            var body = new Body();
            var writer = new TemplateWriter(body, TextWidth);
            switch (kind)
            {
                case DocumentKind.Minutes: Minutes(writer, v); break;
                case DocumentKind.Plan: Plan(writer, v, body); break;
                case DocumentKind.Summary: Summary(writer, v); break;
                case DocumentKind.QaPreparation: QaPreparation(writer, v); break;
                case DocumentKind.Brief: Brief(writer, v); break;
            }
            var last = Section(main, v);
            body.Append(last);
            // Inner section breaks (the plan's landscape stage table) show the same header and footer.
            foreach (var inner in body.Descendants<SectionProperties>().Where(p => !ReferenceEquals(p, last)))
            {
                inner.InsertAt(last.GetFirstChild<FooterReference>()!.CloneNode(true), 0);
                inner.InsertAt(last.GetFirstChild<HeaderReference>()!.CloneNode(true), 0);
            }
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static void Minutes(TemplateWriter w, Vocabulary v)
    {
        Opening(w, v, (v.Pick("交流主题", "Exchange"), "exchangeTitle"), (v.Pick("日期", "Date"), "date"), (v.Pick("地点", "Place"), "place"));
        w.Heading(1, MinutesSections.Heading(MinutesSection.AgendaAndAttendees, v));
        w.Part(2, v.Pick("议程", "Agenda"), "agenda", v.Pick("议程", "Agenda"));
        w.Heading(2, v.Pick("客户参会人员", "Customer attendees"));
        w.RepeatTable("customerAttendees", v.Pick("客户参会人员", "Customer attendees"),
            new(v.Pick("姓名", "Name"), "name", 1), new(v.Pick("职务", "Title"), "jobTitle", 1.5),
            new(v.Pick("部门", "Department"), "department", 1.5), new(v.Pick("角色与立场", "Role and stance"), "role", 1.5));
        w.Heading(2, v.Pick("我方参会人员", "Our attendees"));
        w.RepeatTable("ourAttendees", v.Pick("我方参会人员", "Our attendees"),
            new(v.Pick("姓名", "Name"), "name", 1), new(v.Pick("角色", "Role"), "role", 2));
        w.Heading(1, MinutesSections.Heading(MinutesSection.StrategyAndContent, v));
        w.Part(2, v.Pick("交流策略", "Strategy"), "strategy", v.Pick("交流策略", "Strategy"));
        w.Part(2, v.Pick("主要内容", "Main content"), "content", v.Pick("主要内容", "Main content"));
        w.Part(1, MinutesSections.Heading(MinutesSection.CustomerInterests, v), "interests", MinutesSections.Title(MinutesSection.CustomerInterests, v));
        w.Heading(1, MinutesSections.Heading(MinutesSection.QuestionsAndAnswers, v));
        w.RepeatTable("questions", MinutesSections.Title(MinutesSection.QuestionsAndAnswers, v),
            new("#", "number", 0.3), new(v.Pick("问题", "Question"), "question", 2.2), new(v.Pick("类型", "Kind"), "kind", 0.9),
            new(v.Pick("提问人", "Asked by"), "askedBy", 0.9), new(v.Pick("答复", "Answer"), "answer", 3, Blocks: true));
        w.Part(1, MinutesSections.Heading(MinutesSection.InformationGained, v), "information", MinutesSections.Title(MinutesSection.InformationGained, v));
        w.Part(1, MinutesSections.Heading(MinutesSection.Materials, v), "materials", MinutesSections.Title(MinutesSection.Materials, v));
        w.Part(1, MinutesSections.Heading(MinutesSection.Lessons, v), "lessons", MinutesSections.Title(MinutesSection.Lessons, v));
        w.Part(1, MinutesSections.Heading(MinutesSection.NextExchange, v), "nextFocus", MinutesSections.Title(MinutesSection.NextExchange, v));
        w.Heading(1, MinutesSections.Heading(MinutesSection.OpenIssues, v));
        w.RepeatTable("actionItems", MinutesSections.Title(MinutesSection.OpenIssues, v),
            new(v.Pick("事项", "Item"), "item", 3), new(v.Pick("负责人", "Owner"), "owner", 1),
            new(v.Pick("完成日期", "Due"), "due", 1), new(v.Pick("状态", "Status"), "status", 0.8));
    }

    /// <summary>A4 landscape with the same margins: the text is 13958 twips wide.</summary>
    private const int LandscapeWidth = 16838 - 2 * 1440;

    // A paragraph ending a section: portrait, or landscape for a table too wide for a portrait page.
    private static Paragraph SectionBreak(bool landscape) => new(new ParagraphProperties(new SectionProperties(
        new SectionType { Val = SectionMarkValues.NextPage },
        landscape ? new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape } : new PageSize { Width = 11906, Height = 16838 },
        new PageMargin { Top = 1440, Right = 1440, Bottom = 1440, Left = 1440, Header = 720, Footer = 720, Gutter = 0 },
        new DocGrid { LinePitch = 312 })));

    private static void Plan(TemplateWriter w, Vocabulary v, Body body)
    {
        Opening(w, v, (v.Pick("日期", "Date"), "date"));
        w.Part(1, v.Pick("1 项目分析", "1 Project analysis"), "projectAnalysis", v.Pick("项目分析", "Project analysis"));
        w.Heading(1, v.Pick("2 六大关键信息", "2 The six key facts"));
        w.RepeatTable("keyFacts", v.Pick("六大关键信息", "Key facts"),
            new(v.Pick("关键信息", "Key fact"), "fact", 1.2), new(v.Pick("状态", "Status"), "status", 0.8),
            new(v.Pick("内容", "What we know"), "content", 3, Blocks: true), new(v.Pick("来源", "Source"), "source", 1));
        w.Heading(1, v.Pick("3 SWOT 分析", "3 SWOT"));
        w.Grid((v.Pick("优势 S", "Strengths"), "strengths"), (v.Pick("劣势 W", "Weaknesses"), "weaknesses"),
            (v.Pick("机会 O", "Opportunities"), "opportunities"), (v.Pick("威胁 T", "Threats"), "threats"));
        w.Part(1, v.Pick("4 商机定位", "4 Opportunity positioning"), "positioning", v.Pick("商机定位", "Positioning"));
        w.Heading(2, v.Pick("定位调整历史", "History of the position"));
        w.RepeatTable("positioningHistory", v.Pick("定位调整历史", "History"),
            new(v.Pick("日期", "Date"), "date", 1), new(v.Pick("调整前", "From"), "from", 1.4),
            new(v.Pick("调整后", "To"), "to", 1.4), new(v.Pick("原因", "Reason"), "reason", 3));
        w.Part(1, v.Pick("5 竞争思维", "5 Competitive thinking"), "competitiveThinking", v.Pick("竞争思维", "Competitive thinking"));
        w.Heading(1, v.Pick("6 竞争六要素对比", "6 The six competitive elements"));
        w.RepeatTable("elementRatings", v.Pick("竞争六要素", "Element ratings"),
            // Eight columns: English headers are the short forms, so no word breaks inside a narrow column.
            new(v.Pick("投标方", "Bidder"), "bidder", 1.2), new(v.Pick("公司", "Company"), "company", 1.3),
            new(v.Pick("产品和解决方案", "Product"), "product", 1.1), new(v.Pick("客户和案例", "Cases"), "references", 1.1),
            new(v.Pick("实施", "Delivery"), "implementation", 1.1), new(v.Pick("价格", "Price"), "price", 1),
            new(v.Pick("服务", "Service"), "service", 1), new(v.Pick("合计", "Total"), "total", 0.9));
        // The six-column stage table gets a landscape page of its own, so no word breaks inside a narrow column.
        body.Append(SectionBreak(landscape: false));
        w = new TemplateWriter(body, LandscapeWidth);
        w.Heading(1, v.Pick("7 竞争阶段", "7 Competition stages"));
        w.RepeatTable("stages", v.Pick("竞争阶段", "Stages"),
            new(v.Pick("阶段", "Stage"), "number", 1.2), new(v.Pick("阶段竞争重点", "Competitive focus"), "focus", 2),
            new(v.Pick("交流目的", "Purpose"), "purpose", 2), new(v.Pick("交流对象", "Audience"), "audience", 1.4),
            new(v.Pick("重点内容", "Key content"), "keyContent", 2), new(v.Pick("优势凸显点", "Strengths to highlight"), "strengths", 2));
        body.Append(SectionBreak(landscape: true));
        w = new TemplateWriter(body, TextWidth);
        w.Blocks("stageDetails", v.Pick("各阶段的情报收集、实现方法、售前资源与加分目标", "Each stage's intelligence, approach, resources and points to win"));
        w.Part(1, v.Pick("8 干系人地图", "8 Stakeholder map"), "stakeholderMap", v.Pick("干系人地图（影响力 × 立场）", "Stakeholder map (influence × stance)"));
        w.Part(1, v.Pick("9 整体策略", "9 Overall strategy"), "strategy", v.Pick("整体策略", "Overall strategy"));
    }

    private static void Summary(TemplateWriter w, Vocabulary v)
    {
        Opening(w, v, status: true, (v.Pick("日期", "Date"), "date"));
        w.Part(1, v.Pick("1 项目背景与竞争", "1 Background and competition"), "background", v.Pick("项目背景与竞争", "Background"));
        w.Heading(1, v.Pick("2 交流过程", "2 The exchanges"));
        w.RepeatTable("exchanges", v.Pick("交流过程", "Exchanges"),
            new("#", "number", 0.4), new(v.Pick("日期", "Date"), "date", 1.1), new(v.Pick("类型", "Kind"), "kind", 1.1),
            new(v.Pick("主题", "Title"), "exchangeTitle", 3), new(v.Pick("状态", "Status"), "status", 0.9));
        w.Part(1, v.Pick("3 项目结果", "3 Result"), "result", v.Pick("项目结果", "Result"));
        w.Part(1, v.Pick("4 策略及执行", "4 Strategy and how it was carried out"), "strategyReview", v.Pick("策略及执行", "Strategy review"));
        w.Part(1, v.Pick("5 成功经验", "5 What worked"), "whatWorked", v.Pick("成功经验", "What worked"));
        w.Part(1, v.Pick("6 经验教训", "6 Lessons"), "lessons", v.Pick("经验教训", "Lessons"));
        w.Part(1, v.Pick("7 客户与竞争对手资料", "7 Customer and competitor material"), "material", v.Pick("客户与竞争对手资料", "Material"));
        w.Part(1, v.Pick("8 项目售前文档", "8 The deal's pre-sales documents"), "documents", v.Pick("售前文档", "Documents"));
    }

    private static void QaPreparation(TemplateWriter w, Vocabulary v)
    {
        Opening(w, v, (v.Pick("交流", "Exchange"), "audience"), (v.Pick("日期", "Date"), "date"));
        w.Heading(1, v.Pick("1 每位参会人可能的提问", "1 Questions likely from each attendee"));
        w.RepeatSection("stakeholders", v.Pick("参会人", "Attendee"), section =>
        {
            section.HeadingControl(2, "name", v.Pick("姓名", "Name"));
            section.TextControl("profile", v.Pick("职务、角色、立场、影响力", "Title, role, stance, influence"));
            section.Blocks("questions", v.Pick("按四类提问分组的问题", "Questions by kind"));
        });
        w.Heading(1, v.Pick("2 我方提问（SPIN）", "2 Our questions (SPIN)"));
        w.RepeatTable("spin", "SPIN",
            new(v.Pick("类型", "Kind"), "kind", 1), new(v.Pick("问题", "Question"), "question", 3.5),
            new(v.Pick("目的", "Purpose"), "purpose", 2));
    }

    private static void Brief(TemplateWriter w, Vocabulary v)
    {
        Opening(w, v, (v.Pick("交流", "Exchange"), "exchange"), (v.Pick("日期", "Date"), "date"));
        w.Part(1, v.Pick("1 交流目标与策略", "1 Goal and strategy"), "goal", v.Pick("目标、主题和策略", "Goal, theme and strategy"));
        w.Part(1, v.Pick("2 交流前检查", "2 Before the exchange"), "checks", v.Pick("六个准备步骤和当天的检查", "The six preparation steps and the day's checks"));
        w.Heading(1, v.Pick("3 参会人与应对", "3 Who is in the room"));
        w.RepeatTable("attendees", v.Pick("参会人", "Attendees"),
            new(v.Pick("姓名", "Name"), "name", 0.9), new(v.Pick("职务、角色、立场", "Title, role, stance"), "profile", 1.4),
            new(v.Pick("兴奋点", "Hot buttons"), "hotButtons", 1), new(v.Pick("如何应对", "How to address them"), "approach", 3.2, Blocks: true));
        w.Heading(1, v.Pick("4 交流流程与时间", "4 The four-part flow"));
        w.RepeatTable("flow", v.Pick("流程", "Flow"),
            new(v.Pick("时间", "Time"), "time", 1.1), new(v.Pick("环节", "Part"), "part", 0.9), new(v.Pick("要做的事", "What to do"), "what", 4, Blocks: true));
        w.Part(2, v.Pick("我方分工", "Our team"), "team", v.Pick("我方人员与分工", "Our attendees and what each covers"));
        w.Part(1, v.Pick("5 如何答问", "5 Answering questions"), "answering", v.Pick("答问六步与四类提问", "The six steps and the four kinds"));
        w.Heading(2, v.Pick("陷阱类与考察能力类问题的预案", "Prepared answers to trap and capability questions"));
        w.RepeatTable("prepared", v.Pick("预案", "Prepared answers"),
            new(v.Pick("提问人", "Asked by"), "askedBy", 0.8), new(v.Pick("类型", "Kind"), "kind", 0.8),
            new(v.Pick("可能的问题", "Likely question"), "question", 2), new(v.Pick("建议答复", "Suggested answer"), "answer", 3),
            new(v.Pick("答复人", "Answered by"), "answeredBy", 1));
        w.Part(1, v.Pick("6 如何提问", "6 Asking questions"), "asking", v.Pick("六种问法与 SPIN 问题", "The six ways of asking and the SPIN questions"));
        w.Part(1, v.Pick("7 控场", "7 Room control"), "roomControl", v.Pick("领导提前离场、争论、时间压缩", "A leader leaves early, a dispute, the time cut"));
        w.Part(1, v.Pick("8 声音与肢体语言", "8 Voice and body language"), "delivery", v.Pick("声音与肢体语言提醒", "Voice and body reminders"));
    }

    // What every kind opens with: the title, then the deal and the customer, the kind's own fields, the document number.
    private static void Opening(TemplateWriter w, Vocabulary v, params (string Label, string Tag)[] fields) => Opening(w, v, status: false, fields);

    private static void Opening(TemplateWriter w, Vocabulary v, bool status, params (string Label, string Tag)[] fields)
    {
        w.Title("title", v.Pick("标题", "Title"));
        if (status)
            w.TextControl("status", v.Pick("项目状态", "Status"));
        w.Info([(v.Pick("交易", "Deal"), "dealName"), (v.Pick("客户", "Customer"), "customer"), .. fields, (v.Pick("文档编号", "Document no."), "docNumber")]);
    }

    private static SectionProperties Section(MainDocumentPart main, Vocabulary v)
    {
        // The document number alone in the header and the deal's name beside the page number in the footer: each fits
        // one line even for long English names, which shared a line badly.
        var header = main.AddNewPart<HeaderPart>("rIdHeader1");
        header.Header = new Header(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Header" }),
            TemplateWriter.RunControl("confidentiality", v.Pick("内部资料", "Internal")),
            new Run(new TabChar()),
            TemplateWriter.RunControl("docNumber", v.Pick("文档编号", "Document no."))));
        var footer = main.AddNewPart<FooterPart>("rIdFooter1");
        footer.Footer = new Footer(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }),
            TemplateWriter.RunControl("dealName", v.Pick("交易", "Deal")),
            new Run(new TabChar()),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " }));
        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1440, Right = 1440, Bottom = 1440, Left = 1440, Header = 720, Footer = 720, Gutter = 0 },
            new DocGrid { LinePitch = 312 });
    }
}
