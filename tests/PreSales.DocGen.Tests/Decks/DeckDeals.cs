using PreSales.DocGen.Deals;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Decks;

/// <summary>Full deals for deck tests, built in code after the seed's worked case (METHOD §2.6).</summary>
public static class DeckDeals
{
    public static Deal Telecom(DealLanguage language = DealLanguage.ZhCN)
    {
        var zh = language == DealLanguage.ZhCN;
        string T(string c, string e) => zh ? c : e;
        return TestDeals.Minimal(language) with
        {
            Id = "telecom-pilot",
            Name = T("某省电信四级组网技改试点", "Provincial telecom four-level network pilot"),
            OurCompany = T("A科技", "A Tech"),
            Customer = new Customer
            {
                Name = T("某省电信政企客户部", "Province Telecom Key Accounts"),
                ShortName = T("省电信", "Province Telecom"),
                Industry = T("电信运营", "telecom operations"),
                Trends = new Trends
                {
                    Industry = [T("运营商网络向云网融合演进，技改项目要求快速见效", "Operators move to cloud-network convergence; renovation must show results fast"), T("集团推动四级组织一体化运营", "Groups push integrated operations across four levels")],
                    Customer = [T("政企客户部希望在集团内率先取得技改成功", "The key-account unit wants the first renovation success in the group")],
                    Rivals = [T("兄弟省份已启动类似试点", "Sister provinces have started similar pilots")],
                },
            },
            Project = new Project
            {
                Name = T("四级组网技改试点", "Four-level network pilot"),
                Milestones =
                [
                    new Milestone { Date = new DateOnly(2026, 12, 3), Name = T("方案交流", "Solution exchange") },
                    new Milestone { Date = new DateOnly(2027, 1, 5), Name = T("样板点测试", "Pilot-site test") },
                    new Milestone { Date = new DateOnly(2027, 2, 20), Name = T("投标与讲标", "Bid and presentation"), Tender = true },
                    new Milestone { Date = new DateOnly(2027, 3, 15), Name = T("合同签订", "Contract signed") },
                ],
            },
            Stage = DealStage.SolutionRefinement,
            KeyFacts = new KeyFacts
            {
                EvaluationCriteria = new KeyFact { Content = T("三个月内上线；对现网零影响；后续可推广到全省", "Live within three months; no impact on the live network; can roll out province-wide"), Status = FactStatus.Known },
            },
            Stakeholders =
            [
                new Stakeholder { Id = "wang", Name = T("王总", "Mr Wang"), Title = T("副总经理", "Deputy GM"), Level = OrgLevel.Manager, Role = DecisionRole.DecisionMaker, Influence = 5, KeyPerson = true, HotButtons = [T("在集团内率先取得成功", "be first in the group to succeed")], Concerns = [T("项目风险可控", "project risk under control")], Needs = [T("试点可复制推广", "a pilot that can be replicated")] },
                new Stakeholder { Id = "li", Name = T("李经理", "Ms Li"), Title = T("网络部经理", "Network manager"), Level = OrgLevel.Manager, Role = DecisionRole.TechnicalEvaluator, Influence = 4, HotButtons = [T("运维效率", "operations efficiency")], Concerns = [T("与现网设备兼容", "compatibility with the live network")] },
                new Stakeholder { Id = "zhao", Name = T("赵工", "Mr Zhao"), Level = OrgLevel.Staff, Role = DecisionRole.User, HotButtons = [T("操作简单", "simple to operate")], Concerns = [T("故障定位耗时长", "fault finding takes too long")] },
            ],
            Competitors =
            [
                new Competitor { Id = "b", Name = T("B公司", "Bolt Networks"), Rating = TestDeals.Rating(3, 3, 3, 3, 5, 3), Strengths = [T("低价", "low price")] },
                new Competitor { Id = "e", Name = T("E集成", "Emerald Integration"), StrengthClass = StrengthClass.Strong, Rating = TestDeals.Rating(5, 4, 3, 4, 3, 4) },
            ],
            OurRating = TestDeals.Rating(4, 5, 5, 4, 3, 4),
            Swot = new Swot { Strengths = [T("与牵头方 M 多次联合中标", "many joint wins with the lead contractor M"), T("技术路线 Y 成熟，行业案例多，比B公司更稳定", "a mature product on route Y with many cases, steadier than Bolt Networks")] },
            Strategy = new OverallStrategy
            {
                LeadElements = [CompetitiveElement.CustomersAndReferences, CompetitiveElement.ProductAndSolution],
                StrengthOrder = [T("行业案例多，故障定位时间大幅缩短", "many industry cases: fault finding much faster"), T("价格最低", "the lowest price")],
                Commitments = [T("三个月内完成样板点上线，对现网零影响", "The pilot site live within three months, with no impact on the live network")],
            },
            Stages =
            [
                new StagePlan { Number = 1, Name = T("技术交流", "Technical exchange"), Focus = "x", Start = new DateOnly(2026, 12, 1), End = new DateOnly(2026, 12, 15) },
                new StagePlan { Number = 2, Name = T("样板点测试", "Pilot-site test"), Focus = "x", Start = new DateOnly(2027, 1, 5), End = new DateOnly(2027, 1, 31) },
                new StagePlan { Number = 3, Name = T("投标与讲标", "Bid and presentation"), Focus = "x", Start = new DateOnly(2027, 2, 20) },
                new StagePlan { Number = 4, Name = T("合同签订", "Contract"), Focus = "x", Start = new DateOnly(2027, 3, 15) },
            ],
            Fab =
            [
                new FabItem { Feature = T("B/S 架构", "Browser-based architecture"), Function = T("浏览器即可访问，无需安装客户端", "Access from any browser, no client to install"), Advantage = T("部署和升级集中完成", "Deployment and upgrades done centrally"), Benefit = T("运维工作量降低 40%", "operations workload by 40%"), BenefitKind = BenefitKind.Cut },
                new FabItem { Feature = T("一键恢复", "One-click restore"), Function = T("配置变更可一键回退", "Any configuration change can be rolled back in one click"), Advantage = T("变更风险可控", "Change risk under control"), Benefit = T("保持现网稳定运行", "Keep the live network stable"), BenefitKind = BenefitKind.Keep, HotButtons = [T("项目风险可控", "project risk under control")] },
                new FabItem { Feature = T("信息痕迹", "Audit log"), Function = T("所有操作留痕可追溯", "Every operation is logged and traceable"), Advantage = T("责任清晰", "Clear accountability"), Benefit = T("达成审计合规要求", "Achieve audit compliance"), BenefitKind = BenefitKind.Achieve },
            ],
            Cases =
            [
                new ReferenceCase
                {
                    Id = "c1", Customer = T("某市电信", "City Telecom"), ShortName = T("某市", "City"), Industry = T("电信运营", "telecom operations"), Year = 2025,
                    Problem = T("四级网络分散运维，故障定位平均需要 4 小时", "Four network levels run separately; finding a fault took 4 hours on average"),
                    Solution = T("统一运维平台与一键恢复", "One operations platform with one-click restore"),
                    Benefit = T("故障定位时间缩短 75%", "Fault finding 75% faster"),
                    Metrics = [new CaseMetric { Name = T("故障定位时间", "Time to find a fault"), Before = "4", After = "1", Unit = T("小时", "h") }, new CaseMetric { Name = T("变更失败率", "Failed changes"), Before = "6%", After = "1%" }],
                },
            ],
            Exchanges =
            [
                new Exchange
                {
                    Date = new DateOnly(2026, 12, 3), Kind = ExchangeKind.Formal, Status = ExchangeStatus.Planned, Stage = DealStage.SolutionRefinement,
                    Title = T("四级组网技改方案交流", "Four-level network renovation: solution exchange"),
                    Goal = T("请网络部安排样板点测试，并确认测试标准", "Ask the network department to schedule a pilot-site test and agree its criteria"),
                    DurationMinutes = 60,
                    Strategy = T("用某市案例证明故障定位提速", "Prove faster fault finding with the City case"),
                    CustomerAttendees = [new CustomerAttendee { StakeholderId = "wang" }, new CustomerAttendee { StakeholderId = "li" }, new CustomerAttendee { StakeholderId = "zhao" }],
                },
            ],
        };
    }
}
