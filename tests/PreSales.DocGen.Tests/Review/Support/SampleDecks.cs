namespace PreSales.DocGen.Tests.Review.Support;

/// <summary>
/// The clean decks the rule tests share, which must raise no error or warning; the review benchmark builds its hostile
/// decks on them too (linked), so this file needs only the deck builder. The deal they respect and the review helpers
/// are the tests' own, in SampleDecks.Review.cs.
/// </summary>
public static partial class SampleDecks
{
    public const string Customer = "某市电信分公司";
    public const string CustomerShort = "某市电信";

    /// <summary>A well-made Chinese deck following the method: agenda, TQCSS, evidence, visuals, a closing ask, notes.</summary>
    public static TestDeck CleanChinese() => new TestDeck()
        .Slide(s => s.Title($"{Customer}网络改造试点方案").Bullets("A公司 售前团队 2026年11月").Notes("各位领导好,感谢今天的时间。我是A公司的售前顾问,今天介绍试点方案。"))
        .Slide(s => s.Title("议程").Bullets("行业趋势", "面临的问题", "成功案例", "解决方案", "成功关键").Notes("今天分五部分,大约二十分钟,最后留出时间交流。"))
        .Slide(s => s.Title("行业趋势:四级组网成为主流").Bullets("全国已有 60% 的分公司完成四级组网", "数据来源:工信部 2025 年统计报告").Chart("四级组网比例逐年增长").Notes("先看趋势。组网比例三年内翻了一番。"))
        .Slide(s => s.Title("面临的问题").Bullets("各级网络分散建设,运维成本高", "故障定位平均需要 4 小时", "新业务上线周期长").Notes("这三个问题是我们在调研中听到最多的。"))
        .Slide(s => s.Title("成功案例:某省电信").Bullets("三个月完成试点", "运维成本降低 30%").Picture("某省电信机房改造后的照片", 7, 2, 4, 3).Notes("这是和贵司情况最接近的案例。"))
        .Slide(s => s.Title("解决方案").Table(true, ["层级", "方案", "效益"], ["省", "统一平台", "降低成本"], ["市", "集中运维", "提高效率"]).Notes("方案分三层,每层都对应一个效益。"))
        .Slide(s => s.Title("成功关键").Bullets("集团内快速见效:三个月完成试点", "双方联合项目组", "分阶段验收保障质量").Notes("成功的关键在于快速见效和联合项目组。"))
        .Slide(s => s.Title("总结与下一步").Bullets("回顾:趋势、问题、案例、方案", "建议:下周安排技术交流,确认试点范围", "请贵司指定项目联系人").Notes("最后请贵司支持我们下周的技术交流。"))
        .Slide(s => s.Title("谢谢").Notes("谢谢大家,欢迎提问。"));

    /// <summary>The same deck in English.</summary>
    public static TestDeck CleanEnglish() => new TestDeck()
        .Slide(s => s.Title("Metro Telecom Branch: network renovation pilot").Bullets("Company A pre-sales team, November 2026").Notes("Good morning, thank you for your time. I will present the pilot."))
        .Slide(s => s.Title("Agenda").Bullets("Industry trends", "Challenges", "A reference case", "Our solution", "Keys to success").Notes("Five parts, about twenty minutes, with time for questions."))
        .Slide(s => s.Title("Trends: four-level networks are becoming the norm").Bullets("60% of branches have four-level networks", "Source: 2025 industry report").Chart("Share of four-level networks by year").Notes("The share has doubled in three years."))
        .Slide(s => s.Title("Challenges").Bullets("Networks built separately at each level: high operating cost", "Fault location takes 4 hours on average", "New services take months to launch").Notes("These are the problems we heard most often."))
        .Slide(s => s.Title("Case: a provincial telecom").Bullets("Pilot completed in three months", "Operating cost cut by 30%").Picture("The provincial telecom's machine room after the renovation", 7, 2, 4, 3).Notes("This case is the closest to yours."))
        .Slide(s => s.Title("Our solution").Table(true, ["Level", "Solution", "Benefit"], ["Province", "One platform", "Lower cost"], ["City", "Central operations", "Higher efficiency"]).Notes("Three layers, each with its benefit."))
        .Slide(s => s.Title("Keys to success").Bullets("Fast first success in the group: a three-month pilot", "A joint project team", "Staged acceptance to ensure quality").Notes("The keys are a fast first success and a joint team."))
        .Slide(s => s.Title("Summary and next steps").Bullets("Recap: trends, challenges, case, solution", "Next step: a technical exchange next week to confirm the pilot scope", "Please name a project contact").Notes("We ask for your support for next week's exchange."))
        .Slide(s => s.Title("Thank you").Notes("Thank you. Questions are welcome."));
}
