import type { Budget, BudgetLine } from "./budget";
import { defaultRanges, type CategoryKey, type LineCategoryKey } from "./categories";
import { Decimal } from "./decimal";
import { applyFunnel, type Funnel } from "./funnelPlan";
import type { HealthRule } from "./health";
import type { PlanKey } from "./plans";
import { timelineText } from "./timelineText";
import { presetCardTexts, type Lang, type Text } from "../i18n";

export type PresetId = "campaign" | "community" | "event" | "campaign-funnel" | "campaign-timeline";
export const PRESET_IDS: readonly PresetId[] = [
  "campaign",
  "community",
  "event",
  "campaign-funnel",
  "campaign-timeline",
];
export const DEFAULT_PRESET: PresetId = "campaign";

interface PresetLine {
  category: LineCategoryKey;
  item: Text;
  basis: Text;
  /** Null for a line a funnel stage drives: the stage's people are its quantity. */
  quantity: string | null;
  unitCost: string;
  times: string;
  owner: Text;
  /** The funnel position that drives the quantity: 0 for the pool, 1 for the first stage… */
  driver?: number;
}

interface PresetFunnel {
  poolName: Text;
  stages: readonly { name: Text; rate: string }[];
  targetDeals: string;
  averageOrderValue: string;
  participationStage: number;
  conversionStage: number;
}

/** An alternative plan of a preset: the same budget aimed at other deals (and order value). */
export interface PresetPlan {
  key: PlanKey;
  targetDeals: string;
  averageOrderValue?: string;
}

/** A finding a preset raises on purpose: the rule, and the category when the rule has one. */
export interface IntendedFinding {
  rule: HealthRule;
  category?: CategoryKey;
}

export interface Preset {
  id: PresetId;
  name: Text;
  description: Text;
  /**
   * The findings the preset's own health check raises on purpose, and why, shown on its card. A preset
   * without them passes its health check: it is an example a planner can copy.
   */
  intendedFindings?: { findings: readonly IntendedFinding[]; note: Text };
  contingencyRate: string;
  /** With a funnel, revenue is deals × average order value and the revenue given here is not used. */
  goals: { revenue: string; grossMargin: string; cap: string };
  lines: readonly PresetLine[];
  funnel?: PresetFunnel;
  plans?: readonly PresetPlan[];
}

const OPS: Text = { zh: "运营部", en: "Operations" };
const MKT: Text = { zh: "市场部", en: "Marketing" };
const IT: Text = { zh: "技术部", en: "IT" };
const STORES: Text = { zh: "门店", en: "Stores" };
const ADMIN: Text = { zh: "行政部", en: "Administration" };

function line(
  category: LineCategoryKey,
  item: [zh: string, en: string],
  basis: [zh: string, en: string],
  quantity: string | null,
  unitCost: string,
  times: string,
  owner: Text,
): PresetLine {
  return {
    category,
    item: { zh: item[0], en: item[1] },
    basis: { zh: basis[0], en: basis[1] },
    quantity,
    unitCost,
    times,
    owner,
  };
}

/** The worked example's shares: four categories under their ranges, labor and fulfillment over. */
const WORKED_EXAMPLE_SHARES: readonly IntendedFinding[] = (
  ["benefit", "promotion", "system", "labor", "fulfillment", "admin"] as const
).map((category) => ({ rule: "share", category }));

/** The worked example of a car-maintenance service campaign, line by line with its basis. */
const CAMPAIGN: Preset = {
  id: "campaign",
  name: presetCardTexts.both((m) => m.campaign.name),
  description: presetCardTexts.both((m) => m.campaign.description),
  intendedFindings: {
    findings: [{ rule: "roi-below-one" }, ...WORKED_EXAMPLE_SHARES],
    note: presetCardTexts.both((m) => m.campaign.note),
  },
  contingencyRate: "0.08",
  goals: { revenue: "700000", grossMargin: "0.40", cap: "1300000" },
  lines: [
    line(
      "benefit",
      ["折扣让利", "Discount"],
      ["成交 2,000 单 × 平均让利 150 元", "2,000 deals × 150 average discount"],
      "2000",
      "150",
      "1",
      MKT,
    ),
    line(
      "benefit",
      ["到店礼品", "Store-visit gifts"],
      ["到店 1,500 人 × 20 元（含物流）", "1,500 visitors × 20 (logistics included)"],
      "1500",
      "20",
      "1",
      MKT,
    ),
    line(
      "benefit",
      ["免费洗车", "Free car wash"],
      ["到店 1,500 人 × 边际成本 15 元", "1,500 visitors × 15 marginal cost"],
      "1500",
      "15",
      "1",
      STORES,
    ),
    line(
      "promotion",
      ["短信触达", "SMS"],
      ["50,000 人 × 2 轮 × 0.10 元/条", "50,000 people × 2 rounds × 0.10 per message"],
      "50000",
      "0.10",
      "2",
      MKT,
    ),
    line(
      "promotion",
      ["App 推送", "App push"],
      ["80,000 人 × 0.02 元/次", "80,000 people × 0.02 per push"],
      "80000",
      "0.02",
      "1",
      MKT,
    ),
    line(
      "promotion",
      ["企微触达", "WeCom outreach"],
      ["30,000 人 × 30 秒 ÷ 3,600 = 250 小时 × 50 元/小时", "30,000 people × 30 s ÷ 3,600 = 250 h × 50 per hour"],
      "250",
      "50",
      "1",
      OPS,
    ),
    line(
      "promotion",
      ["电话外呼", "Outbound calls"],
      ["5,000 人 × 3 元/通", "5,000 people × 3 per call"],
      "5000",
      "3",
      "1",
      OPS,
    ),
    line(
      "promotion",
      ["门店海报", "Store posters"],
      ["50 家门店 × 5 张 × 30 元", "50 stores × 5 posters × 30"],
      "50",
      "30",
      "5",
      STORES,
    ),
    line(
      "promotion",
      ["易拉宝", "Roll-up banners"],
      ["50 家门店 × 2 个 × 150 元", "50 stores × 2 banners × 150"],
      "50",
      "150",
      "2",
      STORES,
    ),
    line(
      "system",
      ["H5 活动页", "H5 landing page"],
      ["设计 + 开发 1 项 × 8,000 元", "design + build, 1 × 8,000"],
      "1",
      "8000",
      "1",
      IT,
    ),
    line(
      "system",
      ["预约系统对接", "Booking integration"],
      ["接口开发 1 项 × 5,000 元", "1 integration × 5,000"],
      "1",
      "5000",
      "1",
      IT,
    ),
    line(
      "system",
      ["数据看板", "Dashboard"],
      ["看板搭建 1 项 × 5,000 元", "1 dashboard × 5,000"],
      "1",
      "5000",
      "1",
      IT,
    ),
    line(
      "labor",
      ["区域运营", "Regional operations"],
      ["1 人 × 30 天 × 8 小时 × 100 元/小时", "1 person × 30 days × 8 h × 100 per hour"],
      "1",
      "800",
      "30",
      OPS,
    ),
    line(
      "labor",
      ["片区运营", "Area operations"],
      ["3 人 × 30 天 × 8 小时 × 80 元/小时", "3 people × 30 days × 8 h × 80 per hour"],
      "3",
      "640",
      "30",
      OPS,
    ),
    line(
      "labor",
      ["门店人员", "Store staff"],
      ["到店 1,500 人次 × 2 小时 × 50 元/小时", "1,500 visits × 2 h × 50 per hour"],
      "1500",
      "100",
      "1",
      STORES,
    ),
    line(
      "fulfillment",
      ["保养服务履约", "Maintenance service delivered"],
      [
        "成交 2,000 单 × 单位履约成本 250 元（配件、材料、工时）",
        "2,000 deals × 250 delivery cost (parts, materials, labor)",
      ],
      "2000",
      "250",
      "1",
      STORES,
    ),
    line("admin", ["启动会", "Kickoff meeting"], ["1 场 × 10,000 元", "1 meeting × 10,000"], "1", "10000", "1", ADMIN),
    line("admin", ["复盘会", "Review meeting"], ["1 场 × 5,000 元", "1 meeting × 5,000"], "1", "5000", "1", ADMIN),
    line("admin", ["差旅", "Travel"], ["10 人次 × 2,000 元", "10 trips × 2,000"], "10", "2000", "1", ADMIN),
  ],
};

/** A quarter of community operations: people, platform fees, content, events, traffic, incentives. */
const COMMUNITY: Preset = {
  id: "community",
  name: presetCardTexts.both((m) => m.community.name),
  description: presetCardTexts.both((m) => m.community.description),
  contingencyRate: "0.10",
  goals: { revenue: "1300000", grossMargin: "0.45", cap: "550000" },
  lines: [
    line(
      "benefit",
      ["积分兑换", "Points redemption"],
      ["3,000 人次 × 10 元", "3,000 redemptions × 10"],
      "3000",
      "10",
      "1",
      OPS,
    ),
    line(
      "benefit",
      ["优惠券", "Coupons"],
      ["预计核销 2,500 张 × 20 元", "2,500 redeemed coupons × 20"],
      "2500",
      "20",
      "1",
      MKT,
    ),
    line(
      "benefit",
      ["会员权益", "Member perks"],
      ["500 名会员 × 50 元 × 3 月", "500 members × 50 × 3 months"],
      "500",
      "50",
      "3",
      OPS,
    ),
    line(
      "benefit",
      ["活动抽奖奖品", "Event prizes"],
      ["6 场活动 × 10 份 × 100 元", "6 events × 10 prizes × 100"],
      "6",
      "1000",
      "1",
      OPS,
    ),
    line(
      "promotion",
      ["图文内容外包", "Articles and graphics"],
      ["24 篇 × 500 元", "24 pieces × 500"],
      "24",
      "500",
      "1",
      MKT,
    ),
    line("promotion", ["短视频拍摄", "Short videos"], ["8 条 × 3,000 元", "8 videos × 3,000"], "8", "3000", "1", MKT),
    line(
      "promotion",
      ["朋友圈广告", "Moments ads"],
      ["400 千次曝光 × 50 元/千次", "400 thousand impressions × 50 per thousand"],
      "400",
      "50",
      "1",
      MKT,
    ),
    line(
      "promotion",
      ["KOL 合作", "KOL partnerships"],
      ["3 位 × 8,000 元", "3 creators × 8,000"],
      "3",
      "8000",
      "1",
      MKT,
    ),
    line(
      "promotion",
      ["线下活动场地", "Offline event venue"],
      ["2 场 × 3,000 元", "2 events × 3,000"],
      "2",
      "3000",
      "1",
      OPS,
    ),
    line(
      "system",
      ["SCRM 系统使用费", "SCRM license"],
      ["3 个月 × 5,000 元", "3 months × 5,000"],
      "3",
      "5000",
      "1",
      IT,
    ),
    line(
      "system",
      ["企业微信席位", "WeCom seats"],
      ["6 个席位 × 3 个月 × 300 元", "6 seats × 3 months × 300"],
      "6",
      "300",
      "3",
      IT,
    ),
    line(
      "system",
      ["直播设备租赁", "Live-stream equipment"],
      ["6 场 × 1,500 元", "6 sessions × 1,500"],
      "6",
      "1500",
      "1",
      OPS,
    ),
    line(
      "labor",
      ["社群经理", "Community manager"],
      ["1 人 × 3 月 × 15,000 元", "1 person × 3 months × 15,000"],
      "1",
      "15000",
      "3",
      OPS,
    ),
    line(
      "labor",
      ["客服", "Customer service"],
      ["1 人 × 3 月 × 6,000 元", "1 person × 3 months × 6,000"],
      "1",
      "6000",
      "3",
      OPS,
    ),
    line(
      "labor",
      ["内容编辑", "Content editor"],
      ["兼职 1 人 × 3 月 × 4,000 元", "1 part-time person × 3 months × 4,000"],
      "1",
      "4000",
      "3",
      MKT,
    ),
    line(
      "fulfillment",
      ["实物奖品寄送", "Prize shipping"],
      ["600 件 × 12 元", "600 parcels × 12"],
      "600",
      "12",
      "1",
      OPS,
    ),
    line(
      "fulfillment",
      ["会员专属服务", "Member service delivered"],
      ["500 名会员 × 70 元 × 3 月", "500 members × 70 × 3 months"],
      "500",
      "70",
      "3",
      OPS,
    ),
    line(
      "admin",
      ["社群月度复盘", "Monthly review"],
      ["3 次 × 2,000 元", "3 reviews × 2,000"],
      "3",
      "2000",
      "1",
      ADMIN,
    ),
    line(
      "admin",
      ["办公与差旅", "Office and travel"],
      ["3 个月 × 4,000 元", "3 months × 4,000"],
      "3",
      "4000",
      "1",
      ADMIN,
    ),
  ],
};

/** A one-day product launch event: creative, media, venue, staffing. */
const EVENT: Preset = {
  id: "event",
  name: presetCardTexts.both((m) => m.event.name),
  description: presetCardTexts.both((m) => m.event.description),
  contingencyRate: "0.08",
  goals: { revenue: "1500000", grossMargin: "0.40", cap: "520000" },
  lines: [
    line("benefit", ["到场伴手礼", "Guest gift bags"], ["300 人 × 100 元", "300 guests × 100"], "300", "100", "1", MKT),
    line(
      "benefit",
      ["现场抽奖奖品", "Lucky-draw prizes"],
      ["10 份 × 500 元", "10 prizes × 500"],
      "10",
      "500",
      "1",
      MKT,
    ),
    line(
      "benefit",
      ["首发优惠", "Launch-day discount"],
      ["预计成交 600 单 × 200 元", "600 expected orders × 200"],
      "600",
      "200",
      "1",
      MKT,
    ),
    line(
      "promotion",
      ["主视觉创意设计", "Key visual and creative"],
      ["1 套 × 20,000 元", "1 set × 20,000"],
      "1",
      "20000",
      "1",
      MKT,
    ),
    line(
      "promotion",
      ["宣传视频制作", "Promo video"],
      ["1 条 × 25,000 元", "1 video × 25,000"],
      "1",
      "25000",
      "1",
      MKT,
    ),
    line(
      "promotion",
      ["信息流广告", "In-feed ads"],
      ["800 千次曝光 × 40 元/千次", "800 thousand impressions × 40 per thousand"],
      "800",
      "40",
      "1",
      MKT,
    ),
    line(
      "promotion",
      ["KOL 合作", "KOL partnerships"],
      ["1 位 × 15,000 元", "1 creator × 15,000"],
      "1",
      "15000",
      "1",
      MKT,
    ),
    line(
      "system",
      ["报名小程序", "Registration mini-program"],
      ["1 项 × 12,000 元", "1 build × 12,000"],
      "1",
      "12000",
      "1",
      IT,
    ),
    line(
      "system",
      ["直播技术服务", "Live-stream production"],
      ["1 场 × 15,000 元", "1 stream × 15,000"],
      "1",
      "15000",
      "1",
      IT,
    ),
    line(
      "labor",
      ["现场执行人员", "Event crew"],
      ["15 人 × 2 天 × 1,000 元", "15 people × 2 days × 1,000"],
      "15",
      "1000",
      "2",
      OPS,
    ),
    line("labor", ["主持人", "Host"], ["1 人 × 10,000 元", "1 host × 10,000"], "1", "10000", "1", OPS),
    line(
      "labor",
      ["礼仪与接待", "Hospitality staff"],
      ["10 人 × 2 天 × 600 元", "10 people × 2 days × 600"],
      "10",
      "600",
      "2",
      OPS,
    ),
    line("fulfillment", ["场地租赁", "Venue hire"], ["1 天 × 30,000 元", "1 day × 30,000"], "1", "30000", "1", OPS),
    line(
      "fulfillment",
      ["舞台搭建与设备", "Stage and AV"],
      ["1 套 × 25,000 元", "1 set × 25,000"],
      "1",
      "25000",
      "1",
      OPS,
    ),
    line("fulfillment", ["餐饮茶歇", "Catering"], ["300 人 × 100 元", "300 guests × 100"], "300", "100", "1", OPS),
    line("fulfillment", ["订单交付", "Order delivery"], ["600 单 × 60 元", "600 orders × 60"], "600", "60", "1", OPS),
    line("admin", ["筹备会", "Planning meetings"], ["4 次 × 1,000 元", "4 meetings × 1,000"], "4", "1000", "1", ADMIN),
    line(
      "admin",
      ["差旅住宿", "Travel and lodging"],
      ["8 人次 × 1,500 元", "8 trips × 1,500"],
      "8",
      "1500",
      "1",
      ADMIN,
    ),
  ],
};

const DEALS = 5;
const VISITED = 4;
const REACHED = 1;

/** A line whose quantity is the people at a funnel stage (0 the pool, 1 the first stage…). */
function driven(
  category: LineCategoryKey,
  item: [zh: string, en: string],
  basis: [zh: string, en: string],
  stage: number,
  unitCost: string,
  times: string,
  owner: Text,
): PresetLine {
  return { ...line(category, item, basis, null, unitCost, times, owner), driver: stage };
}

/**
 * The worked example derived from its target: the head-count lines follow the reverse funnel (2,000
 * deals need 2,223 visitors and 101,792 people reached), so its figures differ from the campaign
 * preset's, whose 1,500 visitors are the source's typed guess. Lines for hand-picked groups (WeCom,
 * outbound calls), stores, systems, staff and meetings stay typed.
 */
const CAMPAIGN_FUNNEL: Preset = {
  id: "campaign-funnel",
  name: presetCardTexts.both((m) => m.campaignFunnel.name),
  description: presetCardTexts.both((m) => m.campaignFunnel.description),
  intendedFindings: {
    findings: [{ rule: "roi-below-one" }, { rule: "over-cap" }, ...WORKED_EXAMPLE_SHARES],
    note: presetCardTexts.both((m) => m.campaignFunnel.note),
  },
  contingencyRate: "0.08",
  goals: { revenue: "700000", grossMargin: "0.40", cap: "1300000" },
  funnel: {
    poolName: { zh: "客户池", en: "Customer pool" },
    stages: [
      { name: { zh: "触达", en: "Reached" }, rate: "0.85" },
      { name: { zh: "打开", en: "Opened" }, rate: "0.12" },
      { name: { zh: "预约", en: "Booked" }, rate: "0.28" },
      { name: { zh: "到店", en: "Visited" }, rate: "0.65" },
      { name: { zh: "成交", en: "Deals" }, rate: "0.90" },
    ],
    targetDeals: "2000",
    // 700,000 revenue for 2,000 deals.
    averageOrderValue: "350",
    participationStage: 2,
    conversionStage: 3,
  },
  // The source's plans A–D: 1,500, 2,000 and 3,000 deals, and 1,800 deals at a 500 order value.
  plans: [
    { key: "conservative", targetDeals: "1500" },
    { key: "standard", targetDeals: "2000" },
    { key: "aggressive", targetDeals: "3000" },
    { key: "optimised", targetDeals: "1800", averageOrderValue: "500" },
  ],
  lines: [
    driven(
      "benefit",
      ["折扣让利", "Discount"],
      ["成交人数 × 平均让利 150 元", "deals × 150 average discount"],
      DEALS,
      "150",
      "1",
      MKT,
    ),
    driven(
      "benefit",
      ["到店礼品", "Store-visit gifts"],
      ["到店人数 × 20 元（含物流）", "visitors × 20 (logistics included)"],
      VISITED,
      "20",
      "1",
      MKT,
    ),
    driven(
      "benefit",
      ["免费洗车", "Free car wash"],
      ["到店人数 × 边际成本 15 元", "visitors × 15 marginal cost"],
      VISITED,
      "15",
      "1",
      STORES,
    ),
    driven(
      "promotion",
      ["短信触达", "SMS"],
      ["触达人数 × 2 轮 × 0.10 元/条（按送达计费）", "people reached × 2 rounds × 0.10 per delivered message"],
      REACHED,
      "0.10",
      "2",
      MKT,
    ),
    driven(
      "promotion",
      ["App 推送", "App push"],
      ["触达人数 × 0.02 元/次", "people reached × 0.02 per push"],
      REACHED,
      "0.02",
      "1",
      MKT,
    ),
    line(
      "promotion",
      ["企微触达", "WeCom outreach"],
      [
        "选定 30,000 人 × 30 秒 ÷ 3,600 = 250 小时 × 50 元/小时",
        "30,000 chosen people × 30 s ÷ 3,600 = 250 h × 50 per hour",
      ],
      "250",
      "50",
      "1",
      OPS,
    ),
    line(
      "promotion",
      ["电话外呼", "Outbound calls"],
      ["高价值客户 5,000 人 × 3 元/通", "5,000 high-value customers × 3 per call"],
      "5000",
      "3",
      "1",
      OPS,
    ),
    // Posters, roll-up banners, the three system lines and the two operations staff lines, as typed.
    ...CAMPAIGN.lines.slice(7, 14),
    driven(
      "labor",
      ["门店人员", "Store staff"],
      ["到店人数 × 2 小时 × 50 元/小时", "visitors × 2 h × 50 per hour"],
      VISITED,
      "100",
      "1",
      STORES,
    ),
    driven(
      "fulfillment",
      ["保养服务履约", "Maintenance service delivered"],
      ["成交人数 × 单位履约成本 250 元（配件、材料、工时）", "deals × 250 delivery cost (parts, materials, labor)"],
      DEALS,
      "250",
      "1",
      STORES,
    ),
    // Kickoff, review and travel, as typed.
    ...CAMPAIGN.lines.slice(16),
  ],
};

/**
 * The worked example over time: the same 19 lines and total, spread over three months with its own
 * phasing (see timelinePresets.ts); it is inserted with its phasing sheet and execution report.
 */
const CAMPAIGN_TIMELINE: Preset = {
  ...CAMPAIGN,
  id: "campaign-timeline",
  name: timelineText((m) => m.campaignTimeline.name),
  description: timelineText((m) => m.campaignTimeline.description),
};

const PRESETS: Record<PresetId, Preset> = {
  campaign: CAMPAIGN,
  community: COMMUNITY,
  event: EVENT,
  "campaign-funnel": CAMPAIGN_FUNNEL,
  "campaign-timeline": CAMPAIGN_TIMELINE,
};

export function isPresetId(id: string): id is PresetId {
  return (PRESET_IDS as readonly string[]).includes(id);
}

export function presetById(id: PresetId): Preset {
  return PRESETS[id];
}

function presetFunnel(funnel: PresetFunnel, lang: Lang): Funnel {
  return {
    poolName: funnel.poolName[lang],
    stages: funnel.stages.map((stage) => ({ name: stage.name[lang], rate: new Decimal(stage.rate) })),
    targetDeals: new Decimal(funnel.targetDeals),
    averageOrderValue: new Decimal(funnel.averageOrderValue),
    participationStage: funnel.participationStage,
    conversionStage: funnel.conversionStage,
  };
}

/** A preset as a budget in one language, ready to become a sheet; a funnel's figures are applied. */
export function presetBudget(id: PresetId, lang: Lang): Budget {
  const preset = PRESETS[id];
  const funnel = preset.funnel ? presetFunnel(preset.funnel, lang) : undefined;
  const lines: BudgetLine[] = preset.lines.map((l) => ({
    category: l.category,
    item: l.item[lang],
    basis: l.basis[lang],
    quantity: l.quantity === null ? null : new Decimal(l.quantity),
    unitCost: new Decimal(l.unitCost),
    times: new Decimal(l.times),
    actual: null,
    owner: l.owner[lang],
    note: "",
    ...(funnel && l.driver !== undefined
      ? { driver: l.driver === 0 ? funnel.poolName : funnel.stages[l.driver - 1].name }
      : {}),
  }));
  const budget: Budget = {
    title: preset.name[lang],
    lines,
    contingencyRate: new Decimal(preset.contingencyRate),
    ranges: defaultRanges(),
    goals: {
      revenue: new Decimal(preset.goals.revenue),
      grossMargin: new Decimal(preset.goals.grossMargin),
      cap: new Decimal(preset.goals.cap),
    },
    ...(funnel ? { funnel } : {}),
  };
  return applyFunnel(budget);
}
