/**
 * The words by which a posting says what its company's product is about. Design cases list the
 * domains they fit by these names; a case naming a domain not listed here is matched by the name
 * itself ("legal" by "legal").
 */
const PRODUCT_DOMAINS: Readonly<Record<string, RegExp>> = {
  payments: /\b(payments?|payouts?|card (processing|transactions)|checkout|acquiring|settlement)\b/i,
  fintech: /\b(fintech|financial (services|technology|products)|lending|loans?|credit cards?|neobank)\b/i,
  banking: /\b(bank(s|ing)?|deposits|core banking)\b/i,
  accounting: /\b(accounting|accountants?|bookkeeping|ledgers?|invoic(es|ing)|reconciliation)\b/i,
  insurance: /\b(insurance|insurers?|claims|underwriting|policyholders?)\b/i,
  healthcare:
    /\b(health ?care|clinic(s|al|ians)?|patients?|hospitals?|pharmac(y|ies|ists)|medical records|health plans?)\b/i,
  'e-commerce':
    /\b(e-?commerce|online (shop|store|retail)|shoppers?|baskets?|orders? online|storefronts?)\b/i,
  marketplaces: /\b(marketplaces?|buyers and sellers|two-sided|sellers?)\b/i,
  retail: /\b(retail(ers)?|stores?|grocer(y|ies))\b/i,
  logistics: /\b(logistics|shipments?|shipping|freight|warehouses?|deliver(y|ies)|couriers?|fleets?)\b/i,
  travel: /\b(travel(lers)?|flights?|hotels?|bookings?|trips?)\b/i,
  mobility: /\b(ride[- ]?(hailing|sharing)|bike[- ]sharing|scooters?|drivers and riders|mobility|transit)\b/i,
  maps: /\b(maps?|navigation|routes?|geospatial|location data|offline maps)\b/i,
  media: /\b(media|publish(ers|ing)|news|articles|video|podcasts?)\b/i,
  streaming: /\b(stream(ing)? (video|music|service)|watch(es|ing)? (shows|videos)|live streams?)\b/i,
  music: /\b(music|songs|playlists?|artists)\b/i,
  social: /\b(social (network|app|media)|feeds?|followers|creators?|communit(y|ies) app)\b/i,
  messaging: /\b(messag(es|ing)|chat|SMS|WhatsApp|notifications?|inbox)\b/i,
  gaming: /\b(gam(es|ing)|players?|matchmaking|leaderboards?)\b/i,
  education: /\b(education(al)?|learn(ers|ing platform)|students?|teachers?|schools?|courses?)\b/i,
  legal: /\b(legal|lawyers?|law firms?|contracts?|general counsel)\b/i,
  productivity: /\b(productivity|workspace|notes|docs|calendars?|to-?do)\b/i,
  documents: /\b(documents?|editor|word processing|pdfs?)\b/i,
  collaboration:
    /\b(collaborat(ion|ive) (tool|software|platform|editing)|multiplayer|real[- ]time collaboration|teams work together)\b/i,
  'developer-tools':
    /\b(developer (tools|platform|experience|documentation)|developers use|SDKs?|APIs? for developers|CI\/CD|dev ?tools)\b/i,
  saas: /\b(SaaS|B2B|businesses use|software for (businesses|companies|teams)|enterprise customers)\b/i,
  security: /\b(cyber ?security|security (platform|products?)|identity|fraud|threat detection)\b/i,
  advertising: /\b(advertis(ing|ers)|ad (tech|auctions?|campaigns?)|bids?)\b/i,
  search: /\b(search (engine|results|relevance)|queries|information retrieval)\b/i,
  energy: /\b(energy|utilit(y|ies)|electric(ity)?|grid|batter(y|ies)|solar|oil and gas)\b/i,
  'real-estate': /\b(real estate|property|properties|rentals?|landlords?|tenants?)\b/i,
  hr: /\b(HR|human resources|payroll|benefits platform|employees? (records|data)|workforce)\b/i,
  recruiting: /\b(recruiting|hiring platform|applicant tracking|job seekers?|candidates apply)\b/i,
  food: /\b(food|restaurants?|meals?|grocer(y|ies)|recipes?)\b/i,
  iot: /\b(IoT|connected devices|sensors?|smart home|wearables?|devices in the field)\b/i,
  automotive: /\b(automotive|vehicles?|cars?|electric vehicles|EVs?)\b/i,
  robotics: /\b(robots?|robotics|autonomous (vehicles|forklifts|systems))\b/i,
  'ai-products': /\b(AI (products?|assistants?|features)|LLM[- ]powered|generative AI|foundation models?)\b/i,
  'data-platforms':
    /\b(data (platform|warehouse|cloud|lakehouse)|analytics (platform|product)|business intelligence)\b/i,
  'cloud-infrastructure':
    /\b(cloud (platform|infrastructure|provider)|hosting|compute|data cent(er|re)s|Kubernetes platform)\b/i,
  telecom: /\b(telecom(munications)?|carriers?|mobile networks?|5G)\b/i,
  crypto: /\b(crypto(currency|currencies)?|blockchain|wallets?|web3)\b/i,
  government: /\b(government|public sector|citizens|agencies)\b/i,
  startups: /\b(seed|series [a-c]|founding|early[- ]stage|start-?up)\b/i,
  'scale-ups': /\b(scale-?up|hypergrowth|growing fast|doubl(ed|ing) (the team|headcount|in size))\b/i,
  consumer: /\b(consumers?|millions of (people|users|households|customers)|households)\b/i,
  enterprise: /\b(enterprises?|Fortune 500|large companies)\b/i,
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pattern for a domain name: the vocabulary's, or the name itself with spaces or hyphens. */
export function domainPattern(domain: string): RegExp {
  return (
    PRODUCT_DOMAINS[domain] ?? new RegExp(`\\b${domain.split('-').map(escapeRegExp).join('[- ]')}s?\\b`, 'i')
  );
}
