/**
 * Local measures of exit-entry offices (Guangzhou, Harbin, Xi'an, Chengdu, Shanxi, Jilin). Most
 * are known only from press reports of the office's work (the seed reports are cited by their
 * own title and date); none of them has a document number we have seen.
 *
 * @module
 */
import { instrument } from './define.js';

// The local measures of the registry.

export const LOCAL_GUANGZHOU_2013 = /* @__PURE__ */ instrument('local.guangzhou-2013', {
  kind: 'local-measure',
  issuer: '广州市公安局出入境管理部门',
  title: '〈关于调整出入境证件办理工作时限的通告〉',
  effective: '2013-07-01',
  evidence: { level: 'secondary', url: 'http://gzbaichu.com/html/crjzwwReleaseGuideGuide20131022092647.html', source: 'the Guangzhou exit-entry guide page of 2013-10-22, as copied (FACTS S57)' },
});

export const LOCAL_HARBIN_2014 = /* @__PURE__ */ instrument('local.harbin-2014', {
  kind: 'local-measure',
  issuer: '哈尔滨市公安局出入境管理局',
  title: '〈哈尔滨市公安局出入境管理局便民服务措施（2014年）〉',
  evidence: { level: 'press', source: '「哈市公安局出入境管理工作受到群众好评」 (黑龙江, 2014-10-27; seed 000_baad1da1e470e07e)' },
});

export const LOCAL_XIAN_2014 = /* @__PURE__ */ instrument('local.xian-2014', {
  kind: 'local-measure',
  issuer: '西安市公安局出入境管理支队',
  title: '〈西安市往来港澳台签注5个工作日办结（2014年）〉',
  evidence: { level: 'secondary', source: 'reprints of the 2014-07-25 national measures (FACTS S29); 华商报 2018-04-04 confirms 5 working days before 2017' },
});

export const LOCAL_XIAN_2017 = /* @__PURE__ */ instrument('local.xian-2017', {
  kind: 'local-measure',
  issuer: '西安市公安局出入境管理支队',
  title: '〈西安市再次申请往来港澳台签注办理时限由5个工作日缩短为3个工作日（2017年）〉',
  evidence: { level: 'press', source: '华商报 2018-04-04 (yybnet.net)' },
});

export const LOCAL_CHENGDU_2018 = /* @__PURE__ */ instrument('local.chengdu-2018', {
  kind: 'local-measure',
  issuer: '成都市公安局出入境管理局',
  title: '〈出入境业务“最多跑一次”便民措施〉',
  evidence: { level: 'press', source: '「輕鬆辦理，立等可取，蓉公安出入境管理局為遊客減負增效」 (亞洲文旅網, 2018-05-16; seed 001_7a22a7ab153b9855)' },
});

export const LOCAL_SHANXI_2013 = /* @__PURE__ */ instrument('local.shanxi-2013', {
  kind: 'local-measure',
  issuer: '山西省公安厅出入境管理局',
  title: '〈省内就近办理因私出入境证件须知〉',
  effective: '2013-03-01',
  evidence: { level: 'reprint', url: 'http://ga.lvliang.gov.cn/site/public/showinfo.aspx?id=2013030709590608820111', source: 'republished by 柳林县公安局 on the 吕梁市公安局 site (2013-03-07)' },
});

export const LOCAL_JILIN_2015 = /* @__PURE__ */ instrument('local.jilin-2015', {
  kind: 'local-measure',
  issuer: '吉林省公安厅出入境管理局',
  title: '〈吉林省因私出入境证件全省通办（取消省内户籍地限制）〉',
  evidence: { level: 'press', source: '「出入境管理局采取措施推动服务管理模式转型升级」 (2015-06-17; seed 003_0be8ec3147f5fa28)' },
});

export const LOCAL_JILIN_2016 = /* @__PURE__ */ instrument('local.jilin-2016', {
  kind: 'local-measure',
  issuer: '吉林省公安厅出入境管理局',
  title: '〈中介代办机构代为申请无需面见申请人的再次签注（2016年上半年）〉',
  evidence: { level: 'press', source: '「出入境管理局采取措施推动服务管理模式转型升级」 (2015-06-17; seed 003_0be8ec3147f5fa28)' },
});
