// Word data for the writing rules, each list with where it comes from. Lists are written here by
// hand from the references named (../shared/reference/writing.md), never copied from a dictionary.
// Every set is built once when the module loads; keys are lower case NFC with the new tone placement.

import { foldTone } from '../vn';

export const key = (s: string): string => foldTone(s.normalize('NFC').toLowerCase());
const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/).map(key));

/**
 * Loanwords and foreign spellings written in lower case in administrative text (writing.md §2.6,
 * measured on the shared corpus): not typos.
 */
export const LOANWORDS = set(`
  camera email internet intranet online offline website web video virus covid vắc xin vaccine gen ka pin ping
  tivi ga li amonit oxit xeri anfo ocop olong luy fax radio app zalo facebook youtube wifi smartphone
  clip file logo poster pano banner container ozon gram
`);

/** Units and symbols (writing.md §2.6). */
export const UNITS = set('kg km m cm mm ha kw kwh mw ml g mg l dm dm2 m2 m3 km2 ha ppm db kv kva mwh gb mb kb ccm');

/** Lower-case roman numerals up to 39 (list markers "i, ii, iv"). */
export const ROMAN_LOWER = set('i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx xxi xxx');

/**
 * Syllables most frequent in administrative text, used only to rank suggestions (which of "luất" or
 * "luật" was meant). Written from common knowledge of the language; not a dictionary.
 */
export const COMMON = set(`
  của và các những được trong không cũng có với theo này người việc năm công thực hiện quản lý đảng nhà
  nước chính phát triển kinh tế xã hội luật hợp tác đồng thời đơn vị cơ quan tổ chức cán bộ đạt kết quả
  một học tập nghiệp việt nam quốc biết tích cực mục tiêu chất lượng tốt nhất định đề nghị báo cáo
  thường trực tiếp tục đẩy mạnh nâng cao kiểm tra giám sát xây dựng hoạt động thủ tục hành chính tài
  sản xuất khẩu nhập đầu tư dự án kế hoạch thông tin truyền chuyển đổi số hóa lập ban chấp thống
  nhận thức trách nhiệm phối chủ trì những trong đó để về đến tại trên dưới như nhằm bằng thì mà nhưng
  hoặc hay vẫn còn phải cần chưa mỗi mọi đã sẽ đang bị cho là từ khi sau trước ngày tháng đất đai môi
  trường pháp luật giải quyết sách triển khai rà soát phong trào dân chủ quy chế kỷ luật phục vụ tiếp
  nhận đạo đức lối sống bảo đảm an ninh trật tự toàn diện hiệu quả kịp đúng sát thực chặt chẽ cụ thể
  những tình hình nhiệm vụ giải pháp trọng tâm thực tế tập trung biện tăng cường hướng dẫn nghiêm túc
  khắc phục hạn chế tồn tại thiếu sót nguyên nhân bài học kinh nghiệm giai đoạn nhiệm kỳ khóa đại hội
  nghị quyết chỉ thị kết luận thông báo quyết định văn bản nội dung chương trình đề án đột phá hạ tầng
  giao thông điện nước sạch y tế giáo dục đào tạo văn hóa thể thao du lịch nông thôn mới khoa học công
  nghệ thương mại dịch vụ doanh nghiệp hộ gia đình cá nhân tập thể lãnh đạo chỉ đạo điều hành
`);

/**
 * Function words whose doubling is always a slip (writing.md §4.1, closed class; corpus: 1 real, 0 false).
 */
export const FUNCTION_WORDS = set(`
  của các những và với là được bị đã sẽ đang cho theo trong tại để về đến trên dưới như nhằm bằng này đó
  thì mà nhưng hoặc hay cũng vẫn còn phải cần có không chưa một mỗi mọi
`);

/** Words of the "X Y X" stutter (writing.md §4.1: "được đã được"). */
export const STUTTER = set('được đã sẽ đang bị');

/** Legitimate full reduplication (writing.md §4.2): never reported. */
export const REDUPLICATION = set(`
  ngày đêm tháng năm đời kiếp sáng chiều tối người nhà ai đâu nơi ngành cấp lớp hàng muôn
  mãi luôn thường dần từ đều vừa chung sơ rành sờ khư khăng chằm đăm hằm nhao xa cao xanh
  ầm rầm ào ùn đùng rào rần lù bừng
`);

/**
 * Syllables that end one compound and start the next (writing.md §4.3: "thi công công trình", "hành vi
 * vi phạm", "xã hội hội nhập"): a doubled one is not reported.
 */
export const SEAMS = set(`
  công vi hội chính sản xuất học sinh nghiệp vụ việc hiện thể tư tra đạo dân quan kết nghị biểu viên
  trực chủ luận tế động nhân lực dụng tin
`);
