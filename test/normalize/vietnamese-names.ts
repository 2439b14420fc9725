/**
 * Realistic names of Vietnamese citizens, of every group the Vĩnh Phúc registers hold and some
 * they may meet, as clerks type them: none may read as a foreign name (foreign-looking.ts).
 * One name a line, grouped by what each group tests.
 */
const TABLE = `
# Kinh, with marks: common and rare surnames, compound surnames, both tone styles, rare rimes
Nguyễn Văn Hùng | Trần Thị Lan | Lê Văn Tám | Phạm Thị Kim Loan | Hoàng Văn Thái | Vũ Thị Thu Hà
Đặng Văn Khoa | Bùi Thị Hằng | Đỗ Văn Quyết | Hồ Thị Mai | Ngô Văn Dũng | Dương Thị Ngọc Ánh
Lý Văn Phúc | Nguyễn Thị Xuyến | Lê Văn Khuông | Ma Văn Kháng | Trịnh Văn Thắng | Đinh Thị Quỳnh
Phan Văn Lợi | Tạ Thị Nguyệt | Khổng Văn Chiến | Kiều Thị Lụa | Lã Văn Khương | Tăng Thị Mơ
Âu Văn Cường | Hứa Thị Loan | Lương Văn Đức | Tô Văn Bảo | Lại Thị Gấm | Khúc Văn Huy
Quách Thị Hường | Chu Văn An | Mạc Thị Thanh | Cao Văn Tuấn | Triệu Thị Hương | Đào Văn Toản
Hà Thị Thoa | Văn Thị Nhung | Kim Thị Ngân | Ông Văn Tuyên | Tôn Nữ Thu Hương | Tôn Thất Thuyết
Âu Dương Minh | Nguyễn Lê Minh Bình | Nguyễn Thị Thủy | Lê Thị Thuỷ | Trần Văn Hòa | Phạm Thị Hoà
Nguyễn Văn Khuyến | Nguyễn Thị Ngoãn | Trần Thị Quyên | Lê Văn Nghĩa | Đỗ Thị Huệ | Phùng Văn Quang
Nguyễn Thị Thanh Huyền | Hoàng Thị Thu Trang | Vương Văn Thắng | Nghiêm Thị Thơm | Thân Văn Khoát | Doãn Thị Thêu
Giang Văn Minh | Bạch Thị Yến | Lưu Văn Hiển | Mai Thị Lan | Hoa Văn Phú | Đàm Thị Ước
Cù Văn Chính | Khuất Thị Nhàn | Tống Văn Điệp | Phí Văn Khẩn | Trương Thị Ngát | Từ Văn Thuận
Viên Thị Gái | Nhữ Văn Tâm | Ứng Văn Lộc | Ninh Thị Hoa | Thái Văn Hưởng | Đoàn Thị Oanh
Mẫn Văn Sáu | Hàn Thị Bưởi | Diệp Văn Thịnh | Sái Văn Hiệp | Quản Thị Nết | Trần Thị Ngọc Diễm
Nguyễn Phương Thảo | Lê Hoàng Anh | Phạm Gia Khánh | Vũ Đức Huy | Đặng Khánh Linh | Nguyễn Ngọc Bảo Châu
Bùi Quang Vinh | Trần Minh Khuê | Nguyễn Thị Lựu | Đỗ Thị Ngoan | Hoàng Văn Khoẻ | Phan Thị Khuyên
Nguyễn Văn Oánh | Lê Thị Tuyết | Trần Văn Uẩn | Nguyễn Văn Quýnh | Nguyễn Văn Ngoạn | Lê Thị Nguyệt Ánh
Ngô Thị Kim Oanh | Đặng Văn Phúc | Nguyễn Thị Ngát | Vũ Thị Lựu | Bùi Văn Kiên | Hoàng Thị Liên
# Kinh, with one foreign or Catholic word
Nguyễn Anna | Trần Maria Thảo | Lê Thị Anna | Maria Nguyễn Thị Hoa | Giuse Trần Văn Long | Nguyễn Thị Ma-ri-a
Phạm Giô-sép Hùng | Nguyễn Elizabeth Ngọc Trâm | Lê Văn Rô-be
# Kinh, typed without marks or in capitals
Nguyen Van Hung | Tran Thi Lan | Le Van Tam | Pham Thi Kim Loan | Hoang Van Thai | Do Thi Hue
Vu Duc Huy | Bui Quang Vinh | Ngo Thi Mai | Dang Khanh Linh | Duong Ngoc Anh | Phan Thanh Binh
Mai Lan | Nguyen Thi Xuyen | Truong Van Khuong | Quach Thi Huong | Kieu Van Khoat | Nghiem Xuan Yem
NGUYỄN VĂN HÙNG | TRẦN THỊ LAN | NGUYEN VAN HUNG | nguyễn thị hoa | LÊ VĂN KHUÔNG
# Kinh, typed in Telex with the keyboard off, or with a slip
Nguyeenx Vawn Hungf | Traanf Thij Lan | Lê Thị Hoaf | Ddinh Thu Trang | Nguyeenx Thij Hoaf | Traanf Lan
Mai Lan Haf | Ddoox Vawn Nam | Phamj Thij Mai | Trần Thị Hưong | Nguỳen Văn An | Nguyễn Thi Hằng
Nguyeenx Hungf | Hoangf Vawn Thais
# Sán Dìu
Lâm Văn Sáng | Diệp Thị Chút | Trương Văn Sảo | Lý Thị Mừng | Đặng Văn Dẩu | Ninh Văn Sửu
Giang Thị Đán | Lương Văn Sình | Diệp Văn Hiến | Lâm Thị Sẩy | Tạ Văn Cẩu | Trương Thị Sòi
# Dao
Triệu Mùi | Triệu Văn Sinh | Bàn Văn Phin | Đặng Thị Mẩy | Lý Văn Quẩy | Triệu Thị Mẩy
Bàn Phù Nhẩy | Đặng Văn Kiềm | Chảo Văn Lở | Phùng Thị Nhất | Triệu Tài Vinh | Chảo Láo Lở
Lý Seo Chẩn | Bàn Thị Dung | Đặng Phúc Kiều
# Mông
Giàng A Páo | Sùng Seo Sà | Vàng Mí Lử | Mùa A Dế | Vừ Mí Sầu | Lầu A Chớ
Thào Thị Mỷ | Hạng A Tủa | Sùng Thị Dở | Giàng Thị Súa | Ly Seo Dìn | Cứ A Sùng
Mua A Sình | Hờ A Dình | Thào Mí Pó | Giang A Lử
# Thái
Lò Văn Thào | Lò Thị Ọn | Cầm Văn Kiên | Quàng Văn Hặc | Lường Thị Xuân | Tòng Văn Bun
Vì Văn Thiêm | Cà Văn Chượng | Hoàng Thị Ín | Lò Văn Pọm | Sầm Văn Pản | Lù Văn Piếng
# Tày
Hoàng Thị Slam | Vi Văn Slằng | Nông Văn Slao | Bế Văn Đàn | Nông Thị Slình | Hà Văn Slăn
Lương Văn Slinh | Đàm Thị Nhị | Hoàng Văn Pảo | Lục Văn Pảo | Chu Thị Slím | Bế Thị Lý
# Nùng
Mạc Văn Quyn | Lăng Văn Chắn | Vy Thị Mây | Lành Văn Tủn | Hoàng A Sáng | Nông Văn Dền
Lô Thị Nùng | Chu Văn Lìu | Mã Văn Khằm | Lục Thị Hồng
# Cao Lan (Sán Chay)
Lâm Văn Coóng | Hoàng Thị Noọng | La Văn Thoòng | Lục Văn Sóc | Lý Thị Lìn | Lâm Thị Pẻng
# Mường, Hoa
Bùi Văn Khụ | Đinh Thị Bướng | Quách Văn Tẻo | Hà Văn Thơm | Xa Văn Khiêm | Bùi Thị Mỡ
Trương A Phúc | Lý Thị Mỹ Linh | Chiêm Văn Cường | Tăng Tắc Lìn | Hầu A Vẫy | Diệp Chí Cường
`;

export const VIETNAMESE_NAMES: readonly string[] = TABLE.split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .flatMap((line) => line.split('|').map((name) => name.trim()));

/** Names of foreigners typed as clerks type them: no word of any is a Vietnamese syllable. */
export const FOREIGN_NAMES: readonly string[] = [
  'Maria Schmidt', 'John Smith', 'John Michael SMITH', 'MARIA SCHMIDT', 'Peter Müller', 'Jean-Pierre Dubois', 'Anna Kowalska',
  'Max Weber', "Patrick O'Brien", 'Lee Jae Hoon', 'Ivan Petrov', 'Olga Ivanova', 'Hans Schmidt', 'Yuki Tanaka',
];
