/**
 * Deterministic, realistic-ish English for the large-source and search scenarios: function words, a
 * Zipf-distributed general policy vocabulary, topic vocabularies (a few real words each plus invented
 * ones, so a topic's words are frequent in its documents and absent elsewhere), a long tail of
 * invented words any document may use, and named entities. About 5,000 distinct words in all.
 */

/** mulberry32: small, fast and reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
export const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
export const between = (r: Random, min: number, max: number) => min + Math.floor(r() * (max - min + 1));

const FUNCTION_WORDS = (
  "the of and to in a that is for on with as by it was be are its from has have at this which or an not but their they " +
  "more than will would also been were can other such into over between after while these both most only through under " +
  "about because where when could may those some any each new"
).split(" ");

/** Most frequent first: development is in every document, infrastructure in nearly every one. */
const GENERAL = (
  "development government policy country economic infrastructure investment regional support growth project cooperation " +
  "national public financial trade capacity assistance partners security energy agreement programme market sector " +
  "strategic relations budget reform debt loans standards access rural social local private institutions technical " +
  "export costs agency officials ministry plan framework priorities dialogue stability transport commitments analysis " +
  "population evidence governance resources funding credit region review influence outcomes risks balance report " +
  "services projects agencies programmes initiatives financing partnership leaders summit interests commercial " +
  "domestic international bilateral multilateral maritime environmental health education training industry workers " +
  "production households poverty income prices inflation currency reserves exports imports tariffs supply demand " +
  "networks corridors connectivity integration diplomacy negotiations consultations declaration communique statement " +
  "parliament election constitution courts law regulation enforcement transparency accountability corruption " +
  "procurement contracts concessions tenders bids companies investors enterprises state-owned banks lenders creditors " +
  "borrowers grants concessional terms interest repayment restructuring arrears default sovereign fiscal monetary " +
  "revenue taxation spending deficit surplus forecast estimate figures data survey census indicators targets goals " +
  "strategy vision roadmap timeline phase pilot expansion scale impact assessment monitoring evaluation lessons " +
  "experience practice approach model mechanism platform forum council committee secretariat delegation embassy " +
  "visit meeting talks memorandum understanding protocol treaty alliance neighbours competition rivalry pressure " +
  "leverage dependence autonomy sovereignty resilience vulnerability shocks crisis recovery adjustment transition " +
  "modernisation industrialisation urbanisation migration labour skills employment wages productivity technology " +
  "digital innovation research universities scholarships volunteers communities villages provinces districts " +
  "cities capital border upstream downstream river basin land forests agriculture rice fisheries food water " +
  "electricity grid transmission generation capacity tariff utilities operators maintenance construction contractors"
).split(" ");

/** Topic vocabularies: real anchor words; each topic is padded with invented words at build time. */
const TOPIC_ANCHORS = [
  "railway railways rail freight stations locomotives tracks passengers logistics terminal rolling-stock gauge",
  "airport airports aviation runway terminals airlines flights cargo passengers expansion tower apron",
  "hydropower dams reservoirs turbines megawatts cascade sediment spillway resettlement catchment flows",
  "mines unexploded ordnance clearance bombs casualties survivors deminers contamination ordnance-free",
  "schools teachers curriculum pupils literacy classrooms textbooks enrolment examinations graduates",
  "hospitals clinics nurses vaccines maternal malaria outbreak diagnostics pharmacies surgeons",
  "minerals copper gold potash bauxite smelter tailings mining-licences royalties extraction",
  "tourism visitors heritage temples hotels guesthouses festivals trekking souvenirs itineraries",
  "coffee plantations bananas cassava rubber smallholders cooperatives harvest fertiliser irrigation",
  "bonds yields rating downgrade bondholders liquidity swap refinancing maturities coupon",
  "navy patrols coastguard exercises submarines drills interoperability deterrence garrison",
  "broadband satellites cables fibre telecoms spectrum data-centres cybersecurity e-government",
] as const;

const ENTITIES = (
  "Vientiane|Luang Prabang|Savannakhet|Champasak|Xieng Khouang|Bolikhamxay|Attapeu|Kunming|Bangkok|Hanoi|Tokyo|Beijing|" +
  "Phnom Penh|Mekong River Commission|Asian Development Bank|World Bank|International Monetary Fund|JICA|ASEAN|" +
  "Lancang-Mekong Cooperation|Belt and Road Initiative|Laos-China Railway|Nam Theun 2|Xayaburi Dam|Wattay International Airport|" +
  "Sonexay Siphandone|Shigeru Ishiba|Thongloun Sisoulith|Xi Jinping|Fumio Kishida|Electricite du Laos|Bank of the Lao PDR|" +
  "National Assembly|Lao People's Revolutionary Party|Ministry of Foreign Affairs|Ministry of Finance|Japan-Mekong Initiative|" +
  "Greater Mekong Subregion|Quad|Comprehensive Strategic Partnership|Official Development Assistance|Chatham House|ISEAS"
).split("|");

const SYLLABLES = "ba ko ri ten sal mo vin dra lu pes ther gan ol cor mi nal fu sta quen bro dis el tor va rem ph ix ont jur lea".split(" ");

function inventWords(r: Random, count: number, taken: Set<string>): string[] {
  const words: string[] = [];
  while (words.length < count) {
    let w = "";
    for (let s = between(r, 2, 3); s > 0; s--) w += pick(r, SYLLABLES);
    w += pick(r, ["", "", "al", "ic", "ery", "ation", "ist", "ive", "ment", "ous"]);
    if (w.length >= 5 && !taken.has(w)) {
      taken.add(w);
      words.push(w);
    }
  }
  return words;
}

/** A Zipf sampler over `words` (the first most frequent). */
function zipf(words: readonly string[], s = 1.05): (r: Random) => string {
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < words.length; i++) cumulative.push((total += 1 / Math.pow(i + 1, s)));
  return (r) => {
    const x = r() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo]!;
  };
}

const vocabularyRandom = rng(20250414);
const taken = new Set([...FUNCTION_WORDS, ...GENERAL, ...TOPIC_ANCHORS.flatMap((t) => t.split(" "))]);
const TOPICS = TOPIC_ANCHORS.map((anchors) => [...anchors.split(" "), ...inventWords(vocabularyRandom, 200, taken)]);
/** The long tail: words any document may use once or twice. */
const TAIL = inventWords(vocabularyRandom, 2000, taken);
const general = zipf(GENERAL);
const tail = zipf(TAIL, 0.5);
const topicSamplers = TOPICS.map((words) => zipf(words, 0.9));
export const TOPIC_COUNT = TOPICS.length;
export const VOCABULARY_SIZE = taken.size + ENTITIES.length;

/** Writes one document's sentences: its topics make some words frequent in it and absent from others. */
export class Writer {
  words = 0;
  private readonly topics: ((r: Random) => string)[];

  constructor(
    readonly r: Random,
    topics: number[],
    /** Phrases to slip in now and then, e.g. "quality infrastructure". */
    private readonly phrases: { text: string; perSentence: number }[] = [],
  ) {
    this.topics = topics.map((t) => topicSamplers[t % topicSamplers.length]!);
  }

  /** 8–30 words, capitalised and ending with a full stop. */
  sentence(): string {
    const { r } = this;
    const out: string[] = [];
    for (let n = between(r, 8, 30); n > 0; n--) {
      const x = r();
      if (x < 0.42) out.push(pick(r, FUNCTION_WORDS));
      else if (x < 0.72) out.push(general(r));
      else if (x < 0.89) out.push(pick(r, this.topics)(r));
      else if (x < 0.97) out.push(tail(r));
      else out.push(pick(r, ENTITIES));
      if (n > 3 && r() < 0.06) out[out.length - 1] += ",";
    }
    for (const p of this.phrases) if (r() < p.perSentence) out.splice(between(r, 1, out.length - 1), 0, p.text);
    let text = out.join(" ");
    this.words += text.split(" ").length;
    text = text.charAt(0).toUpperCase() + text.slice(1);
    return text.replace(/,$/, "") + ".";
  }

  paragraph(min = 3, max = 7): string {
    const sentences: string[] = [];
    for (let n = between(this.r, min, max); n > 0; n--) sentences.push(this.sentence());
    return sentences.join(" ");
  }

  /** A title-cased phrase, for headings and cited titles. */
  title(min = 3, max = 7): string {
    const words: string[] = [];
    for (let n = between(this.r, min, max); n > 0; n--) words.push(this.r() < 0.7 ? general(this.r) : pick(this.r, this.topics)(this.r));
    return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ");
  }
}
