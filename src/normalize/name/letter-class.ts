/** Vietnamese letters (quốc ngữ plus f j w z), precomposed, as a regular-expression character class. */
export const VN_LETTER_CLASS = '[a-zA-ZÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĐđĨĩŨũƠơƯưẠ-ỹ]';
