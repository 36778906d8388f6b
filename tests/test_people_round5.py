"""The people reader, fifth round: forms found by probing news the reader was not written from.
Sentences written for these tests."""
from __future__ import annotations

from written import people_by_name


def test_a_given_name_that_is_also_a_country_ends_the_name_after_a_ministry():
    # "Anh" is England too; the run began at the ministry's words, the family name is further on
    people = people_by_name("Bộ trưởng Công Thương Trần Tuấn Anh tiếp Đại sứ Nhật Bản tại Hà Nội.")
    assert people["Trần Tuấn Anh"].titles == ["Bộ trưởng Công Thương"]
    assert people["Trần Tuấn Anh"].country == "VN"
    assert "Trần Tuấn" not in people


def test_a_four_word_name_ending_in_a_country_word_is_kept_whole():
    people = people_by_name("Phó Chủ tịch Quốc hội Nguyễn Thị Kim Anh, Thứ trưởng Nguyễn Văn Hòa cùng dự.")
    assert people["Nguyễn Thị Kim Anh"].titles == ["Phó Chủ tịch Quốc hội"]
    assert "Nguyễn Thị Kim" not in people


def test_a_country_after_a_foreign_name_is_still_the_country():
    people = people_by_name("Ngoại trưởng Boris Johnson Anh cho biết London ủng hộ ASEAN.")
    assert "Boris Johnson" in people


def test_two_names_of_vietnamese_syllables_one_letter_apart_are_two_people():
    # "Bình"/"Minh" are one letter apart, but in syllabic names that is another word, not a slip
    people = people_by_name("Chủ tịch Trung Quốc Tập Cận Bình đánh giá cao quan hệ hai nước. Dự hội kiến có "
                            "Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh.")
    assert people["Tập Cận Bình"].titles == ["Chủ tịch"]
    assert people["Tập Cận Bình"].country == "CN"
    assert people["Phạm Bình Minh"].titles == ["Phó Thủ tướng", "Bộ trưởng Ngoại giao"]
    assert people["Phạm Bình Minh"].country == "VN"


def test_a_foreign_name_misspelt_by_one_letter_is_still_one_person():
    people = people_by_name("Tổng thống Argentina Mauricio Macri phát biểu. Ông Mauricio Macr cảm ơn chủ nhà.")
    assert [name for name in people if name.startswith("Mauricio")] == ["Mauricio Macri"]


def test_a_minister_of_industry_and_trade_named_without_a_person_is_no_one():
    # "Công" is also a family name; "Công Thương" after "Bộ trưởng" is the ministry's field
    people = people_by_name("Bộ trưởng Công Thương phát biểu tại phiên họp. Thứ trưởng Công Thương Lê Văn Bình "
                            "cho biết thêm.")
    assert list(people) == ["Lê Văn Bình"]
    assert people["Lê Văn Bình"].titles == ["Thứ trưởng Công Thương"]


def test_a_clipped_country_between_a_title_and_a_foreign_name_is_the_country():
    people = people_by_name("Thủ tướng Thái Thaksin Shinawatra gặp Thủ tướng Ấn Manmohan Singh và Tổng thống "
                            "Phi Gloria Arroyo bên lề hội nghị.")
    assert people["Thaksin Shinawatra"].country == "TH"
    assert people["Manmohan Singh"].country == "IN"
    assert people["Gloria Arroyo"].country == "PH"
    assert people["Gloria Arroyo"].titles == ["Tổng thống"]


def test_thái_before_a_vietnamese_given_name_is_a_family_name():
    people = people_by_name("Thứ trưởng Thái Văn Long phát biểu, Đại sứ Thái Bá Hùng cũng dự.")
    assert people["Thái Văn Long"].titles == ["Thứ trưởng"]
    assert "Thái Bá Hùng" in people


def test_a_rank_written_between_a_country_and_the_name_is_a_title():
    people = people_by_name("Thủ tướng Myanmar Tướng Khin Nyunt tiếp đoàn. Tướng Than Shwe vắng mặt.")
    assert people["Khin Nyunt"].titles == ["Thủ tướng", "Tướng"]
    assert people["Khin Nyunt"].country == "MM"
    assert people["Than Shwe"].titles == ["Tướng"]


def test_a_vietnamese_given_name_tướng_stays_in_the_name():
    people = people_by_name("Ông Nguyễn Văn Tướng, Giám đốc Sở Ngoại vụ, cho biết đoàn đã đến.")
    assert people["Nguyễn Văn Tướng"].titles == ["Giám đốc Sở Ngoại vụ"]


def test_the_head_of_a_university_faculty_is_a_title():
    people = people_by_name("Trưởng khoa Quan hệ quốc tế Đại học Khoa học Xã hội và Nhân văn Hoàng Khắc Nam "
                            "nhận định. Theo ông Lê Văn Bình, Phó trưởng khoa Luật, thì khác.")
    assert people["Hoàng Khắc Nam"].titles == ["Trưởng khoa Quan hệ quốc tế Đại học Khoa học Xã hội và Nhân văn"]
    assert people["Lê Văn Bình"].titles == ["Phó trưởng khoa Luật"]


def test_chinese_family_names_in_their_sino_vietnamese_reading():
    people = people_by_name("Ủy viên trưởng Lật Chiến Thư tiếp đoàn. Người phát ngôn Bộ Ngoại giao Trung Quốc "
                            "Cảnh Sảng trả lời báo chí.")
    assert people["Lật Chiến Thư"].titles == ["Ủy viên trưởng"]
    assert people["Cảnh Sảng"].country == "CN"


def test_hàn_before_a_short_syllabic_name_is_a_family_name_not_korea():
    people = people_by_name("Ngoại trưởng Tần Cương gặp Phó Thủ tướng Hàn Chính tại Bắc Kinh. Ngoại trưởng Hàn "
                            "Ban Ki-moon cũng có mặt.")
    assert people["Hàn Chính"].titles == ["Phó Thủ tướng"]
    assert people["Ban Ki-moon"].country == "KR"


def test_one_foreign_word_with_vowels_no_vietnamese_syllable_holds_names_a_person():
    # "Moon", "Lee", "Yoon" fold like syllables but hold vowel pairs Vietnamese never writes
    people = people_by_name("Tổng thống Moon đã phát biểu. Thủ tướng Lee và Tổng thống Yoon cũng dự hội nghị.")
    assert {name: p.titles for name, p in people.items()} == {
        "Moon": ["Tổng thống"], "Lee": ["Thủ tướng"], "Yoon": ["Tổng thống"]}


def test_a_vietnamese_given_name_alone_after_a_title_is_still_no_one():
    assert people_by_name("Thủ tướng Dũng đã phát biểu tại hội nghị.") == {}


def test_a_given_name_that_also_opens_sentences_ends_a_three_syllable_name():
    people = people_by_name("Thứ trưởng Nguyễn Văn Sáng phát biểu. Ông Nguyễn Văn Tham, Vụ trưởng Vụ ASEAN, "
                            "cho biết. Đại sứ Lê Văn Chiều cũng dự.")
    assert people["Nguyễn Văn Sáng"].titles == ["Thứ trưởng"]
    assert people["Nguyễn Văn Tham"].titles == ["Vụ trưởng Vụ ASEAN"]
    assert "Lê Văn Chiều" in people


def test_a_time_word_after_a_full_name_still_opens_the_next_sentence():
    people = people_by_name("Tổng Bí thư Nguyễn Phú Trọng Sáng nay đã tiếp đoàn. Thủ tướng Nguyễn Xuân Phúc "
                            "Chiều 10/8 dự họp.")
    assert set(people) == {"Nguyễn Phú Trọng", "Nguyễn Xuân Phúc"}


def test_a_ministry_department_for_asean_serves_its_country_not_asean():
    people = people_by_name("Vụ trưởng Vụ ASEAN Trần Văn Mạnh cho biết. Bà Nguyễn Thị Hằng, Phó Vụ trưởng Vụ "
                            "ASEAN, nói thêm.")
    assert people["Trần Văn Mạnh"].country == "VN"
    assert people["Nguyễn Thị Hằng"].country == "VN"
    assert people["Nguyễn Thị Hằng"].titles == ["Phó Vụ trưởng Vụ ASEAN"]


def test_the_supreme_court_and_procuracy_are_read_to_their_lower_case_words():
    people = people_by_name("Chánh án Tòa án nhân dân tối cao Nguyễn Hòa Bình phát biểu. Viện trưởng Viện Kiểm "
                            "sát nhân dân tối cao Lê Minh Trí dự.")
    assert people["Nguyễn Hòa Bình"].titles == ["Chánh án Tòa án nhân dân tối cao"]
    assert people["Lê Minh Trí"].titles == ["Viện trưởng Viện Kiểm sát nhân dân tối cao"]


def test_commentators_observers_diplomats_and_chief_executives_are_named_in_a_role():
    people = people_by_name("Nhà bình luận Trần Đăng Tuấn nêu ý kiến. Theo nhà quan sát Carl Thayer, ASEAN cần "
                            "đoàn kết. Nhà ngoại giao kỳ cựu Nguyễn Tâm Chiến nhận định. CEO Nguyễn Thị Phương "
                            "Thảo của Vietjet ký hợp đồng. Các nhà khoa học đã họp.")
    assert people["Trần Đăng Tuấn"].titles == ["Nhà bình luận"]
    assert people["Carl Thayer"].titles == ["nhà quan sát"]
    assert people["Nguyễn Tâm Chiến"].titles == ["Nhà ngoại giao kỳ cựu"]
    assert people["Nguyễn Thị Phương Thảo"].titles == ["CEO"]
    assert len(people) == 4


def test_an_official_described_before_the_name_holds_that_role():
    people = people_by_name("Một quan chức cấp cao Bộ Ngoại giao Mỹ, ông Scot Marciel, cho biết Washington ủng hộ "
                            "ASEAN. Các quan chức ASEAN đã họp.")
    assert people["Scot Marciel"].titles == ["quan chức cấp cao Bộ Ngoại giao"]
    assert people["Scot Marciel"].country == "US"
    assert len(people) == 1


def test_a_centre_for_studies_of_a_country_and_its_neighbours_is_one_organisation():
    people = people_by_name("Giám đốc Trung tâm Nghiên cứu Nga và các nước SNG Trần Văn Hòa phát biểu tại hội thảo.")
    assert people["Trần Văn Hòa"].titles == ["Giám đốc Trung tâm Nghiên cứu Nga và các nước SNG"]


def test_cao_cấp_goes_on_with_a_school_owned_by_the_title():
    people = people_by_name("Phó trưởng ban châu Á Trung tâm nghiên cứu quốc tế của Trường Kinh tế cao cấp "
                            "Anastasia Ivanova khẳng định điều đó.")
    assert people["Anastasia Ivanova"].titles == [
        "Phó trưởng ban châu Á Trung tâm nghiên cứu quốc tế của Trường Kinh tế cao cấp"]


def test_a_ministry_whose_name_holds_a_comma_is_read_whole():
    people = people_by_name("Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng tham dự. Bộ trưởng Lao động, "
                            "Thương binh và Xã hội Đào Ngọc Dung cũng dự.")
    assert people["Nguyễn Văn Hùng"].titles == ["Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"]
    assert people["Đào Ngọc Dung"].titles == ["Bộ trưởng Lao động, Thương binh và Xã hội"]


def test_an_office_with_its_remit_in_lower_case_words_before_the_name():
    people = people_by_name("Cao ủy Liên Hợp Quốc về người tị nạn Filippo Grandi cảnh báo. Báo cáo viên đặc biệt "
                            "của Liên Hợp Quốc về quyền con người Tom Andrews lên tiếng. Bộ trưởng phụ trách các vấn "
                            "đề đối ngoại Anifah Aman phát biểu.")
    assert people["Filippo Grandi"].titles == ["Cao ủy Liên Hợp Quốc về người tị nạn"]
    assert people["Filippo Grandi"].country == "UN"
    assert people["Tom Andrews"].titles == ["Báo cáo viên đặc biệt của Liên Hợp Quốc về quyền con người"]
    assert people["Anifah Aman"].titles == ["Bộ trưởng phụ trách các vấn đề đối ngoại"]


def test_về_as_a_verb_after_a_title_names_no_one():
    assert people_by_name("Thủ tướng về nước. Chủ tịch nước về thăm Nghệ An. Thủ tướng phát biểu về tình hình "
                          "Biển Đông.") == {}


def test_an_english_body_named_after_a_head_is_no_person():
    people = people_by_name("Ông Phil Robertson, Phó Giám đốc Human Rights Watch khu vực châu Á, kêu gọi ASEAN "
                            "hành động. Giám đốc Amnesty International Agnès Callamard lên tiếng.")
    assert "Human Rights Watch" not in people
    assert people["Phil Robertson"].titles == ["Phó Giám đốc Human Rights Watch khu vực châu Á"]
    assert people["Agnès Callamard"].titles == ["Giám đốc Amnesty International"]


def test_a_firms_local_arm_then_its_officer():
    people = people_by_name("Tổng Giám đốc Samsung Việt Nam Choi Joo Ho cho biết. Tổng Giám đốc Standard Chartered "
                            "Việt Nam Michele Wee có mặt.")
    assert set(people) == {"Choi Joo Ho", "Michele Wee"}
    assert people["Choi Joo Ho"].titles == ["Tổng Giám đốc Samsung"]
    assert people["Michele Wee"].titles == ["Tổng Giám đốc Standard Chartered"]


def test_a_foreign_leader_before_a_country_word_is_still_the_name():
    people = people_by_name("Thủ tướng Shinzo Abe, Tổng thống Joko Widodo và Thủ tướng Lý Hiển Long dự họp.")
    assert set(people) == {"Shinzo Abe", "Joko Widodo", "Lý Hiển Long"}


def test_a_coined_camel_case_body_before_a_name_is_the_title():
    people = people_by_name("Chủ tịch EuroCham Alain Cany phát biểu. Thượng nghị sĩ John McCain và Thống đốc Ron "
                            "DeSantis được nhắc tới.")
    assert people["Alain Cany"].titles == ["Chủ tịch EuroCham"]
    assert "John McCain" in people and "Ron DeSantis" in people


def test_a_continent_written_châu_inside_a_title_is_read_on_to_the_name():
    people = people_by_name("Chủ tịch Hội đồng Kinh doanh châu Á Ronnie Chan gặp đoàn. Giám đốc Chương trình châu Á "
                            "tại Viện Lowy Hervé Lemahieu nhận định.")
    assert set(people) == {"Ronnie Chan", "Hervé Lemahieu"}
    assert people["Ronnie Chan"].titles == ["Chủ tịch Hội đồng Kinh doanh châu Á"]
    assert people["Hervé Lemahieu"].titles == ["Giám đốc Chương trình châu Á tại Viện Lowy"]


def test_a_programme_or_project_is_an_organisation_not_a_family_name():
    people = people_by_name("Giám đốc Dự án Mekong Nguyễn Văn Hòa cho biết. Giám đốc Chương trình Phát triển Liên Hợp "
                            "Quốc (UNDP) Achim Steiner phát biểu.")
    assert people["Nguyễn Văn Hòa"].titles == ["Giám đốc Dự án Mekong"]
    assert people["Achim Steiner"].titles == ["Giám đốc Chương trình Phát triển Liên Hợp Quốc (UNDP)"]


def test_consuls_honorary_and_deputy():
    people = people_by_name("Lãnh sự danh dự Việt Nam tại Perth John Smith dự lễ. Phó Tổng Lãnh sự Việt Nam tại "
                            "Vientiane Lê Thị Mai cũng dự.")
    assert "John Smith" in people
    assert people["Lê Thị Mai"].titles == ["Phó Tổng Lãnh sự tại Vientiane"]
    assert people["Lê Thị Mai"].country == "VN"


def test_a_sea_or_region_named_after_a_lower_case_noun_is_not_the_name():
    people = people_by_name("Chuyên gia về biển Đông Carl Thayer nói rằng các bên cần kiềm chế.")
    assert people["Carl Thayer"].titles == ["Chuyên gia về biển Đông"]
    assert "Đông Carl Thayer" not in people


def test_the_mekong_river_commission_heads_a_title():
    people = people_by_name("Tổng Giám đốc Ban Thư ký Ủy hội sông Mê Công quốc tế An Pich Hatda phát biểu.")
    assert people["An Pich Hatda"].titles == ["Tổng Giám đốc Ban Thư ký Ủy hội sông Mê Công quốc tế"]


def test_a_foundation_named_after_a_continent_then_its_chair():
    people = people_by_name("Chủ tịch Quỹ Châu Á Carlos Dominguez phát biểu tại diễn đàn.")
    assert people["Carlos Dominguez"].titles == ["Chủ tịch Quỹ Châu Á"]


def test_a_firm_named_in_quotes_then_its_officer():
    people = people_by_name("Tổng Giám đốc Công ty “Hoa Sen Vàng” Lê Thị Ngọc Lan phát biểu. Giám đốc Công ty "
                            "\"Minh Phát\" Trần Quốc Toản cho biết.")
    assert people["Lê Thị Ngọc Lan"].titles == ["Tổng Giám đốc Công ty “Hoa Sen Vàng”"]
    assert people["Trần Quốc Toản"].titles == ["Giám đốc Công ty \"Minh Phát\""]


def test_a_firm_ending_in_a_rare_family_name_before_a_common_one():
    people = people_by_name("Chủ tịch Tập đoàn Tuần Châu Đào Hồng Tuyển dự lễ. Chủ tịch Tập đoàn Trung Nguyên Đặng Lê "
                            "Nguyên Vũ cũng dự.")
    assert people["Đào Hồng Tuyển"].titles == ["Chủ tịch Tập đoàn Tuần Châu"]
    assert people["Đặng Lê Nguyên Vũ"].titles == ["Chủ tịch Tập đoàn Trung Nguyên"]


def test_a_verb_after_a_bare_title_ends_it_before_the_object_named():
    people = people_by_name("Thủ tướng tiễn Joko Widodo ra sân bay. Đại sứ chào mừng Penny Wong tới Hà Nội. Thứ "
                            "trưởng nhắc lại lời Hồ Chí Minh.")
    assert people == {}


def test_a_verb_right_after_a_bare_office_is_no_part_of_its_title():
    people = people_by_name("Thủ tướng ủng hộ Gordon Brown tại phiên họp. Bộ trưởng chỉ trích Boris Johnson. Tổng "
                            "thống tháp tùng Rishi Sunak tới Hà Nội.")
    assert people == {}


def test_words_that_qualify_an_office_still_reach_the_holder():
    people = people_by_name("Thủ tướng mãn nhiệm Malcolm Turnbull phát biểu. Bộ trưởng y tế Indonesia Budi Gunadi "
                            "Sadikin nói. Thống đốc bang Florida Jeb Bush cũng có mặt.")
    assert people["Malcolm Turnbull"].titles == ["Thủ tướng mãn nhiệm"]
    assert people["Budi Gunadi Sadikin"].country == "ID"
    assert "Jeb Bush" in people


def test_a_bare_name_with_its_title_in_brackets():
    people = people_by_name("Lim Jock Hoi (Tổng Thư ký ASEAN) nói rằng ASEAN đoàn kết. Nguyễn Văn Thành (Giám đốc Sở "
                            "Ngoại vụ) cho biết đoàn đã đến.")
    assert people["Lim Jock Hoi"].titles == ["Tổng Thư ký ASEAN"]
    assert people["Nguyễn Văn Thành"].titles == ["Giám đốc Sở Ngoại vụ"]


def test_a_name_ending_in_jr_then_its_title_in_apposition():
    people = people_by_name("Phát biểu tại hội nghị, Teodoro Locsin Jr., Ngoại trưởng Philippines, kêu gọi tôn trọng "
                            "luật pháp quốc tế.")
    assert people["Teodoro Locsin Jr"].titles == ["Ngoại trưởng"]
    assert people["Teodoro Locsin Jr"].country == "PH"


def test_dr_inside_a_run_of_malay_honorifics_stays_in_the_name():
    people = people_by_name("Thủ tướng Malaysia Tun Dr. Mahathir Mohamad và Phó Thủ tướng Datuk Seri Dr. Wan Azizah "
                            "Wan Ismail tiếp đoàn.")
    assert people["Tun Dr. Mahathir Mohamad"].titles == ["Thủ tướng"]
    assert people["Datuk Seri Dr. Wan Azizah Wan Ismail"].titles == ["Phó Thủ tướng"]


def test_a_second_minister_of_foreign_affairs():
    people = people_by_name("Bộ trưởng Ngoại giao thứ hai Brunei Dato Erywan Pehin Yusof phát biểu tại hội nghị.")
    assert people["Dato Erywan Pehin Yusof"].titles == ["Bộ trưởng Ngoại giao thứ hai"]
    assert people["Dato Erywan Pehin Yusof"].country == "BN"


def test_the_country_of_a_leader_of_a_state_beyond_asia_is_not_glued_to_the_name():
    people = people_by_name("Nhà lãnh đạo Libya Muammar Gaddafi phát biểu. Tổng thống Afghanistan Hamid Karzai và "
                            "Tổng thống Xy-ri Bashar al-Assad gặp nhau. Giáo hoàng Francis gửi thông điệp.")
    assert people["Muammar Gaddafi"].country == "LY"
    assert people["Hamid Karzai"].country == "AF"
    assert people["Bashar al-Assad"].country == "SY"
    assert people["Francis"].titles == ["Giáo hoàng"]


def test_a_city_in_the_title_tells_the_country_served_when_nothing_else_does():
    people = people_by_name("Thị trưởng London Sadiq Khan phát biểu. Thống đốc Jakarta Anies Baswedan dự. Trưởng Đặc "
                            "khu hành chính Hồng Kông cũng gửi thư.")
    assert people["Sadiq Khan"].country == "GB"
    assert people["Anies Baswedan"].country == "ID"


def test_the_head_of_an_international_body_serves_that_body():
    people = people_by_name("Tổng Giám đốc WTO Roberto Azevedo phát biểu. Tổng thư ký NATO Jens Stoltenberg cũng dự.")
    assert people["Roberto Azevedo"].country == "WTO"
    assert people["Jens Stoltenberg"].country == "NATO"


def test_older_spellings_of_countries_before_a_leader():
    people = people_by_name("Thủ tướng Xinh-ga-po Lý Hiển Long và Thủ tướng Thuỵ Điển Göran Persson gặp nhau.")
    assert people["Lý Hiển Long"].country == "SG"
    assert people["Göran Persson"].country == "SE"


def test_ứng_is_a_vietnamese_family_name():
    people = people_by_name("Ông Ứng Ngọc Anh, Phó Chủ tịch Công ty Sao Mai, cho biết đơn hàng tăng.")
    assert people["Ứng Ngọc Anh"].titles == ["Phó Chủ tịch Công ty Sao Mai"]


def test_memorials_avenues_and_hospitals_named_after_a_leader_are_no_person():
    people = people_by_name("Đoàn thăm Khu lưu niệm Chủ tịch Souphanouvong và Đài tưởng niệm Tổng thống Lincoln, đi "
                            "qua Đại lộ Tổng thống Sukarno tới Bệnh viện Vua Chulalongkorn và Công viên Hoàng gia Nữ "
                            "hoàng Sirikit.")
    assert people == {}


def test_tin_is_a_word_of_myanmar_names():
    people = people_by_name("Bộ trưởng Ngoại giao Myanmar Kyaw Tin dự họp. Bộ trưởng Myanmar Tin Naing Thein "
                            "phát biểu.")
    assert people["Kyaw Tin"].titles == ["Bộ trưởng Ngoại giao"]
    assert people["Tin Naing Thein"].titles == ["Bộ trưởng"]


def test_a_provincial_leader_whose_province_was_named_before():
    people = people_by_name("Tại Bà Rịa, Chủ tịch UBND tỉnh Nguyễn Văn Thọ tiếp đoàn. Phó Chủ tịch UBND thành phố "
                            "Nguyễn Thành Phong dự. Chủ tịch UBND thành phố Hồ Chí Minh phát biểu.")
    assert people["Nguyễn Văn Thọ"].titles == ["Chủ tịch UBND tỉnh"]
    assert people["Nguyễn Thành Phong"].titles == ["Phó Chủ tịch UBND thành phố"]
    assert "Hồ Chí Minh" not in people


def test_places_that_open_with_an_honorifics_word_are_no_person():
    assert people_by_name("Đoàn lên Bà Nà Hills rồi tới núi Bà Đen và chợ Bà Chiểu.") == {}


def test_a_one_word_transliteration_after_a_title_and_its_country_names_a_person():
    people = people_by_name("Tổng thống Nga Pu-tin tiếp Thủ tướng Phan Văn Khải. Quốc vương Cam-pu-chia Xi-ha-mô-ni "
                            "dự. Thủ tướng Xin-ga-po phát biểu.")
    assert people["Pu-tin"].country == "RU"
    assert people["Xi-ha-mô-ni"].titles == ["Quốc vương"]
    assert "Xin-ga-po" not in people
