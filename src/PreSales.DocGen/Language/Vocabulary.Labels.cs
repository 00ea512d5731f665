using PreSales.DocGen.Deals;

namespace PreSales.DocGen.Language;

public sealed partial class Vocabulary
{
    // One table for every enum label; a test checks that each enum value of the model has its two labels.
    private static readonly Dictionary<(Type, string), (string Zh, string En)> Labels = new()
    {
        [(typeof(DealLanguage), nameof(DealLanguage.ZhCN))] = ("中文", "Chinese"),
        [(typeof(DealLanguage), nameof(DealLanguage.EnUS))] = ("英文", "English"),

        [(typeof(DealStage), nameof(DealStage.Discovery))] = ("项目挖掘", "Discovery"),
        [(typeof(DealStage), nameof(DealStage.RequirementAnalysis))] = ("需求分析", "Requirement analysis"),
        [(typeof(DealStage), nameof(DealStage.SolutionRefinement))] = ("方案完善", "Solution refinement"),
        [(typeof(DealStage), nameof(DealStage.Negotiation))] = ("商务谈判", "Negotiation"),
        [(typeof(DealStage), nameof(DealStage.Contract))] = ("合同签订", "Contract"),

        [(typeof(FactStatus), nameof(FactStatus.Unknown))] = ("未知", "unknown"),
        [(typeof(FactStatus), nameof(FactStatus.Guess))] = ("推测", "a guess"),
        [(typeof(FactStatus), nameof(FactStatus.Known))] = ("已知未确认", "known, unconfirmed"),
        [(typeof(FactStatus), nameof(FactStatus.Confirmed))] = ("已确认", "confirmed"),

        [(typeof(KeyFactKind), nameof(KeyFactKind.Requirements))] = ("需求", "Requirements"),
        [(typeof(KeyFactKind), nameof(KeyFactKind.Schedule))] = ("时间表", "Schedule"),
        [(typeof(KeyFactKind), nameof(KeyFactKind.Budget))] = ("预算", "Budget"),
        [(typeof(KeyFactKind), nameof(KeyFactKind.DecisionProcess))] = ("决策人及决策过程", "Decision makers and process"),
        [(typeof(KeyFactKind), nameof(KeyFactKind.Competition))] = ("竞争", "Competition"),
        [(typeof(KeyFactKind), nameof(KeyFactKind.EvaluationCriteria))] = ("关键评估项（客户兴奋点）", "Key evaluation criteria (hot buttons)"),

        [(typeof(DecisionRole), nameof(DecisionRole.DecisionMaker))] = ("决策者", "Decision maker"),
        [(typeof(DecisionRole), nameof(DecisionRole.Influencer))] = ("影响者", "Influencer"),
        [(typeof(DecisionRole), nameof(DecisionRole.User))] = ("使用者", "User"),
        [(typeof(DecisionRole), nameof(DecisionRole.TechnicalEvaluator))] = ("技术评估者", "Technical evaluator"),
        [(typeof(DecisionRole), nameof(DecisionRole.Coach))] = ("教练", "Coach"),

        [(typeof(Stance), nameof(Stance.Supporter))] = ("支持", "Supporter"),
        [(typeof(Stance), nameof(Stance.Neutral))] = ("中立", "Neutral"),
        [(typeof(Stance), nameof(Stance.Opponent))] = ("反对", "Opponent"),

        [(typeof(OrgLevel), nameof(OrgLevel.Executive))] = ("高层", "Executives"),
        [(typeof(OrgLevel), nameof(OrgLevel.Manager))] = ("中层", "Managers"),
        [(typeof(OrgLevel), nameof(OrgLevel.Staff))] = ("基层", "Staff"),

        [(typeof(StrengthClass), nameof(StrengthClass.Strong))] = ("强", "Strong"),
        [(typeof(StrengthClass), nameof(StrengthClass.Medium))] = ("中", "Medium"),
        [(typeof(StrengthClass), nameof(StrengthClass.Weak))] = ("弱", "Weak"),

        [(typeof(CompetitiveElement), nameof(CompetitiveElement.Company))] = ("公司", "Company"),
        [(typeof(CompetitiveElement), nameof(CompetitiveElement.ProductAndSolution))] = ("产品和解决方案", "Product and solution"),
        [(typeof(CompetitiveElement), nameof(CompetitiveElement.CustomersAndReferences))] = ("客户和案例", "Customers and references"),
        [(typeof(CompetitiveElement), nameof(CompetitiveElement.Implementation))] = ("实施", "Implementation"),
        [(typeof(CompetitiveElement), nameof(CompetitiveElement.Price))] = ("价格", "Price"),
        [(typeof(CompetitiveElement), nameof(CompetitiveElement.Service))] = ("服务", "Service"),

        [(typeof(Grade), nameof(Grade.Low))] = ("低", "low"),
        [(typeof(Grade), nameof(Grade.Medium))] = ("中", "medium"),
        [(typeof(Grade), nameof(Grade.High))] = ("高", "high"),

        [(typeof(Position), nameof(Position.AllOut))] = ("竭尽全力获取", "Go all-out to win"),
        [(typeof(Position), nameof(Position.Participate))] = ("重在参与·获取资料", "Take part to learn and gather material"),

        [(typeof(CompeteMode), nameof(CompeteMode.Alone))] = ("独立竞争", "Compete alone"),
        [(typeof(CompeteMode), nameof(CompeteMode.WithPartners))] = ("联合竞争", "Compete with partners"),

        [(typeof(Posture), nameof(Posture.Active))] = ("主动", "Active"),
        [(typeof(Posture), nameof(Posture.Passive))] = ("被动", "Passive"),

        [(typeof(BenefitKind), nameof(BenefitKind.Raise))] = ("提高", "Raise"),
        [(typeof(BenefitKind), nameof(BenefitKind.Cut))] = ("降低", "Cut"),
        [(typeof(BenefitKind), nameof(BenefitKind.Achieve))] = ("达成", "Achieve"),
        [(typeof(BenefitKind), nameof(BenefitKind.Keep))] = ("保持", "Keep"),

        [(typeof(ExchangeKind), nameof(ExchangeKind.Formal))] = ("正式交流", "Formal exchange"),
        [(typeof(ExchangeKind), nameof(ExchangeKind.Informal))] = ("非正式交流", "Informal contact"),

        [(typeof(ExchangeStatus), nameof(ExchangeStatus.Planned))] = ("计划中", "Planned"),
        [(typeof(ExchangeStatus), nameof(ExchangeStatus.Held))] = ("已举行", "Held"),

        [(typeof(QuestionKind), nameof(QuestionKind.Information))] = ("了解信息类", "Information-seeking"),
        [(typeof(QuestionKind), nameof(QuestionKind.Capability))] = ("考察能力类", "Capability-testing"),
        [(typeof(QuestionKind), nameof(QuestionKind.Trap))] = ("陷阱类", "Trap"),
        [(typeof(QuestionKind), nameof(QuestionKind.Coaching))] = ("点拨类", "Coaching"),

        [(typeof(ActionStatus), nameof(ActionStatus.Open))] = ("未开始", "Open"),
        [(typeof(ActionStatus), nameof(ActionStatus.InProgress))] = ("进行中", "In progress"),
        [(typeof(ActionStatus), nameof(ActionStatus.Done))] = ("已完成", "Done"),
        [(typeof(ActionStatus), nameof(ActionStatus.Cancelled))] = ("已取消", "Cancelled"),

        [(typeof(PreparationStep), nameof(PreparationStep.Gather))] = ("信息收集", "Gather information"),
        [(typeof(PreparationStep), nameof(PreparationStep.AnalyseAudience))] = ("听众分析", "Analyse the audience"),
        [(typeof(PreparationStep), nameof(PreparationStep.ChooseTheme))] = ("确定主题", "Choose the theme"),
        [(typeof(PreparationStep), nameof(PreparationStep.PrepareMaterial))] = ("准备材料", "Prepare material"),
        [(typeof(PreparationStep), nameof(PreparationStep.Rehearse))] = ("演练", "Rehearse"),
        [(typeof(PreparationStep), nameof(PreparationStep.Finalise))] = ("修改定稿", "Revise and finalise"),

        [(typeof(Outcome), nameof(Outcome.Won))] = ("赢单", "Won"),
        [(typeof(Outcome), nameof(Outcome.Lost))] = ("丢单", "Lost"),
        [(typeof(Outcome), nameof(Outcome.Abandoned))] = ("放弃", "Abandoned"),
    };

    /// <summary>Every (enum type, value name) pair that has labels; used by tests for completeness.</summary>
    internal static IEnumerable<(Type Type, string Name)> LabelledValues => Labels.Keys;
}
