/**
 * Static tables for the synthetic world: jurisdictions with their legal forms, currencies and
 * naming conventions, person names by region (with native scripts and their Latin
 * transliterations), company-name words, director roles and public-body names.
 *
 * The lists are written for this benchmark. Names are common given names and surnames and
 * invented brands; any resemblance to a real company is accidental. Weights are rough shares of
 * incorporations in a cross-border corporate world, not statistics.
 */

/** Language of the words in a company name; `ru`, `el`, `he` and `zh` have a native script. */
export type Lang = 'en' | 'de' | 'fr' | 'es' | 'pt' | 'it' | 'nl' | 'ru' | 'el' | 'he' | 'zh';

/** Where a person's names come from. */
export type Region =
  | 'en'
  | 'de'
  | 'fr'
  | 'es'
  | 'pt'
  | 'it'
  | 'nl'
  | 'nordic'
  | 'pl'
  | 'ru'
  | 'el'
  | 'he'
  | 'zh'
  | 'ja'
  | 'ko'
  | 'ar'
  | 'tr'
  | 'in'
  | 'af'
  | 'sea';

/** A jurisdiction (ISO 3166-1 alpha-2, lower case, as FtM writes countries). */
export interface Country {
  readonly code: string;
  /** Relative share of incorporations. */
  readonly weight: number;
  /** Key into LEGAL_FORMS. */
  readonly forms: string;
  readonly lang: Lang;
  readonly region: Region;
}

// code, weight, legal-form family, word language, person-name region.
const COUNTRY_ROWS = `
gb 60 uk en en|ie 15 ie en en|us 80 us en en|ca 10 ca en en|au 8 au en en|nz 2 cw en en
za 4 za en af|ky 12 offshore en en|vg 15 offshore en en|bm 5 offshore en en|bs 3 offshore en en
bz 2 offshore en en|sc 2 offshore en en|ai 0.5 offshore en en|tc 0.5 offshore en en
ag 0.3 offshore en en|dm 0.2 offshore en en|gd 0.2 offshore en en|kn 0.5 offshore en en
lc 0.3 offshore en en|vc 0.3 offshore en en|ws 0.5 offshore en en|vu 0.5 offshore en en
mh 1 offshore en en|nr 0.1 offshore en en|ki 0.1 offshore en en|tv 0.1 offshore en en
to 0.1 offshore en en|sb 0.1 offshore en en|pw 0.1 offshore en en|fm 0.1 offshore en en
je 6 crown en en|gg 4 crown en en|im 3 crown en en|gi 2 crown en en|mt 6 cw en en|cy 15 cw en el
ng 3 cw en af|ke 2 cw en af|gh 1 cw en af|ug 0.5 cw en af|tz 0.5 cw en af|zm 0.4 cw en af
zw 0.4 cw en af|mw 0.2 cw en af|bw 0.5 za en af|na 0.3 za en af|ls 0.1 za en af|sz 0.1 za en af
sl 0.2 cw en af|gm 0.1 cw en af|lr 0.3 cw en af|jm 0.5 cw en en|tt 0.5 cw en en|gy 0.2 cw en en
bb 1 cw en en|fj 0.2 cw en en|pg 0.2 cw en en|bn 0.3 my en sea|et 0.4 cw en af|er 0.05 cw en af
so 0.1 cw en af|rw 0.4 cw en af|mu 3 cw en in|ss 0.1 cw en af
in 10 in en in|pk 2 sasia en in|bd 1 sasia en in|lk 0.8 sasia en in|np 0.3 sasia en in
bt 0.1 sasia en in|mv 0.2 sasia en in|sg 12 sg en zh|my 4 my en sea|hk 12 hk zh zh|mo 1 mo zh zh
cn 20 cn zh zh|tw 4 tw zh zh|jp 8 jp en ja|kr 6 kr en ko|kp 0.05 seasia en ko
de 35 de de de|at 6 at de de|ch 18 ch de de|li 3 li de de|nl 25 nl nl nl|be 6 be nl fr
lu 20 lu fr fr|fr 25 fr fr fr|mc 2 mc fr fr|sn 0.5 franco fr af|ci 0.5 franco fr af
cm 0.4 franco fr af|ml 0.2 franco fr af|bf 0.2 franco fr af|ne 0.1 franco fr af|tg 0.2 franco fr af
bj 0.2 franco fr af|ga 0.2 franco fr af|cg 0.2 franco fr af|cd 0.3 franco fr af|cf 0.1 franco fr af
td 0.1 franco fr af|gn 0.2 franco fr af|mg 0.2 franco fr af|dj 0.2 franco fr af|km 0.1 franco fr af
ht 0.2 franco fr fr|bi 0.1 franco fr af|ma 1 maghreb fr ar|tn 0.8 maghreb fr ar|dz 0.8 maghreb fr ar
mr 0.1 maghreb fr ar|es 12 es es es|mx 5 mx es es|ar 3 latam es es|co 3 co es es|cl 3 cl es es
pe 2 pe es es|ve 1 latam es es|ec 1 latam es es|uy 1 latam es es|py 0.5 latam es es|bo 0.5 latam es es
cr 1 latam es es|gt 0.5 latam es es|hn 0.4 latam es es|sv 0.4 latam es es|ni 0.3 latam es es
do 0.6 latam es es|cu 0.2 latam es es|pa 4 latam es es|pr 1 us en es|gq 0.2 latam es af
pt 4 pt pt pt|br 6 br pt pt|ao 0.5 luso pt af|mz 0.3 luso pt af|cv 0.1 luso pt af|gw 0.1 luso pt af
st 0.1 luso pt af|tl 0.1 luso pt pt|it 15 it it it|sm 0.3 it it it|se 6 se en nordic|no 4 no en nordic
dk 5 dk en nordic|fi 4 fi en nordic|is 1 is en nordic|pl 6 pl en pl|cz 4 cz en pl|sk 2 cz en pl
hu 3 hu en pl|ro 3 ro en pl|md 0.5 ro en pl|si 1 yu en pl|hr 1 yu en pl|ba 0.5 yu en pl|rs 1.5 yu en pl
me 0.5 yu en pl|mk 0.5 mk en pl|al 0.5 al en pl|xk 0.2 al en pl|ee 2 ee en nordic|lv 1.5 lv en pl
lt 1.5 lt en pl|ru 15 ru ru ru|by 2 by ru ru|kz 3 kz ru ru|ua 4 ua ru ru|bg 3 bg ru ru
kg 0.3 casia en ru|tj 0.2 casia en ru|uz 0.8 casia en ru|tm 0.2 casia en ru|am 0.8 cauc en ru
az 1 cauc en ru|ge 1 cauc en ru|gr 4 gr el el|il 20 il he he|tr 5 tr en tr|ae 12 ae en ar
sa 4 gulf en ar|qa 2 gulf en ar|bh 2 gulf en ar|kw 1 gulf en ar|om 1 gulf en ar|eg 3 eg en ar
lb 1 lb fr ar|jo 1 arab en ar|iq 0.5 arab en ar|sy 0.3 arab en ar|ye 0.2 arab en ar|ly 0.3 arab en ar
sd 0.2 arab en ar|ps 0.2 arab en ar|ir 1 ir en ar|af 0.2 arab en ar|id 4 id en sea|th 3 th en sea
vn 3 vn en sea|ph 3 ph en es|kh 0.3 seasia en sea|la 0.2 seasia en sea|mm 0.3 seasia en sea
mn 0.3 mn en ru|cw 0.5 nl nl nl|aw 0.3 nl nl nl|sr 0.2 nl nl nl|ad 0.5 es es es|ls 0.1 za en af
`;

function parseCountries(rows: string): Country[] {
  const seen = new Set<string>();
  const out: Country[] = [];
  for (const row of rows.split(/[|\n]/)) {
    const [code, weight, forms, lang, region] = row.trim().split(/\s+/);
    if (!code || !weight || !forms || !lang || !region || seen.has(code)) continue;
    seen.add(code);
    out.push({ code, weight: Number(weight), forms, lang: lang as Lang, region: region as Region });
  }
  return out;
}

/** Every jurisdiction of the world (about 200), in a fixed order. */
export const COUNTRIES: readonly Country[] = parseCountries(COUNTRY_ROWS);

/** Where holding companies and intermediate holdings tend to sit, with weights. */
export const HOLDING_JURISDICTIONS: ReadonlyArray<readonly [string, number]> = [
  ['lu', 20],
  ['nl', 18],
  ['cy', 14],
  ['gb', 12],
  ['vg', 12],
  ['ky', 12],
  ['us', 10],
  ['ie', 8],
  ['ch', 8],
  ['mt', 6],
  ['je', 5],
  ['sg', 5],
  ['hk', 5],
  ['ae', 4],
  ['de', 4],
  ['gg', 3],
  ['bm', 3],
  ['mu', 3],
  ['pa', 3],
  ['il', 3],
  ['im', 2],
  ['li', 2],
  ['bs', 1],
  ['sc', 1],
];

/** Private-equity fund domiciles. */
export const FUND_JURISDICTIONS: ReadonlyArray<readonly [string, number]> = [
  ['ky', 25],
  ['lu', 25],
  ['us', 20],
  ['gb', 10],
  ['je', 6],
  ['gg', 5],
  ['ie', 5],
  ['nl', 2],
  ['ca', 1],
  ['sg', 1],
];

/** Where fund managers (general partners) are incorporated. */
export const MANAGER_JURISDICTIONS: ReadonlyArray<readonly [string, number]> = [
  ['us', 30],
  ['gb', 25],
  ['fr', 6],
  ['de', 6],
  ['se', 5],
  ['il', 5],
  ['ch', 4],
  ['nl', 4],
  ['lu', 3],
  ['ca', 3],
  ['dk', 2],
  ['es', 2],
  ['it', 2],
  ['hk', 2],
  ['sg', 2],
  ['au', 2],
  ['jp', 1],
];

/** Where limited partners (pension funds, insurers, endowments …) sit. */
export const INVESTOR_JURISDICTIONS: ReadonlyArray<readonly [string, number]> = [
  ['us', 25],
  ['gb', 10],
  ['nl', 10],
  ['ca', 8],
  ['de', 6],
  ['ch', 6],
  ['dk', 5],
  ['se', 5],
  ['au', 5],
  ['no', 4],
  ['jp', 4],
  ['fr', 4],
  ['fi', 3],
  ['ae', 3],
  ['kr', 2],
  ['sg', 2],
  ['sa', 2],
  ['qa', 1],
  ['be', 1],
  ['at', 1],
  ['ie', 1],
  ['nz', 1],
  ['za', 1],
  ['br', 1],
  ['cl', 1],
];

/** Jurisdictions FtM tags `corp.offshore` here. */
export const OFFSHORE = new Set(
  'ky vg bm bs bz sc ai tc ag dm gd kn lc vc ws vu mh nr ki tv to sb pw fm je gg im gi pa li mu'.split(' '),
);

/** A legal form: its abbreviation, its native-script form, and whether it precedes the name. */
export interface LegalForm {
  readonly latin: string;
  /** The form in the jurisdiction's own script, where that is not Latin. */
  readonly native?: string;
  readonly prefix?: boolean;
  /** The spelled-out form, for FtM's `legalForm`. */
  readonly full?: string;
  readonly weight: number;
}

const lf = (latin: string, weight: number, full?: string, native?: string, prefix?: boolean): LegalForm => ({
  latin,
  weight,
  ...(full === undefined ? {} : { full }),
  ...(native === undefined ? {} : { native }),
  ...(prefix === undefined ? {} : { prefix }),
});

/** Legal forms by family (the third column of the country table). */
export const LEGAL_FORMS: Readonly<Record<string, readonly LegalForm[]>> = {
  uk: [
    lf('Limited', 5, 'Private limited company'),
    lf('Ltd', 5),
    lf('PLC', 1, 'Public limited company'),
    lf('LLP', 1),
  ],
  ie: [
    lf('Limited', 5, 'Private company limited by shares'),
    lf('DAC', 2, 'Designated activity company'),
    lf('PLC', 1),
  ],
  us: [
    lf('Inc.', 5, 'Corporation'),
    lf('LLC', 6, 'Limited liability company'),
    lf('Corp.', 2),
    lf('L.P.', 1),
  ],
  ca: [lf('Inc.', 5), lf('Ltd.', 3), lf('Corp.', 2)],
  offshore: [
    lf('Ltd', 5),
    lf('Limited', 5, 'Business company'),
    lf('Inc.', 2),
    lf('Corp.', 1),
    lf('L.P.', 1),
  ],
  crown: [lf('Limited', 6, 'Company limited by shares'), lf('Ltd', 3)],
  cw: [lf('Limited', 6), lf('Ltd', 4)],
  au: [lf('Pty Ltd', 8, 'Proprietary limited company'), lf('Limited', 2)],
  za: [lf('(Pty) Ltd', 8, 'Private company'), lf('Ltd', 2)],
  in: [lf('Private Limited', 6, 'Private limited company'), lf('Pvt. Ltd.', 3), lf('Limited', 1)],
  sasia: [lf('(Private) Limited', 5), lf('Pvt. Ltd.', 4), lf('Limited', 1)],
  sg: [lf('Pte. Ltd.', 8, 'Private company limited by shares'), lf('Ltd.', 1)],
  my: [lf('Sdn. Bhd.', 8, 'Sendirian Berhad'), lf('Berhad', 1)],
  hk: [lf('Limited', 8, 'Private company limited by shares', '有限公司')],
  mo: [lf('Limitada', 5, 'Sociedade por quotas', '有限公司')],
  cn: [
    lf('Co., Ltd.', 8, 'Limited liability company', '有限公司'),
    lf('Co., Ltd.', 2, 'Joint-stock limited company', '股份有限公司'),
  ],
  tw: [
    lf('Co., Ltd.', 8, 'Company limited by shares', '股份有限公司'),
    lf('Ltd.', 2, 'Limited company', '有限公司'),
  ],
  jp: [lf('K.K.', 6, 'Kabushiki kaisha'), lf('Co., Ltd.', 3), lf('G.K.', 1, 'Godo kaisha')],
  kr: [lf('Co., Ltd.', 7), lf('Inc.', 3)],
  de: [
    lf('GmbH', 10, 'Gesellschaft mit beschränkter Haftung'),
    lf('AG', 2, 'Aktiengesellschaft'),
    lf('GmbH & Co. KG', 2, 'Kommanditgesellschaft'),
    lf('UG (haftungsbeschränkt)', 1),
    lf('SE', 0.3, 'Societas Europaea'),
  ],
  at: [lf('GmbH', 8, 'Gesellschaft mit beschränkter Haftung'), lf('AG', 2, 'Aktiengesellschaft')],
  ch: [lf('AG', 6, 'Aktiengesellschaft'), lf('GmbH', 4), lf('SA', 3, 'Société anonyme'), lf('Sàrl', 1)],
  li: [lf('AG', 5), lf('Anstalt', 3), lf('Establishment', 1)],
  nl: [lf('B.V.', 9, 'Besloten vennootschap'), lf('N.V.', 1, 'Naamloze vennootschap')],
  be: [
    lf('NV', 3, 'Naamloze vennootschap'),
    lf('BV', 4),
    lf('SRL', 3, 'Société à responsabilité limitée'),
    lf('SA', 2),
  ],
  lu: [
    lf('S.à r.l.', 8, 'Société à responsabilité limitée'),
    lf('S.A.', 4, 'Société anonyme'),
    lf('SCSp', 1, 'Société en commandite spéciale'),
    lf('S.C.A.', 1),
  ],
  fr: [
    lf('SAS', 6, 'Société par actions simplifiée'),
    lf('SA', 2, 'Société anonyme'),
    lf('SARL', 4),
    lf('SASU', 1),
  ],
  mc: [lf('SAM', 5, 'Société anonyme monégasque'), lf('SARL', 3)],
  franco: [lf('SARL', 6, 'Société à responsabilité limitée'), lf('S.A.', 3), lf('SAS', 1)],
  maghreb: [lf('SARL', 6), lf('S.A.', 3)],
  es: [lf('S.L.', 7, 'Sociedad limitada'), lf('S.A.', 3, 'Sociedad anónima'), lf('S.L.U.', 1)],
  latam: [lf('S.A.', 6, 'Sociedad anónima'), lf('S.R.L.', 3), lf('Ltda.', 1)],
  mx: [
    lf('S.A. de C.V.', 6, 'Sociedad anónima de capital variable'),
    lf('S. de R.L. de C.V.', 3),
    lf('S.A.P.I. de C.V.', 1),
  ],
  co: [lf('S.A.S.', 6, 'Sociedad por acciones simplificada'), lf('Ltda.', 2), lf('S.A.', 2)],
  cl: [lf('SpA', 5, 'Sociedad por acciones'), lf('S.A.', 3), lf('Ltda.', 2)],
  pe: [lf('S.A.C.', 6, 'Sociedad anónima cerrada'), lf('S.R.L.', 2), lf('S.A.', 2)],
  pt: [lf('Lda.', 7, 'Sociedade por quotas'), lf('S.A.', 3), lf('Unipessoal Lda.', 1)],
  br: [lf('Ltda.', 7, 'Sociedade limitada'), lf('S.A.', 3, 'Sociedade anônima')],
  luso: [lf('Lda.', 7), lf('S.A.', 3)],
  it: [
    lf('S.r.l.', 7, 'Società a responsabilità limitata'),
    lf('S.p.A.', 3, 'Società per azioni'),
    lf('S.a.s.', 1),
  ],
  se: [lf('AB', 10, 'Aktiebolag')],
  no: [lf('AS', 8, 'Aksjeselskap'), lf('ASA', 2, 'Allmennaksjeselskap')],
  dk: [lf('ApS', 6, 'Anpartsselskab'), lf('A/S', 4, 'Aktieselskab')],
  fi: [lf('Oy', 8, 'Osakeyhtiö'), lf('Oyj', 1, 'Julkinen osakeyhtiö'), lf('Ab', 1)],
  is: [lf('ehf.', 7, 'Einkahlutafélag'), lf('hf.', 3, 'Hlutafélag')],
  pl: [lf('sp. z o.o.', 8, 'Spółka z ograniczoną odpowiedzialnością'), lf('S.A.', 2, 'Spółka akcyjna')],
  cz: [lf('s.r.o.', 8, 'Společnost s ručením omezeným'), lf('a.s.', 2, 'Akciová společnost')],
  hu: [lf('Kft.', 7, 'Korlátolt felelősségű társaság'), lf('Zrt.', 2), lf('Nyrt.', 1)],
  ro: [lf('S.R.L.', 8, 'Societate cu răspundere limitată'), lf('S.A.', 2)],
  yu: [lf('d.o.o.', 8, 'Društvo s ograničenom odgovornošću'), lf('d.d.', 2), lf('a.d.', 1)],
  mk: [lf('DOOEL', 5), lf('DOO', 5)],
  al: [lf('Sh.p.k.', 8, 'Shoqëri me përgjegjësi të kufizuar'), lf('Sh.a.', 2)],
  ee: [lf('OÜ', 8, 'Osaühing'), lf('AS', 2, 'Aktsiaselts')],
  lv: [lf('SIA', 8, 'Sabiedrība ar ierobežotu atbildību'), lf('AS', 2)],
  lt: [lf('UAB', 8, 'Uždaroji akcinė bendrovė'), lf('AB', 2)],
  ru: [
    lf('OOO', 8, 'Obshchestvo s ogranichennoy otvetstvennostyu', 'ООО', true),
    lf('AO', 2, 'Aktsionernoye obshchestvo', 'АО', true),
    lf('PAO', 1, 'Publichnoye aktsionernoye obshchestvo', 'ПАО', true),
  ],
  by: [
    lf('OOO', 7, undefined, 'ООО', true),
    lf('OAO', 2, undefined, 'ОАО', true),
    lf('ZAO', 1, undefined, 'ЗАО', true),
  ],
  kz: [lf('TOO', 8, undefined, 'ТОО', true), lf('AO', 2, undefined, 'АО', true)],
  ua: [lf('TOV', 8, undefined, 'ТОВ', true), lf('PrAT', 2, undefined, 'ПрАТ', true)],
  bg: [lf('EOOD', 6, undefined, 'ЕООД'), lf('OOD', 3, undefined, 'ООД'), lf('AD', 1, undefined, 'АД')],
  casia: [lf('LLC', 7), lf('JSC', 3)],
  cauc: [lf('LLC', 7), lf('CJSC', 2), lf('OJSC', 1)],
  gr: [
    lf('A.E.', 5, 'Anonymi Etaireia', 'Α.Ε.'),
    lf('E.P.E.', 3, 'Etaireia Periorismenis Efthinis', 'Ε.Π.Ε.'),
    lf('I.K.E.', 2, 'Idiotiki Kefalaiouchiki Etaireia', 'Ι.Κ.Ε.'),
  ],
  il: [lf('Ltd.', 10, 'Private company limited by shares', 'בע"מ')],
  tr: [lf('A.Ş.', 5, 'Anonim Şirketi'), lf('Ltd. Şti.', 5, 'Limited Şirketi')],
  ae: [lf('LLC', 5), lf('FZE', 3, 'Free Zone Establishment'), lf('FZ-LLC', 2), lf('FZCO', 1)],
  gulf: [lf('LLC', 4), lf('W.L.L.', 4, 'With limited liability'), lf('S.P.C.', 1)],
  eg: [lf('S.A.E.', 5, 'Egyptian joint stock company'), lf('LLC', 5)],
  lb: [lf('S.A.L.', 6, 'Société anonyme libanaise'), lf('S.A.R.L.', 4)],
  arab: [lf('LLC', 7), lf('Co.', 3)],
  ir: [lf('PJSC', 3), lf('Private Joint Stock Co.', 5), lf('Co.', 2)],
  id: [lf('PT', 10, 'Perseroan Terbatas', undefined, true)],
  th: [lf('Co., Ltd.', 8), lf('Public Company Limited', 1)],
  vn: [lf('Co., Ltd.', 6), lf('JSC', 4)],
  ph: [lf('Inc.', 7), lf('Corporation', 3)],
  seasia: [lf('Co., Ltd.', 10)],
  mn: [lf('LLC', 10)],
};

/** ISO 4217 currency by jurisdiction (USD where not listed). */
export function currencyOf(code: string): string {
  return CURRENCIES.get(code) ?? 'USD';
}

const CURRENCIES = new Map<string, string>([
  ...'at be hr cy ee fi fr de gr ie it lv lt lu mt nl pt sk si es mc sm me xk ad'
    .split(' ')
    .map((c) => [c, 'EUR'] as const),
  ...'gb im je gg gi'.split(' ').map((c) => [c, 'GBP'] as const),
  ...'ch li'.split(' ').map((c) => [c, 'CHF'] as const),
  ...Object.entries({
    ca: 'CAD',
    au: 'AUD',
    nz: 'NZD',
    jp: 'JPY',
    cn: 'CNY',
    hk: 'HKD',
    sg: 'SGD',
    in: 'INR',
    ru: 'RUB',
    ua: 'UAH',
    il: 'ILS',
    ae: 'AED',
    sa: 'SAR',
    tr: 'TRY',
    br: 'BRL',
    mx: 'MXN',
    za: 'ZAR',
    se: 'SEK',
    no: 'NOK',
    dk: 'DKK',
    pl: 'PLN',
    cz: 'CZK',
    hu: 'HUF',
    ro: 'RON',
    bg: 'BGN',
    kr: 'KRW',
    tw: 'TWD',
    my: 'MYR',
    th: 'THB',
    id: 'IDR',
    ph: 'PHP',
    vn: 'VND',
    eg: 'EGP',
    ng: 'NGN',
    ke: 'KES',
    ar: 'ARS',
    cl: 'CLP',
    co: 'COP',
    pe: 'PEN',
    qa: 'QAR',
    kw: 'KWD',
    bh: 'BHD',
    om: 'OMR',
    kz: 'KZT',
    ky: 'KYD',
    bm: 'BMD',
    ma: 'MAD',
    pk: 'PKR',
    bd: 'BDT',
  }),
]);

/** Four-character prefixes of LEI issuers (LOUs). */
export const LEI_PREFIXES: readonly string[] = [
  '5493',
  '2138',
  '5299',
  '9695',
  '8156',
  '3912',
  '7245',
  '2549',
  '9845',
  '3157',
];

/** Words of a company name by language: sector words (operating companies). */
export const SECTOR_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  en: [
    'Systems',
    'Technologies',
    'Security',
    'Analytics',
    'Intelligence',
    'Networks',
    'Solutions',
    'Communications',
    'Software',
    'Labs',
    'Defence',
    'Telecom',
    'Data',
    'Services',
    'Engineering',
    'Consulting',
    'Electronics',
    'Cyber',
    'Digital',
    'Vision',
    'Forensics',
    'Research',
  ],
  de: [
    'Systeme',
    'Technologie',
    'Sicherheitstechnik',
    'Datentechnik',
    'Nachrichtentechnik',
    'Elektronik',
    'Beratung',
    'Software',
  ],
  fr: [
    'Systèmes',
    'Technologies',
    'Sécurité',
    'Réseaux',
    'Solutions',
    'Ingénierie',
    'Conseil',
    'Électronique',
  ],
  es: [
    'Sistemas',
    'Tecnologías',
    'Seguridad',
    'Redes',
    'Soluciones',
    'Ingeniería',
    'Consultoría',
    'Electrónica',
  ],
  pt: ['Sistemas', 'Tecnologia', 'Segurança', 'Redes', 'Soluções', 'Engenharia', 'Consultoria'],
  it: ['Sistemi', 'Tecnologie', 'Sicurezza', 'Reti', 'Soluzioni', 'Ingegneria', 'Consulenza', 'Elettronica'],
  nl: ['Systemen', 'Technologie', 'Beveiliging', 'Netwerken', 'Oplossingen', 'Advies'],
  ru: [
    'Технологии|Tekhnologii',
    'Системы|Sistemy',
    'Безопасность|Bezopasnost',
    'Связь|Svyaz',
    'Телеком|Telekom',
    'Инжиниринг|Inzhiniring',
  ],
  el: ['Συστήματα|Systimata', 'Τεχνολογίες|Technologies', 'Ασφάλεια|Asfaleia', 'Επικοινωνίες|Epikoinonies'],
  he: ['מערכות|Maarakhot', 'טכנולוגיות|Tekhnologiot', 'תקשורת|Tikshoret', 'אבטחה|Avtakha'],
  zh: [
    '科技|Technology',
    '信息技术|Information Technology',
    '安全技术|Security Technology',
    '通信|Communications',
    '电子|Electronics',
    '网络|Network',
  ],
};

/** Words of a holding company's name by language. */
export const HOLDING_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['Holdings', 'Group', 'Capital', 'Investments', 'International', 'Ventures'],
  de: ['Holding', 'Beteiligungen', 'Gruppe', 'Verwaltung'],
  fr: ['Holding', 'Participations', 'Groupe', 'Investissements'],
  es: ['Holding', 'Inversiones', 'Grupo', 'Participaciones'],
  pt: ['Participações', 'Holding', 'Grupo', 'Investimentos'],
  it: ['Holding', 'Partecipazioni', 'Gruppo', 'Investimenti'],
  nl: ['Holding', 'Beheer', 'Groep', 'Participaties'],
  ru: ['Холдинг|Kholding', 'Инвест|Invest', 'Групп|Grupp', 'Капитал|Kapital'],
  el: ['Συμμετοχών|Symmetochon', 'Επενδύσεις|Ependyseis', 'Όμιλος|Omilos'],
  he: ['החזקות|Akhzakot', 'השקעות|Hashkaot'],
  zh: ['控股|Holdings', '投资|Investment', '集团|Group'],
};

/** Words of an intermediate holding's name (region of the sub-group). */
export const REGION_WORDS: readonly string[] = [
  'Europe',
  'International',
  'Asia Pacific',
  'Middle East',
  'Americas',
  'Africa',
  'Finance',
  'Operations',
  'Nordic',
  'Global',
];

/** Adjectives and nouns for word-based brands (`Blue Harbour`, `Northern Signal`). */
export const BRAND_ADJECTIVES: readonly string[] = [
  'Blue',
  'Northern',
  'Eastern',
  'Western',
  'Silver',
  'Iron',
  'Black',
  'Grey',
  'Red',
  'Bright',
  'Deep',
  'Clear',
  'High',
  'First',
  'Open',
  'Golden',
  'Quiet',
  'Swift',
  'Royal',
  'Global',
];
/** Nouns for word-based brands. */
export const BRAND_NOUNS: readonly string[] = [
  'Harbour',
  'Signal',
  'Atlas',
  'Orion',
  'Vector',
  'Sentinel',
  'Aegis',
  'Helix',
  'Apex',
  'Vertex',
  'Zenith',
  'Meridian',
  'Polaris',
  'Summit',
  'Falcon',
  'Kestrel',
  'Osprey',
  'Cobalt',
  'Onyx',
  'Quartz',
  'Beacon',
  'Granite',
  'Bridge',
  'Gate',
  'Pulse',
  'Echo',
  'Delta',
  'Sigma',
  'Titan',
  'Phoenix',
  'Raven',
  'Lynx',
  'Crown',
  'Star',
  'River',
  'Ridge',
  'Peak',
  'Arrow',
  'Shield',
  'Tower',
];

/** Sectors written in `sector` on operating companies (the surveillance industry and its neighbours). */
export const SECTORS: readonly string[] = [
  'Surveillance technology',
  'Lawful interception',
  'Telecommunications',
  'Defence electronics',
  'Cybersecurity',
  'Data analytics',
  'Software',
  'IT services',
  'Biometrics',
  'Video surveillance',
  'Digital forensics',
  'Network equipment',
  'Consulting',
  'Real estate',
  'Logistics',
];

/** Chinese brand characters with their pinyin. */
export const ZH_BRAND_CHARS: readonly string[] = [
  '华|Hua',
  '信|Xin',
  '通|Tong',
  '安|An',
  '达|Da',
  '中|Zhong',
  '天|Tian',
  '海|Hai',
  '龙|Long',
  '盛|Sheng',
  '联|Lian',
  '创|Chuang',
  '智|Zhi',
  '数|Shu',
  '恒|Heng',
  '宇|Yu',
  '泰|Tai',
  '瑞|Rui',
  '博|Bo',
  '远|Yuan',
  '威|Wei',
  '云|Yun',
  '星|Xing',
  '鼎|Ding',
];

/** Cities that often open Chinese company names, by jurisdiction. */
export const ZH_CITIES: Readonly<Record<string, readonly string[]>> = {
  cn: [
    '北京|Beijing',
    '上海|Shanghai',
    '深圳|Shenzhen',
    '广州|Guangzhou',
    '杭州|Hangzhou',
    '成都|Chengdu',
    '武汉|Wuhan',
    '南京|Nanjing',
  ],
  tw: ['台北|Taipei', '新竹|Hsinchu', '台中|Taichung'],
  hk: ['香港|Hong Kong'],
  mo: ['澳門|Macau'],
};

/** Given names and surnames by region; `native|latin` where the region writes another script, `|f` for feminine given names. */
export const PERSON_NAMES: Readonly<
  Record<Region, { readonly first: readonly string[]; readonly last: readonly string[] }>
> = {
  en: {
    first:
      'James John Robert Michael William David Richard Thomas Mark Paul Sarah Emma Laura Helen Claire Rachel Jennifer Elizabeth Andrew Simon'.split(
        ' ',
      ),
    last: 'Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White Roberts Green Hall Wood Jackson Clarke'.split(
      ' ',
    ),
  },
  de: {
    first:
      'Thomas Michael Andreas Stefan Klaus Jürgen Wolfgang Peter Frank Markus Sabine Petra Monika Claudia Susanne Katrin Anja Ulrike'.split(
        ' ',
      ),
    last: 'Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf Schröder Neumann Zimmermann Braun'.split(
      ' ',
    ),
  },
  fr: {
    first:
      'Jean Pierre Michel Philippe Alain Nicolas François Laurent Éric Olivier Marie Nathalie Isabelle Sylvie Catherine Sophie Céline Valérie'.split(
        ' ',
      ),
    last: 'Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre Michel Garcia David Bertrand Roux Vincent Fournier'.split(
      ' ',
    ),
  },
  es: {
    first:
      'José Antonio Manuel Francisco Juan David Javier Carlos Miguel Alejandro María Carmen Ana Laura Isabel Lucía Marta Elena'.split(
        ' ',
      ),
    last: 'García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno Álvarez Muñoz Romero Navarro Torres'.split(
      ' ',
    ),
  },
  pt: {
    first:
      'João António José Francisco Pedro Paulo Luís Carlos Miguel Rui Maria Ana Beatriz Mariana Inês Juliana Fernanda'.split(
        ' ',
      ),
    last: 'Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho'.split(
      ' ',
    ),
  },
  it: {
    first:
      'Giuseppe Giovanni Antonio Mario Luigi Francesco Marco Alessandro Andrea Roberto Maria Anna Giulia Francesca Chiara Laura Paola'.split(
        ' ',
      ),
    last: 'Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Mancini Costa Giordano Rizzo Lombardi Moretti'.split(
      ' ',
    ),
  },
  nl: {
    first:
      'Jan Pieter Hendrik Willem Johannes Cornelis Gerrit Dirk Sander Bas Anna Maria Sanne Lotte Femke Eva'.split(
        ' ',
      ),
    last: 'Jansen Bakker Janssen Visser Smit Meijer Mulder Bos Vos Peters Hendriks Dekker Brouwer Dijkstra Kok Verhoeven'.split(
      ' ',
    ),
  },
  nordic: {
    first:
      'Lars Anders Johan Erik Per Nils Mikael Henrik Ole Jens Anna Eva Maria Karin Ingrid Kristina Sofia Sara'.split(
        ' ',
      ),
    last: 'Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsen Hansen Jensen Nielsen Pedersen Virtanen Korhonen Lindqvist Berg Dahl Lund Holm Strand'.split(
      ' ',
    ),
  },
  pl: {
    first:
      'Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Jan Anna Katarzyna Maria Małgorzata Agnieszka Petr Jiří Martin'.split(
        ' ',
      ),
    last: 'Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Novák Svoboda Dvořák Černý Horváth Nagy Kovács Popescu Ionescu'.split(
      ' ',
    ),
  },
  ru: {
    first: [
      'Иван|Ivan',
      'Алексей|Aleksey',
      'Дмитрий|Dmitry',
      'Сергей|Sergey',
      'Андрей|Andrey',
      'Михаил|Mikhail',
      'Николай|Nikolay',
      'Владимир|Vladimir',
      'Павел|Pavel',
      'Игорь|Igor',
      'Ольга|Olga|f',
      'Елена|Elena|f',
      'Наталья|Natalya|f',
      'Татьяна|Tatyana|f',
      'Анна|Anna|f',
      'Мария|Maria|f',
      'Юлия|Yulia|f',
      'Ирина|Irina|f',
    ],
    last: [
      'Иванов|Ivanov',
      'Петров|Petrov',
      'Смирнов|Smirnov',
      'Кузнецов|Kuznetsov',
      'Попов|Popov',
      'Соколов|Sokolov',
      'Лебедев|Lebedev',
      'Козлов|Kozlov',
      'Новиков|Novikov',
      'Морозов|Morozov',
      'Волков|Volkov',
      'Васильев|Vasilyev',
      'Зайцев|Zaytsev',
      'Павлов|Pavlov',
      'Голубев|Golubev',
      'Виноградов|Vinogradov',
      'Богданов|Bogdanov',
      'Белов|Belov',
    ],
  },
  el: {
    first: [
      'Γιώργος|Giorgos',
      'Δημήτρης|Dimitris',
      'Κωνσταντίνος|Konstantinos',
      'Νίκος|Nikos',
      'Γιάννης|Giannis',
      'Παναγιώτης|Panagiotis',
      'Βασίλης|Vasilis',
      'Χρήστος|Christos',
      'Μαρία|Maria|f',
      'Ελένη|Eleni|f',
      'Σοφία|Sofia|f',
      'Αναστασία|Anastasia|f',
    ],
    last: [
      'Παπαδόπουλος|Papadopoulos',
      'Παπαδάκης|Papadakis',
      'Γεωργίου|Georgiou',
      'Οικονόμου|Oikonomou',
      'Νικολάου|Nikolaou',
      'Βασιλείου|Vasileiou',
      'Καραγιάννης|Karagiannis',
      'Αντωνίου|Antoniou',
      'Ιωάννου|Ioannou',
      'Δημητρίου|Dimitriou',
    ],
  },
  he: {
    first: [
      'דוד|David',
      'משה|Moshe',
      'יוסף|Yosef',
      'אברהם|Avraham',
      'יעקב|Yaakov',
      'אורי|Uri',
      'עמית|Amit',
      'רון|Ron',
      'איתן|Eitan',
      'שרה|Sarah|f',
      'רחל|Rachel|f',
      'נועה|Noa|f',
      'מיכל|Michal|f',
      'תמר|Tamar|f',
      'יעל|Yael|f',
    ],
    last: [
      'כהן|Cohen',
      'לוי|Levi',
      'מזרחי|Mizrahi',
      'פרץ|Peretz',
      'ביטון|Biton',
      'דהן|Dahan',
      'פרידמן|Friedman',
      'אזולאי|Azoulay',
      'כץ|Katz',
      'שפירא|Shapira',
      'גולן|Golan',
      'ברק|Barak',
      'אשכנזי|Ashkenazi',
    ],
  },
  zh: {
    first: [
      '伟|Wei',
      '芳|Fang|f',
      '娜|Na|f',
      '敏|Min',
      '静|Jing|f',
      '强|Qiang',
      '磊|Lei',
      '军|Jun',
      '洋|Yang',
      '勇|Yong',
      '艳|Yan|f',
      '杰|Jie',
      '涛|Tao',
      '明|Ming',
      '超|Chao',
      '秀英|Xiuying|f',
      '建华|Jianhua',
      '志强|Zhiqiang',
      '海燕|Haiyan|f',
      '晓东|Xiaodong',
    ],
    last: [
      '王|Wang',
      '李|Li',
      '张|Zhang',
      '刘|Liu',
      '陈|Chen',
      '杨|Yang',
      '黄|Huang',
      '赵|Zhao',
      '吴|Wu',
      '周|Zhou',
      '徐|Xu',
      '孙|Sun',
      '马|Ma',
      '朱|Zhu',
      '胡|Hu',
      '郭|Guo',
      '何|He',
      '林|Lin',
      '高|Gao',
      '罗|Luo',
    ],
  },
  ja: {
    first: 'Hiroshi Takashi Kenji Yuki Akira Satoshi Makoto Naoko Yoko Keiko Haruto Sakura'.split(' '),
    last: 'Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada'.split(
      ' ',
    ),
  },
  ko: {
    first: 'Min-jun Seo-yeon Ji-hoon Ji-woo Hyun-woo Soo-jin Dong-hyun Eun-ji Sung-min Ha-eun'.split(' '),
    last: 'Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin'.split(' '),
  },
  ar: {
    first:
      'Mohammed Ahmed Ali Omar Khalid Hassan Youssef Ibrahim Abdullah Saeed Fatima Aisha Mariam Layla Noor Hala'.split(
        ' ',
      ),
    last: 'Al-Farsi Al-Mansouri Haddad Khoury Nasser Hamdan Saleh Aziz Rahman Qureshi Mahmoud El-Sayed Karim Hussein Mansour Darwish'.split(
      ' ',
    ),
  },
  tr: {
    first: 'Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Emre Ayşe Fatma Emine Zeynep Elif'.split(
      ' ',
    ),
    last: 'Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan'.split(
      ' ',
    ),
  },
  in: {
    first: 'Rahul Amit Rajesh Sanjay Vikram Anil Suresh Arjun Priya Anjali Deepa Sunita Kavita Neha'.split(
      ' ',
    ),
    last: 'Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Mehta Shah Rao Joshi Agarwal Banerjee'.split(' '),
  },
  af: {
    first:
      'Oluwaseun Chinedu Kwame Kofi Samuel Joseph Moussa Abdoulaye Grace Amina Fatou Aminata Wanjiru Thandiwe'.split(
        ' ',
      ),
    last: 'Okafor Adeyemi Mensah Boateng Mwangi Otieno Kamau Diallo Traoré Ndiaye Diop Nkosi Dlamini Banda'.split(
      ' ',
    ),
  },
  sea: {
    first: 'Budi Agus Ahmad Somchai Niran Thanh Minh Siti Dewi Nur Anong Lan Hoa'.split(' '),
    last: 'Santoso Wijaya Hidayat Rahayu Saputra Nguyen Tran Le Pham Hoang Srisai Chaiyaporn Rattanakorn'.split(
      ' ',
    ),
  },
};

/** Surname endings for invented surnames, by region (keeps 1M people from sharing a few hundred names). */
export const SURNAME_SUFFIXES: Readonly<Record<Region, readonly string[]>> = {
  en: ['son', 'ton', 'ley', 'ford', 'well'],
  de: ['mann', 'er', 'berg', 'feld', 'hardt'],
  fr: ['et', 'ard', 'ier', 'eau', 'ac'],
  es: ['ez', 'as', 'ado', 'era', 'ero'],
  pt: ['es', 'eira', 'ado', 'elo'],
  it: ['elli', 'ini', 'etti', 'one', 'ucci'],
  nl: ['ink', 'ers', 'huis', 'stra', 'ma'],
  nordic: ['sson', 'sen', 'lund', 'gren', 'dal'],
  pl: ['ski', 'ak', 'ek', 'czyk', 'ova'],
  ru: ['ov', 'ev', 'in', 'enko', 'sky'],
  el: ['opoulos', 'akis', 'idis', 'iou'],
  he: ['el', 'ovitz', 'man', 'i'],
  zh: [],
  ja: ['moto', 'mura', 'kawa', 'yama', 'ta'],
  ko: [],
  ar: ['i', 'awi', 'ani'],
  tr: ['oğlu', 'er', 'can'],
  in: ['ani', 'wal', 'ia', 'an'],
  af: ['ade', 'ula', 'we', 'iru'],
  sea: ['ono', 'anto', 'wati'],
};

/** Board roles by language of the organisation's jurisdiction. */
export const DIRECTOR_ROLES: Readonly<Record<Lang, readonly string[]>> = {
  en: [
    'Director',
    'Director',
    'Non-Executive Director',
    'Chairman',
    'Managing Director',
    'Chief Executive Officer',
    'Company Secretary',
  ],
  de: ['Geschäftsführer', 'Vorstand', 'Aufsichtsratsmitglied', 'Prokurist'],
  fr: ['Gérant', 'Président', 'Directeur général', 'Administrateur'],
  es: ['Administrador único', 'Consejero', 'Presidente', 'Consejero delegado'],
  pt: ['Administrador', 'Diretor', 'Gerente'],
  it: ['Amministratore unico', 'Consigliere', 'Presidente del consiglio di amministrazione'],
  nl: ['Bestuurder', 'Directeur', 'Commissaris'],
  ru: ['Генеральный директор', 'Директор', 'Член совета директоров'],
  el: ['Διευθύνων Σύμβουλος', 'Πρόεδρος', 'Μέλος ΔΣ'],
  he: ['דירקטור', 'מנכ"ל', 'יו"ר'],
  zh: ['董事', '法定代表人', '监事', '董事长'],
};

/** Public bodies that buy from the industry, with the FtM topic each gets. */
export const PUBLIC_BODIES: ReadonlyArray<readonly [string, string]> = [
  ['Ministry of the Interior', 'gov.national'],
  ['Ministry of Defence', 'gov.security'],
  ['National Police', 'gov.security'],
  ['State Security Service', 'gov.security'],
  ['Directorate of Military Intelligence', 'gov.security'],
  ['General Intelligence Directorate', 'gov.security'],
  ['Customs Authority', 'gov.national'],
  ['Ministry of Justice', 'gov.national'],
  ['Telecommunications Regulatory Authority', 'gov.national'],
  ['Border Guard Service', 'gov.security'],
  ['Office of the Prosecutor General', 'gov.judicial'],
  ['Presidential Guard', 'gov.security'],
  ['National Cyber Security Centre', 'gov.security'],
  ['Financial Intelligence Unit', 'gov.financial'],
];

/** What a payment was for. */
export const PAYMENT_PURPOSES: readonly string[] = [
  'Licence fees',
  'Maintenance and support',
  'Hardware supply',
  'Training',
  'Consulting services',
  'Software licence',
  'System integration',
  'Annual subscription',
  'Intercompany loan',
  'Management fee',
];

/** Kinds of limited partner, with the FtM topic and the share of LPs of that kind. */
export const INVESTOR_KINDS: ReadonlyArray<readonly [kind: string, topic: string, weight: number]> = [
  ['Pension fund', 'fin.fund', 55],
  ['Insurance', 'fin', 15],
  ['Endowment', 'fin.fund', 10],
  ['Sovereign wealth fund', 'fin.fund', 5],
  ['Fund of funds', 'fin.fund', 15],
];

/** Roman numerals for fund vintages. */
export const ROMAN: readonly string[] = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];
