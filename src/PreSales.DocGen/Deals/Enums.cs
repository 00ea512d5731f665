using System.Text.Json.Serialization;

namespace PreSales.DocGen.Deals;

/// <summary>The language a deal is written in and its outputs are produced in.</summary>
public enum DealLanguage
{
    /// <summary>Simplified Chinese, the product's first language.</summary>
    [JsonStringEnumMemberName("zh-CN")] ZhCN,

    /// <summary>English.</summary>
    [JsonStringEnumMemberName("en-US")] EnUS,
}

/// <summary>The bid stages of a deal (METHOD §1).</summary>
public enum DealStage
{
    /// <summary>项目挖掘: understand the project, visit the customer.</summary>
    Discovery,

    /// <summary>需求分析: trends, product guidance, solution outline.</summary>
    RequirementAnalysis,

    /// <summary>方案完善: technical exchanges, bid, bid presentation, Q&amp;A.</summary>
    SolutionRefinement,

    /// <summary>商务谈判: commercial support and technical negotiation.</summary>
    Negotiation,

    /// <summary>合同签订: terms, technical review, hand-over.</summary>
    Contract,
}

/// <summary>How sure the team is of a key fact.</summary>
public enum FactStatus
{
    /// <summary>Nothing is known yet.</summary>
    Unknown,

    /// <summary>Still a guess: believed, not heard from the customer.</summary>
    Guess,

    /// <summary>Known from a credible source but not confirmed by the customer.</summary>
    Known,

    /// <summary>Confirmed by the customer.</summary>
    Confirmed,
}

/// <summary>The six key facts of a deal (METHOD §2.1).</summary>
public enum KeyFactKind
{
    /// <summary>需求.</summary>
    Requirements,

    /// <summary>时间表.</summary>
    Schedule,

    /// <summary>预算.</summary>
    Budget,

    /// <summary>决策人及决策过程.</summary>
    DecisionProcess,

    /// <summary>竞争.</summary>
    Competition,

    /// <summary>关键评估项(客户兴奋点).</summary>
    EvaluationCriteria,
}

/// <summary>A stakeholder's role in the buying decision.</summary>
public enum DecisionRole
{
    /// <summary>Makes or signs off the decision.</summary>
    DecisionMaker,

    /// <summary>Shapes the decision without owning it.</summary>
    Influencer,

    /// <summary>Will use what is bought.</summary>
    User,

    /// <summary>Evaluates the technical fit.</summary>
    TechnicalEvaluator,

    /// <summary>Guides us from inside (教练).</summary>
    Coach,
}

/// <summary>A stakeholder's stance towards us (METHOD §4).</summary>
public enum Stance
{
    /// <summary>支持.</summary>
    Supporter,

    /// <summary>中立.</summary>
    Neutral,

    /// <summary>反对.</summary>
    Opponent,
}

/// <summary>The level of the customer's organisation a person belongs to (what each level cares about differs).</summary>
public enum OrgLevel
{
    /// <summary>高层: top management.</summary>
    Executive,

    /// <summary>中层: middle management.</summary>
    Manager,

    /// <summary>基层: staff and engineers.</summary>
    Staff,
}

/// <summary>How strong a competitor is overall.</summary>
public enum StrengthClass
{
    /// <summary>强.</summary>
    Strong,

    /// <summary>中.</summary>
    Medium,

    /// <summary>弱.</summary>
    Weak,
}

/// <summary>The six competitive elements (METHOD §2.4).</summary>
public enum CompetitiveElement
{
    /// <summary>公司.</summary>
    Company,

    /// <summary>产品和解决方案.</summary>
    ProductAndSolution,

    /// <summary>客户和案例.</summary>
    CustomersAndReferences,

    /// <summary>实施.</summary>
    Implementation,

    /// <summary>价格.</summary>
    Price,

    /// <summary>服务.</summary>
    Service,
}

/// <summary>A three-step judgement (high, medium, low).</summary>
public enum Grade
{
    /// <summary>低.</summary>
    Low,

    /// <summary>中.</summary>
    Medium,

    /// <summary>高.</summary>
    High,
}

/// <summary>The two opportunity positions (METHOD §2.2).</summary>
public enum Position
{
    /// <summary>竭尽全力获取: go all-out to win.</summary>
    AllOut,

    /// <summary>重在参与·获取资料: take part to learn and gather material.</summary>
    Participate,
}

/// <summary>Whether we compete alone or with partners.</summary>
public enum CompeteMode
{
    /// <summary>独立竞争.</summary>
    Alone,

    /// <summary>联合竞争.</summary>
    WithPartners,
}

/// <summary>Whether we lead the deal or follow it.</summary>
public enum Posture
{
    /// <summary>主动.</summary>
    Active,

    /// <summary>被动.</summary>
    Passive,
}

/// <summary>The four kinds of benefit verbs (METHOD §5).</summary>
public enum BenefitKind
{
    /// <summary>提高/增加.</summary>
    Raise,

    /// <summary>降低/减少.</summary>
    Cut,

    /// <summary>达成/满足.</summary>
    Achieve,

    /// <summary>保持/维持.</summary>
    Keep,
}

/// <summary>Formal exchanges are prepared with the six steps; informal ones are contacts between them.</summary>
public enum ExchangeKind
{
    /// <summary>正式交流.</summary>
    Formal,

    /// <summary>非正式交流.</summary>
    Informal,
}

/// <summary>Whether an exchange has happened or is being prepared.</summary>
public enum ExchangeStatus
{
    /// <summary>Being prepared.</summary>
    Planned,

    /// <summary>Took place.</summary>
    Held,
}

/// <summary>The customer's four kinds of question (METHOD §5).</summary>
public enum QuestionKind
{
    /// <summary>了解信息类.</summary>
    Information,

    /// <summary>考察能力类.</summary>
    Capability,

    /// <summary>陷阱类.</summary>
    Trap,

    /// <summary>点拨类.</summary>
    Coaching,
}

/// <summary>The state of an action item.</summary>
public enum ActionStatus
{
    /// <summary>Not started.</summary>
    Open,

    /// <summary>Under way.</summary>
    InProgress,

    /// <summary>Finished.</summary>
    Done,

    /// <summary>Dropped.</summary>
    Cancelled,
}

/// <summary>How a deal ended.</summary>
public enum Outcome
{
    /// <summary>赢单.</summary>
    Won,

    /// <summary>丢单.</summary>
    Lost,

    /// <summary>放弃.</summary>
    Abandoned,
}

/// <summary>The six preparation steps of an exchange (准备流程, METHOD §4): where a planned exchange's preparation stands.</summary>
public enum PreparationStep
{
    /// <summary>信息收集 gather information.</summary>
    Gather,

    /// <summary>听众分析 analyse the audience.</summary>
    AnalyseAudience,

    /// <summary>确定主题 choose the theme.</summary>
    ChooseTheme,

    /// <summary>准备材料 prepare material.</summary>
    PrepareMaterial,

    /// <summary>演练 rehearse.</summary>
    Rehearse,

    /// <summary>修改定稿 revise and finalise.</summary>
    Finalise,
}
