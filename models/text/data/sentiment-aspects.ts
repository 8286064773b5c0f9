// Aspect statements for sentiment training: plain evaluations of the things reviews talk about
// ("Clean rooms.", "The photos were blurry.", "房间很干净，床也舒服"), each noun as often praised as
// blamed. The natural sentences mention some nouns mostly in complaints (photos 7 positive / 18
// negative, rooms, portions), and the sixth sentiment model learned the nouns as polarity cues:
// "Clean rooms.", "The camera takes great photos." and "Generous portions." all came out negative
// (found by probing with new sentences, 2026-11-29). Balanced statements teach that the noun
// carries no verdict and the adjective does. Nouns and frames authored for Glassbox (CC0);
// adjectives from the generator's lists.

import { pick, type Rng } from '../../../lib/util/rng';

/** [singular, plural] review aspects (authored). */
export const EN_ASPECTS: readonly (readonly [string, string])[] = [
  ['photo', 'photos'], ['room', 'rooms'], ['portion', 'portions'], ['ingredient', 'ingredients'], ['picture', 'pictures'],
  ['bed', 'beds'], ['sheet', 'sheets'], ['towel', 'towels'], ['view', 'views'], ['window', 'windows'],
  ['dish', 'dishes'], ['dessert', 'desserts'], ['drink', 'drinks'], ['salad', 'salads'], ['burger', 'burgers'],
  ['pizza', 'pizzas'], ['noodle dish', 'noodles'], ['sauce', 'sauces'], ['price', 'prices'], ['waiter', 'waiters'],
  ['driver', 'drivers'], ['nurse', 'nurses'], ['teacher', 'teachers'], ['seat', 'seats'], ['screen', 'screens'],
  ['speaker', 'speakers'], ['button', 'buttons'], ['cable', 'cables'], ['charger', 'chargers'], ['lens', 'lenses'],
  ['shoe', 'shoes'], ['sleeve', 'sleeves'], ['pocket', 'pockets'], ['colour', 'colours'], ['fabric', 'fabrics'],
  ['song', 'songs'], ['lyric', 'lyrics'], ['character', 'characters'], ['chapter', 'chapters'], ['episode', 'episodes'],
  ['level', 'levels'], ['graphic', 'graphics'], ['control', 'controls'], ['feature', 'features'], ['setting', 'settings'],
  ['menu', 'menus'], ['notification', 'notifications'], ['review', 'reviews'], ['instruction', 'instructions'], ['lesson', 'lessons'],
  ['exercise', 'exercises'], ['trail', 'trails'], ['beach', 'beaches'], ['street', 'streets'], ['neighbour', 'neighbours'],
  ['bathroom', 'bathrooms'], ['shower', 'showers'], ['kitchen', 'kitchens'], ['breakfast', 'breakfasts'], ['coffee', 'coffees'],
  ['package', 'packages'], ['box', 'boxes'], ['part', 'parts'], ['tool', 'tools'], ['battery', 'batteries'],
];

/** Review aspects in Chinese (authored). */
export const ZH_ASPECTS: readonly string[] = [
  '照片', '房间', '分量', '食材', '图片', '床', '床单', '毛巾', '风景', '窗户', '菜品', '甜点', '饮料', '沙拉', '汉堡',
  '披萨', '面条', '酱汁', '价格', '服务员', '司机', '护士', '老师', '座位', '屏幕', '音箱', '按键', '数据线', '充电器', '镜头',
  '鞋子', '袖子', '口袋', '颜色', '面料', '歌', '歌词', '角色', '章节', '剧集', '关卡', '画面', '操作', '功能', '设置',
  '菜单', '通知', '评论', '说明书', '课', '练习', '步道', '海滩', '街道', '邻居', '卫生间', '淋浴', '厨房', '早餐', '咖啡',
  '包装', '盒子', '配件', '工具', '电池', '味道', '汤', '米饭', '环境', '位置',
];

const capital = (s: string) => s[0].toUpperCase() + s.slice(1);

/** One English aspect statement with the given verdict, built from `pos`/`neg` adjectives. */
export function enAspectStatement(rng: Rng, positive: boolean, adjectives: { pos: readonly string[]; neg: readonly string[] }): string {
  const adj = () => pick(rng, positive ? adjectives.pos : adjectives.neg);
  const [one, many] = pick(rng, EN_ASPECTS);
  const [one2, many2] = pick(rng, EN_ASPECTS);
  const frames = [
    `${capital(adj())} ${many}.`,
    `The ${one} was ${adj()}.`,
    `The ${many} were ${adj()}.`,
    `The ${many} are ${adj()}.`,
    `${capital(adj())} ${one}, ${adj()} ${many2}.`,
    `The ${one} is ${adj()} and the ${many2} are ${adj()}.`,
    `Really ${adj()} ${many}`,
    `${capital(adj())} ${one2}`,
  ];
  return pick(rng, frames);
}

/** One Chinese aspect statement with the given verdict. */
export function zhAspectStatement(rng: Rng, positive: boolean, adjectives: { pos: readonly string[]; neg: readonly string[] }, intensifiers: readonly string[]): string {
  const adj = () => pick(rng, positive ? adjectives.pos : adjectives.neg);
  const int = () => (rng() < 0.8 ? pick(rng, intensifiers) : '');
  const n = pick(rng, ZH_ASPECTS);
  const n2 = pick(rng, ZH_ASPECTS);
  const frames = [
    `${n}${int()}${adj()}`,
    `${n}${int()}${adj()}。`,
    `${n}${int()}${adj()}，${n2}也${int()}${adj()}`,
    `${int()}${adj()}的${n}`,
    `这家的${n}${int()}${adj()}`,
    `${n}${int()}${adj()}，${n2}${int()}${adj()}。`,
  ];
  return pick(rng, frames);
}
