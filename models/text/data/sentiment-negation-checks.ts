// A behavioural check of negation scope (CheckList-style, Ribeiro et al. 2020), written for
// Glassbox on 2026-11-29 before the generator learned negated events, and never trained on:
// a bad thing denied ("it never crashes", "没出过问题") reads positive, a good thing denied
// ("nobody ever called back", "从来不回消息") reads negative. Reported by validate-natural.ts.
import type { Example } from './sentiment-data';

const EN_POSITIVE = [
  'It never crashes.',
  'Never had a single problem with it.',
  'Nothing to dislike here.',
  'I can\'t complain.',
  'Zero issues after six months.',
  'Not one complaint from the kids.',
  'The paint hasn\'t chipped anywhere.',
  'No hidden fees, no surprises.',
  'My back doesn\'t hurt anymore after sleeping on it.',
  'Haven\'t regretted it for a second.',
  'The flight left without any delay.',
  'It didn\'t break even when I dropped it.',
  'There was nothing wrong with the room.',
  'None of the glitches I read about.',
  'The app no longer freezes since the update.',
];
const EN_NEGATIVE = [
  'The staff never once helped us.',
  'Nobody ever called me back.',
  'The heater doesn\'t work at all.',
  'The remote stopped responding after a day.',
  'Not a single dish arrived warm.',
  'The instructions never explain the last step.',
  'Nothing on the menu was available.',
  'The charger has never charged anything properly.',
  'No one at the desk spoke to us.',
  'The package never arrived.',
  'The lid doesn\'t close anymore.',
  'I never got my deposit back.',
  'The tutorial never shows the result.',
  'Not once did the train leave on time.',
  'The refund still hasn\'t come through.',
];
const ZH_POSITIVE = [
  '用了半年，从来没出过问题。',
  '一次都没卡过。',
  '没什么可挑剔的。',
  '挑不出毛病。',
  '一点异味都没有。',
  '没有任何色差。',
  '摔了两次也没坏。',
  '再也没掉过线了。',
  '整个假期没遇到一点麻烦。',
  '没有隐藏收费。',
  '服务还不错，下次再来。',
  '孩子穿了一个冬天都没起球。',
  '没什么问题，挺满意的。',
  '从来没让我失望过。',
  '电梯、空调都没毛病。',
];
const ZH_NEGATIVE = [
  '客服从来不回消息。',
  '打了三次电话都没人接。',
  '等了两周还没发货。',
  '说好的赠品一个都没给。',
  '按钮根本按不动。',
  '充了一晚上也没充满。',
  '退款到现在都没到账。',
  '这药吃了一点用都没有。',
  '教程从头到尾没讲清楚。',
  '房间里连热水都没有。',
  '菜单上的菜一半都没有。',
  '遥控器一下子就没反应了。',
  '快递员从来不送上楼。',
  '问了服务员好几遍也没人理。',
  '买回来就没正常用过。',
];

export function sentimentNegationChecks(): Example[] {
  return [
    ...EN_POSITIVE.map((text) => ({ text, label: 1, lang: 'en' as const })),
    ...EN_NEGATIVE.map((text) => ({ text, label: 0, lang: 'en' as const })),
    ...ZH_POSITIVE.map((text) => ({ text, label: 1, lang: 'zh' as const })),
    ...ZH_NEGATIVE.map((text) => ({ text, label: 0, lang: 'zh' as const })),
  ];
}
