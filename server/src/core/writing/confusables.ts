// Known confusions of administrative Vietnamese: a real word written for another (s/x, ch/tr, d/gi/r,
// l/n, hỏi/ngã). Each pair: the wrong two-syllable form, the right one, the severity and the source.
// Sources (../shared/reference/writing.md §2.7): "corpus" = found in ../shared/corpus or the seeds;
// "HD05" = a typo in Hướng dẫn 05-HD/VPTW itself; "common" = the classic confusions every style guide
// lists (s/x, ch/tr, d/gi, l/n, hỏi/ngã), written here from common knowledge. Warning when the wrong form
// has no other reading; information when it could be meant in some context.

import { key } from './lexicon';
import { PhraseIndex } from './phrases';

export interface Confusable {
  wrong: string;
  right: string;
  severity: 'warning' | 'information';
  source: string;
}

const W = 'warning',
  I = 'information';
const PAIRS: [string, string, 'warning' | 'information', string][] = [
  ['xử dụng', 'sử dụng', W, 'common'],
  ['bổ xung', 'bổ sung', W, 'common'],
  ['sử lý', 'xử lý', W, 'common'],
  ['sản suất', 'sản xuất', W, 'common'],
  ['năng xuất', 'năng suất', W, 'common'],
  ['xắp xếp', 'sắp xếp', W, 'common'],
  ['sắp sếp', 'sắp xếp', W, 'common'],
  ['sát nhập', 'sáp nhập', W, 'common'],
  ['xuất xắc', 'xuất sắc', W, 'common'],
  ['chuẩn đoán', 'chẩn đoán', W, 'common'],
  ['chỉnh chu', 'chỉn chu', W, 'common'],
  ['dữ gìn', 'giữ gìn', W, 'common'],
  ['lỗ lực', 'nỗ lực', W, 'common'],
  ['lăng lực', 'năng lực', W, 'common'],
  ['hướng dẩn', 'hướng dẫn', W, 'common'],
  ['sẳn sàng', 'sẵn sàng', W, 'common'],
  ['cũng cố', 'củng cố', I, 'common'],
  ['thăm quan', 'tham quan', I, 'common'],
  ['chia sẽ', 'chia sẻ', W, 'common'],
  ['sáng lạng', 'xán lạn', W, 'common'],
  ['diều hành', 'điều hành', W, 'corpus (seed 003)'],
  ['vận đông', 'vận động', W, 'corpus (seed 002)'],
  ['đại hiểu', 'đại biểu', W, 'HD05 Phụ lục 2'],
  ['xẩy ra', 'xảy ra', I, 'corpus (state 005)'],
  ['giành cho', 'dành cho', I, 'common'],
  ['tham mưa', 'tham mưu', W, 'common'],
  ['chấn trỉnh', 'chấn chỉnh', W, 'common'],
  ['trin tiết', 'chi tiết', W, 'common'],
  ['chi tiếc', 'chi tiết', W, 'common'],
  ['xuất sứ', 'xuất xứ', W, 'common'],
  ['suất xứ', 'xuất xứ', W, 'common'],
  ['chương chình', 'chương trình', W, 'common'],
  ['trương trình', 'chương trình', W, 'common'],
  ['dàng buộc', 'ràng buộc', W, 'common'],
  ['giàng buộc', 'ràng buộc', W, 'common'],
  ['xơ xuất', 'sơ suất', W, 'common'],
  ['sơ xuất', 'sơ suất', W, 'common'],
  ['sai xót', 'sai sót', W, 'common'],
  ['thiếu xót', 'thiếu sót', W, 'common'],
  ['sửa chửa', 'sửa chữa', W, 'common'],
  ['giảm xút', 'giảm sút', W, 'common'],
  ['suy xụp', 'suy sụp', W, 'common'],
  ['dãi bày', 'giãi bày', W, 'common'],
  ['bàng quang', 'bàng quan', I, 'common'],
  ['tri trả', 'chi trả', W, 'common'],
  ['tri phí', 'chi phí', W, 'common'],
  ['chỉ chích', 'chỉ trích', W, 'common'],
  ['trẩn đoán', 'chẩn đoán', W, 'common'],
];

/** Wrong forms by the keys (lower case, new tone placement) of their two syllables. */
export const CONFUSABLES = new PhraseIndex<Confusable>(
  PAIRS.map(([wrong, right, severity, source]) => [key(wrong), { wrong, right, severity, source }] as const),
);
