/**
 * Service guides (办事指南), knowledge-base answers and interpretations: what offices publish
 * about a rule, where no instrument with a number is known or the guide is the best text seen.
 *
 * @module
 */
import { instrument } from './define.js';

// The guides of the registry.

export const GUIDE_HKMO_ENDORSEMENTS = /* @__PURE__ */ instrument('guide.hkmo-endorsements', {
  kind: 'guide',
  issuer: '国家移民管理局（原公安部出入境管理局）',
  title: '〈往来港澳通行证签注签发规定（办事指南）〉',
  evidence: { level: 'secondary', url: 'http://ccschy.com/techan/113854.html', source: 'provincial public-security guide pages of about 2013–2023 (FACTS S49, S50, S51, S53, S84)' },
});

export const GUIDE_TAIWAN_ENDORSEMENTS_OLDER = /* @__PURE__ */ instrument('guide.taiwan-endorsements-older', {
  kind: 'guide',
  issuer: '公安部出入境管理局',
  title: '〈前往台湾签注种类及有效期（旧版列表，含J签注）〉',
  evidence: { level: 'secondary', url: 'http://shbk.net/techan/2206.html', source: 'encyclopaedia pages (FACTS S48)' },
});

export const GUIDE_TAIWAN_ENDORSEMENTS_LATER = /* @__PURE__ */ instrument('guide.taiwan-endorsements-later', {
  kind: 'guide',
  issuer: '公安部出入境管理局（国家移民管理局）',
  title: '〈前往台湾签注签发规定（九类）〉',
  evidence: { level: 'secondary', url: 'http://m.ccschy.com/techan/201199.html', source: 'provincial public-security guide pages (长沙, 成都, 烟台, 南通; FACTS S48)' },
});

export const GUIDE_GUANGDONG_S_2018 = /* @__PURE__ */ instrument('guide.guangdong-s-2018', {
  kind: 'guide',
  issuer: '广东省公安厅',
  title: '〈港澳商务签注申请条件（办事知识库答复）〉',
  published: '2018-08-31',
  url: 'http://gdga.gd.gov.cn/bsfw/zsk/crj/content/post_1092269.html',
  evidence: { level: 'official', url: 'http://gdga.gd.gov.cn/bsfw/zsk/crj/content/post_1092269.html', source: '广东省公安厅 knowledge base' },
});

export const GUIDE_NIA_PASSPORT = /* @__PURE__ */ instrument('guide.nia-passport', {
  kind: 'guide',
  issuer: '国家移民管理局',
  title: '〈普通护照签发办事指南（办结时限）〉',
  evidence: { level: 'secondary', url: 'http://ghj.yuantaichina.com/jdhy/zcwd/list/84.html', source: 'local government pages of 2019–2024 (FACTS S16; 元泰/徐州/南阳/银川 copies)' },
});

export const GUIDE_NIA_HKMO = /* @__PURE__ */ instrument('guide.nia-hkmo', {
  kind: 'guide',
  issuer: '国家移民管理局',
  title: '〈往来港澳通行证和签注签发办事指南（办结时限）〉',
  evidence: { level: 'secondary', url: 'http://bbbaike.com/baike/techan/1230813.html', source: 'local government and press pages (FACTS S53, S54, S86)' },
});

export const GUIDE_MPS_PASSPORT_REPLACEMENT_2019 = /* @__PURE__ */ instrument('guide.mps-passport-replacement-2019', {
  kind: 'guide',
  issuer: '公安部',
  title: '补发普通护照（政务服务事项）',
  published: '2019-07-08',
  evidence: { level: 'reprint', url: 'http://www.8mav1163.com/2019-07/08/content_74964742.html', source: 'a copy of the gov.cn 中国政务 page sourced to the MPS website' },
});

export const GUIDE_NIA_RENEWAL_GROUNDS = /* @__PURE__ */ instrument('guide.nia-renewal-grounds', {
  kind: 'guide',
  issuer: '国家移民管理局',
  title: '申请换发普通护照的情形（深圳市人民政府业务知识库，信息来源：国家移民管理局）',
  evidence: { level: 'reprint', url: 'https://www.sz.gov.cn/hdjl/ywzsk/rmzfkabgs/tgcs/content/post_12434872.html', source: '深圳市人民政府 knowledge base, sourced to the NIA (undated)' },
});

export const GUIDE_KIOSKS = /* @__PURE__ */ instrument('guide.kiosks', {
  kind: 'guide',
  issuer: '公安机关出入境管理部门',
  title: '〈往来港澳通行证自助签注办理须知〉',
  evidence: { level: 'secondary', url: 'http://falvzhuanjia.cn/jujiao/13020.html', source: 'local guides: falvzhuanjia.cn (2022), 成都本地宝 (2024), Shenzhen kiosk guide (2016)' },
});

export const GUIDE_TAIWAN_URGENT = /* @__PURE__ */ instrument('guide.taiwan-urgent', {
  kind: 'guide',
  issuer: '公安部',
  title: '〈往来台湾通行证和签注急事急办（优先审批）〉',
  evidence: { level: 'secondary', source: 'an unattributed excerpt (FACTS §4.3)' },
});

export const GUIDE_CIVIL_AFFAIRS_DEFERRED_ACCEPTANCE = /* @__PURE__ */ instrument('guide.civil-affairs-deferred-acceptance', {
  kind: 'guide',
  issuer: '地方民政部门（网上转载）',
  title: '容缺受理办事程序',
  evidence: { level: 'reprint', url: 'https://fzl8tp.cn/zfxxgk_lcs/artview/2331/227143.html', source: 'a civil-affairs 容缺受理 procedure copied onto a site that imitates a government disclosure page (FACTS S75)' },
});

export const GUIDE_XIAN_DEFERRED_ACCEPTANCE = /* @__PURE__ */ instrument('guide.xian-deferred-acceptance', {
  kind: 'guide',
  issuer: '西安市行政审批服务局',
  title: '容缺受理服务模式解释说明',
  url: 'http://xzspj.xa.gov.cn/zwgk/zcjd/zcjd/64a4f814f8fd1c1a7034a157.html',
  evidence: { level: 'official', url: 'http://xzspj.xa.gov.cn/zwgk/zcjd/zcjd/64a4f814f8fd1c1a7034a157.html', source: '西安市行政审批服务局 policy interpretation' },
});
