using PreSales.DocGen.Deals;
using PreSales.DocGen.Tests.Support;

namespace PreSales.DocGen.Tests.Documents;

/// <summary>A full deal (the seed's telecom pilot, seen from company A) built in code, in either language.</summary>
public static class DocumentDeals
{
    public static Deal Telecom(DealLanguage language = DealLanguage.ZhCN)
    {
        var zh = language == DealLanguage.ZhCN;
        string T(string chinese, string english) => zh ? chinese : english;
        return TestDeals.Minimal(language) with
        {
            Id = "telecom-pilot",
            Name = T("省公司四级组网技术改造试点", "Four-level network renovation pilot"),
            OurCompany = "A",
            Customer = new Customer
            {
                Name = T("某省电信公司政企客户部", "Province Telecom key-account unit"),
                ShortName = T("省电信", "ProvTel"),
                Industry = T("电信运营商", "Telecom operator"),
                Background = T("省公司政企客户部负责**大客户**业务,希望在集团内*率先*取得试点成功。\n\n详见 [官网](https://example.com/about)。",
                    "The unit runs **key accounts** and wants a *fast* first success inside the group.\n\nSee [the website](https://example.com/about)."),
            },
            Project = new Project
            {
                Name = T("四级组网试点", "Four-level networking pilot"),
                Background = T("首次技术改造试点,覆盖省、市、县、网点四级。", "A first technical-renovation pilot across four levels."),
                BusinessDomain = T("政企专线运维", "enterprise line operations"),
                EstimatedAmount = new Money(12_000_000m, "CNY"),
                Participants = [new Participant { Name = "M", Role = T("总包运营商", "Lead operator"), Notes = T("工程部偏好技术路线 Y", "Engineering prefers route Y") }],
            },
            Stage = DealStage.SolutionRefinement,
            KeyFacts = new KeyFacts
            {
                Requirements = new KeyFact { Content = T("四级组网,**统一运维**", "Four levels, **one operations view**"), Status = FactStatus.Confirmed, Source = T("王处长", "Director Wang") },
                Schedule = new KeyFact { Content = T("年底前上线", "Live by year end"), Status = FactStatus.Known },
                Budget = new KeyFact(),
                DecisionProcess = new KeyFact { Content = T("总经理拍板,技术组评分", "GM decides, technical panel scores"), Status = FactStatus.Guess },
                Competition = new KeyFact { Content = T("A–F 六家", "Six bidders A–F"), Status = FactStatus.Confirmed },
                EvaluationCriteria = new KeyFact(),
            },
            Stakeholders =
            [
                new Stakeholder { Id = "gm", Name = T("张总", "Mr Zhang"), Title = T("总经理", "General manager"), Department = T("公司领导", "Management"), Level = OrgLevel.Executive,
                    Role = DecisionRole.DecisionMaker, Stance = Stance.Neutral, Influence = 5, Knowledge = 2, KeyPerson = true,
                    Needs = [T("集团内率先成功", "a first success in the group")], Concerns = [T("项目风险", "project risk")], HotButtons = [T("快速见效", "quick results")] },
                new Stakeholder { Id = "wang", Name = T("王处长", "Director Wang"), Title = T("网络部处长", "Head of network"), Department = T("网络部", "Network"), Level = OrgLevel.Manager,
                    Role = DecisionRole.TechnicalEvaluator, Stance = Stance.Opponent, Influence = 4, Knowledge = 5,
                    Concerns = [T("技术路线 Y 的兼容性", "compatibility with route Y"), T("本地服务能力", "local service capacity")], HotButtons = [T("统一运维", "one operations view")] },
                new Stakeholder { Id = "li", Name = T("李工", "Engineer Li"), Title = T("运维主管", "Operations lead"), Level = OrgLevel.Staff,
                    Role = DecisionRole.Coach, Stance = Stance.Supporter, Influence = 3, Knowledge = 4,
                    Needs = [T("减少夜间故障处理", "fewer night call-outs")], HotButtons = [T("一键恢复", "one-click restore")] },
            ],
            Competitors =
            [
                new Competitor { Id = "e", Name = "E", StrengthClass = StrengthClass.Strong, Strengths = [T("集成能力最强", "strongest integrator"), T("采购部支持", "backed by procurement")],
                    Weaknesses = [T("产品非自有", "no own product")], Rating = TestDeals.Rating(5, 3, 4, 4, 3, 3) },
                new Competitor { Id = "b", Name = "B", Strengths = [T("低价", "loss-making price")], Rating = TestDeals.Rating(3, 3, 2, 3, 5, 3), LikelyStrategy = T("低价抢单", "win on price") },
            ],
            OurRating = TestDeals.Rating(4, 5, 4, 4, 4, 4),
            Swot = new Swot
            {
                Strengths = [T("技术路线 Y 成熟产品", "mature product on route Y"), T("行业案例多", "many industry references")],
                Weaknesses = [T("本地服务团队小", "small local service team")],
                Opportunities = [T("集团推广", "roll-out across the group")],
                Threats = [T("B 的亏本报价", "B's loss-making price")],
            },
            Positioning = new Positioning
            {
                Importance = Grade.High, Likelihood = Grade.Medium,
                History = [new Repositioning { Date = new DateOnly(2026, 3, 1), From = Position.Participate, To = Position.AllOut, Reason = T("确认预算规模", "budget size confirmed") }],
            },
            Strategy = new OverallStrategy
            {
                Summary = T("以**产品和案例**领先,先打动技术组,再争取总经理。", "Lead with **product and references**; win the technical panel, then the GM."),
                LeadElements = [CompetitiveElement.ProductAndSolution, CompetitiveElement.CustomersAndReferences],
                StrengthOrder = [T("成熟产品", "mature product"), T("行业案例", "industry cases"), T("本地服务承诺", "local service pledge")],
                ContactOrder = ["li", "wang", "gm"],
                Adjustments = [new StrategyChange { Date = new DateOnly(2026, 3, 10), Change = T("引入本地服务伙伴", "add a local service partner"), Reason = T("回应服务能力质疑", "answer the service doubts") }],
            },
            Stages =
            [
                new StagePlan { Number = 1, Name = T("技术交流", "Technical exchange"), Focus = T("建立技术信任", "win technical trust"), Purpose = T("展示路线 Y 产品", "show the route Y product"),
                    Audience = ["wang", "li"], KeyContent = T("架构与案例", "architecture and cases"), StrengthsToHighlight = [T("成熟产品", "mature product")],
                    Intelligence = [T("E 的报价策略", "E's pricing")], Approach = T("技术交流加样板参观", "exchange plus a reference visit"),
                    Resources = [T("产品专家", "product expert")], PointsToWin = [T("工程部认可路线 Y", "engineering backs route Y")] },
                new StagePlan { Number = 2, Name = T("高层拜访", "Executive visit"), Focus = T("打消风险顾虑", "remove risk worries"), Audience = ["gm"], KeyContent = T("试点成功路径", "path to pilot success") },
            ],
            Fab =
            [
                new FabItem { Feature = T("一键恢复", "one-click restore"), Function = T("故障后一键回滚配置", "roll back configuration in one step"), Advantage = T("恢复时间从小时降到分钟", "restore in minutes, not hours"),
                    Benefit = T("降低故障损失", "cut outage losses"), BenefitKind = BenefitKind.Cut },
            ],
            Exchanges =
            [
                new Exchange { Date = new DateOnly(2026, 2, 20), Kind = ExchangeKind.Informal, Stage = DealStage.Discovery, Title = T("初次拜访", "First visit"), OurAttendees = [new OurAttendee { Name = T("刘销售", "Liu (sales)") }] },
                new Exchange
                {
                    Date = new DateOnly(2026, 3, 15), Kind = ExchangeKind.Formal, Stage = DealStage.SolutionRefinement,
                    Title = T("第一次技术交流", "First technical exchange"), Goal = T("赢得技术组信任", "win the technical panel's trust"),
                    Place = T("客户三楼会议室", "Customer meeting room 3"), DurationMinutes = 120,
                    CustomerAttendees = [new CustomerAttendee { StakeholderId = "wang" }, new CustomerAttendee { StakeholderId = "li" }, new CustomerAttendee { Name = T("赵工", "Engineer Zhao"), Title = T("网络工程师", "Network engineer") }],
                    OurAttendees = [new OurAttendee { Name = T("陈工", "Chen"), Role = T("售前", "Pre-sales") }, new OurAttendee { Name = T("刘销售", "Liu"), Role = T("销售", "Sales") }],
                    Agenda = [T("开场与介绍", "Opening"), T("方案讲解", "Solution walk-through"), T("答疑", "Q&A")],
                    Strategy = T("先讲**案例**,再讲架构;回避价格话题。", "Cases **first**, then architecture; keep off price."),
                    Content = T("讲解了四级组网架构:\n\n1. 省级汇聚\n2. 市县接入\n\n| 层级 | 设备数 |\n|---|---|\n| 省 | 2 |\n| 市 | 14 |\n\n<script>alert(1)</script> 原样显示。",
                        "We walked through the four-level design:\n\n1. Province aggregation\n2. City and county access\n\n| Level | Devices |\n|---|---|\n| Province | 2 |\n| City | 14 |\n\n<script>alert(1)</script> shown as text."),
                    CustomerInterests = [T("与路线 Y 的兼容", "compatibility with route Y"), T("本地服务", "local service")],
                    Questions =
                    [
                        new QuestionAndAnswer { Question = T("你们的产品和路线 Y 兼容吗?", "Is your product compatible with route Y?"), Kind = QuestionKind.Capability, AskedBy = "wang",
                            Answer = T("完全兼容,见 **XX 省案例**:\n\n- 已稳定运行 2 年\n- 零重大故障", "Fully, see the **XX case**:\n\n- two years in production\n- no major outage") },
                        new QuestionAndAnswer { Question = T("你们本地只有三个人吧?", "You only have three people locally, right?"), Kind = QuestionKind.Trap, AskedBy = "wang", Answer = T("我们与本地伙伴共同服务,响应 *2 小时*。", "We serve with a local partner; response within *2 hours*.") },
                    ],
                    Information = new InformationGained { Customer = [T("预算可能在 1200 万左右", "budget may be about 12 M")], Competitors = [T("E 已拜访总经理", "E has met the GM")] },
                    Materials = [T("四级组网方案 PPT", "Four-level solution deck"), T("案例手册", "Case booklet")],
                    WhatWorked = [T("案例讲解打动了李工", "the case won Li over")],
                    Lessons = [T("对服务问题准备**不足**", "we were **under-prepared** on service")],
                    NextFocus = [T("准备本地服务方案", "prepare the local service plan")],
                    ActionItems = [new ActionItem { Item = T("提交兼容性测试报告", "send the compatibility test report"), Owner = T("陈工", "Chen"), Due = new DateOnly(2026, 3, 22), Status = ActionStatus.InProgress }],
                },
                new Exchange { Date = new DateOnly(2026, 4, 10), Kind = ExchangeKind.Formal, Status = ExchangeStatus.Planned, Stage = DealStage.SolutionRefinement, Title = T("高层汇报", "Executive briefing"),
                    CustomerAttendees = [new CustomerAttendee { StakeholderId = "gm" }, new CustomerAttendee { StakeholderId = "wang" }] },
            ],
        };
    }
}
