// Countries a Vĩnh Phúc civil-status register realistically names: Vietnam, its neighbours, the
// countries of the industrial-park investors and workers (Korea, Japan, Taiwan, China), of
// cross-border marriages, and of the diaspora (former socialist states, Western countries).
// Codes: ISO 3166-1 alpha-2 / alpha-3 (ISO 3166 Maintenance Agency); former states: ISO 3166-3.
// Vietnamese names: the Ministry of Foreign Affairs transliterations ("Ca-na-đa") beside the
// common names ("Mỹ", "Úc", "Đại Hàn"); written from general knowledge, no generator script.
// Deliberately left out: Nigeria (alpha-3 NGA = "Nga", Russia) and Angola (alpha-2 AO = "Áo",
// Austria), whose codes collide with Vietnamese names in registers typed without diacritics.

export interface Country {
  /** ISO 3166-1 alpha-2, the normalized value. */
  alpha2: string;
  alpha3: string;
  nameVi: string;
  nameEn: string;
  /** Other spellings: transliterations, official long forms, adjectives, older names. */
  aliases: readonly string[];
}

export const COUNTRIES: readonly Country[] = [
  { alpha2: 'VN', alpha3: 'VNM', nameVi: 'Việt Nam', nameEn: 'Viet Nam', aliases: [
      'Việt', 'Vietnam', 'Vietnamese', 'Cộng hòa xã hội chủ nghĩa Việt Nam', 'CHXHCNVN', 'CHXHCN VN',
      // The same state's name until 02/07/1976 (Việt Nam Dân chủ Cộng hòa): books of 1945–1976 and people born then.
      'Việt Nam Dân chủ Cộng hòa', 'Việt Nam DCCH', 'VN DCCH', 'VNDCCH', 'Democratic Republic of Vietnam',
    ] },
  { alpha2: 'CN', alpha3: 'CHN', nameVi: 'Trung Quốc', nameEn: 'China', aliases: ['Trung Hoa', 'Cộng hòa Nhân dân Trung Hoa', 'CHND Trung Hoa', 'Chinese', 'PRC', 'TQ'] },
  { alpha2: 'TW', alpha3: 'TWN', nameVi: 'Đài Loan', nameEn: 'Taiwan', aliases: ['Đài Loan (Trung Quốc)', 'Trung Quốc (Đài Loan)', 'Trung Hoa Dân Quốc', 'Taiwanese', 'Taiwan, Province of China'] },
  { alpha2: 'HK', alpha3: 'HKG', nameVi: 'Hồng Kông', nameEn: 'Hong Kong', aliases: ['Hồng Công', 'Hương Cảng', 'Hồng Kông (Trung Quốc)', 'Hong Kong SAR'] },
  { alpha2: 'MO', alpha3: 'MAC', nameVi: 'Ma Cao', nameEn: 'Macao', aliases: ['Macau', 'Ma Cau', 'Áo Môn', 'Ma Cao (Trung Quốc)'] },
  { alpha2: 'LA', alpha3: 'LAO', nameVi: 'Lào', nameEn: 'Laos', aliases: ['Cộng hòa Dân chủ Nhân dân Lào', 'Lao PDR', "Lao People's Democratic Republic"] },
  { alpha2: 'KH', alpha3: 'KHM', nameVi: 'Campuchia', nameEn: 'Cambodia', aliases: ['Cam-pu-chia', 'Căm-pu-chia', 'Cam Bốt', 'Kampuchea', 'Kampuchia', 'Cambodian'] },
  { alpha2: 'TH', alpha3: 'THA', nameVi: 'Thái Lan', nameEn: 'Thailand', aliases: ['Thai'] },
  { alpha2: 'MM', alpha3: 'MMR', nameVi: 'Mi-an-ma', nameEn: 'Myanmar', aliases: ['Myanma', 'Miến Điện', 'Burma'] },
  { alpha2: 'MY', alpha3: 'MYS', nameVi: 'Ma-lai-xi-a', nameEn: 'Malaysia', aliases: ['Malaixia', 'Mã Lai'] },
  { alpha2: 'SG', alpha3: 'SGP', nameVi: 'Xin-ga-po', nameEn: 'Singapore', aliases: ['Xinh-ga-po', 'Singapo', 'Tân Gia Ba'] },
  { alpha2: 'ID', alpha3: 'IDN', nameVi: 'In-đô-nê-xi-a', nameEn: 'Indonesia', aliases: ['Nam Dương'] },
  { alpha2: 'PH', alpha3: 'PHL', nameVi: 'Phi-líp-pin', nameEn: 'Philippines', aliases: ['Philippin', 'Philipin', 'Phi Luật Tân'] },
  { alpha2: 'BN', alpha3: 'BRN', nameVi: 'Bru-nây', nameEn: 'Brunei Darussalam', aliases: ['Brunei'] },
  { alpha2: 'TL', alpha3: 'TLS', nameVi: 'Đông Ti-mo', nameEn: 'Timor-Leste', aliases: ['East Timor', 'Đông Timor'] },
  { alpha2: 'KR', alpha3: 'KOR', nameVi: 'Hàn Quốc', nameEn: 'Korea, Republic of', aliases: ['Hàn', 'Đại Hàn', 'Đại Hàn Dân Quốc', 'Nam Hàn', 'Nam Triều Tiên', 'South Korea', 'Republic of Korea', 'Korea', 'Korean'] },
  { alpha2: 'KP', alpha3: 'PRK', nameVi: 'Triều Tiên', nameEn: "Korea, Democratic People's Republic of", aliases: ['Bắc Triều Tiên', 'Bắc Hàn', 'Cộng hòa Dân chủ Nhân dân Triều Tiên', 'CHDCND Triều Tiên', 'North Korea', 'DPRK'] },
  { alpha2: 'JP', alpha3: 'JPN', nameVi: 'Nhật Bản', nameEn: 'Japan', aliases: ['Nhật', 'Japanese'] },
  { alpha2: 'MN', alpha3: 'MNG', nameVi: 'Mông Cổ', nameEn: 'Mongolia', aliases: [] },
  { alpha2: 'IN', alpha3: 'IND', nameVi: 'Ấn Độ', nameEn: 'India', aliases: ['Indian'] },
  { alpha2: 'US', alpha3: 'USA', nameVi: 'Hoa Kỳ', nameEn: 'United States of America', aliases: ['Mỹ', 'Hợp chủng quốc Hoa Kỳ', 'United States', 'America', 'American'] },
  { alpha2: 'CA', alpha3: 'CAN', nameVi: 'Ca-na-đa', nameEn: 'Canada', aliases: ['Canadian'] },
  { alpha2: 'AU', alpha3: 'AUS', nameVi: 'Ô-xtrây-li-a', nameEn: 'Australia', aliases: ['Úc', 'Ốt-xtrây-li-a', 'Úc Đại Lợi', 'Australian'] },
  { alpha2: 'NZ', alpha3: 'NZL', nameVi: 'Niu Di-lân', nameEn: 'New Zealand', aliases: ['Tân Tây Lan'] },
  { alpha2: 'GB', alpha3: 'GBR', nameVi: 'Anh', nameEn: 'United Kingdom', aliases: ['Vương quốc Anh', 'Liên hiệp Anh', 'Anh Quốc', 'UK', 'England', 'Great Britain', 'Britain', 'British'] },
  { alpha2: 'FR', alpha3: 'FRA', nameVi: 'Pháp', nameEn: 'France', aliases: ['Cộng hòa Pháp', 'French'] },
  { alpha2: 'DE', alpha3: 'DEU', nameVi: 'Đức', nameEn: 'Germany', aliases: ['Cộng hòa Liên bang Đức', 'CHLB Đức', 'Tây Đức', 'German', 'Deutschland'] },
  { alpha2: 'RU', alpha3: 'RUS', nameVi: 'Nga', nameEn: 'Russian Federation', aliases: ['Liên bang Nga', 'LB Nga', 'Russia', 'Russian'] },
  { alpha2: 'UA', alpha3: 'UKR', nameVi: 'U-crai-na', nameEn: 'Ukraine', aliases: ['Ukraina', 'Ucraina'] },
  { alpha2: 'BY', alpha3: 'BLR', nameVi: 'Bê-la-rút', nameEn: 'Belarus', aliases: ['Bạch Nga'] },
  { alpha2: 'KZ', alpha3: 'KAZ', nameVi: 'Ca-dắc-xtan', nameEn: 'Kazakhstan', aliases: [] },
  { alpha2: 'PL', alpha3: 'POL', nameVi: 'Ba Lan', nameEn: 'Poland', aliases: ['Polish'] },
  { alpha2: 'CZ', alpha3: 'CZE', nameVi: 'Séc', nameEn: 'Czechia', aliases: ['Cộng hòa Séc', 'Czech Republic', 'Czech'] },
  { alpha2: 'SK', alpha3: 'SVK', nameVi: 'Xlô-va-ki-a', nameEn: 'Slovakia', aliases: ['Slovakia'] },
  { alpha2: 'HU', alpha3: 'HUN', nameVi: 'Hung-ga-ri', nameEn: 'Hungary', aliases: [] },
  { alpha2: 'BG', alpha3: 'BGR', nameVi: 'Bun-ga-ri', nameEn: 'Bulgaria', aliases: [] },
  { alpha2: 'RO', alpha3: 'ROU', nameVi: 'Ru-ma-ni', nameEn: 'Romania', aliases: [] },
  { alpha2: 'IT', alpha3: 'ITA', nameVi: 'I-ta-li-a', nameEn: 'Italy', aliases: ['Ý', 'Italia'] },
  { alpha2: 'ES', alpha3: 'ESP', nameVi: 'Tây Ban Nha', nameEn: 'Spain', aliases: [] },
  { alpha2: 'PT', alpha3: 'PRT', nameVi: 'Bồ Đào Nha', nameEn: 'Portugal', aliases: [] },
  { alpha2: 'IE', alpha3: 'IRL', nameVi: 'Ai-len', nameEn: 'Ireland', aliases: ['Ai-rơ-len', 'Irish'] },
  { alpha2: 'NL', alpha3: 'NLD', nameVi: 'Hà Lan', nameEn: 'Netherlands', aliases: ['Holland'] },
  { alpha2: 'BE', alpha3: 'BEL', nameVi: 'Bỉ', nameEn: 'Belgium', aliases: [] },
  { alpha2: 'CH', alpha3: 'CHE', nameVi: 'Thụy Sĩ', nameEn: 'Switzerland', aliases: [] },
  { alpha2: 'AT', alpha3: 'AUT', nameVi: 'Áo', nameEn: 'Austria', aliases: [] },
  { alpha2: 'SE', alpha3: 'SWE', nameVi: 'Thụy Điển', nameEn: 'Sweden', aliases: [] },
  { alpha2: 'NO', alpha3: 'NOR', nameVi: 'Na Uy', nameEn: 'Norway', aliases: [] },
  { alpha2: 'DK', alpha3: 'DNK', nameVi: 'Đan Mạch', nameEn: 'Denmark', aliases: [] },
  { alpha2: 'FI', alpha3: 'FIN', nameVi: 'Phần Lan', nameEn: 'Finland', aliases: [] },
  { alpha2: 'CU', alpha3: 'CUB', nameVi: 'Cu-ba', nameEn: 'Cuba', aliases: [] },
  { alpha2: 'BR', alpha3: 'BRA', nameVi: 'Bra-xin', nameEn: 'Brazil', aliases: ['Brasil'] },
];

/**
 * States that no longer exist but appear as a parent's nationality in registers of the
 * 1970s–1990s (study and work abroad). ISO 3166-3 codes; they cannot be loaded as a nationality.
 */
export const FORMER_STATES: readonly { iso3166_3: string; nameVi: string; aliases: readonly string[] }[] = [
  { iso3166_3: 'SUHH', nameVi: 'Liên Xô', aliases: ['Liên bang Xô viết', 'USSR', 'Soviet Union', 'CCCP'] },
  { iso3166_3: 'CSHH', nameVi: 'Tiệp Khắc', aliases: ['Czechoslovakia'] },
  { iso3166_3: 'DDDE', nameVi: 'Cộng hòa Dân chủ Đức', aliases: ['CHDC Đức', 'Đông Đức', 'East Germany', 'GDR'] },
  { iso3166_3: 'YUCS', nameVi: 'Nam Tư', aliases: ['Yugoslavia'] },
];
