"""Chinese, Japanese and Korean people and places where the value stands whole: a form's label, a letter's
signature, a delivery block, a postcode before the town (``cjk._whole_name``, ``cjk._signed_lines``,
``cjk._postcode_places``), and a name confirmed in one record found again in another. Both ways: the person and
the place go; a chat's speaker and its reply, a team's name under a closing, a number before a word stay."""

from __future__ import annotations

import pytest

from governed_tuning.gates.pii.cjk import cjk_dataset_name, cjk_people, cjk_pieces, cjk_places


def found(text: str) -> set[tuple[str, str]]:
    return {(text[f.start:f.end], f.entity) for f in cjk_people(text) + cjk_places(text)}


@pytest.mark.parametrize("text,value,kind", [
    ("患者: 中川信夫\nMRN: 4471", "中川信夫", "PERSON"),  # a family name no list ranks, a ranked given name
    ("Customer: 山口ミサキ <m@example.com>", "山口ミサキ", "PERSON"),  # a given name in katakana
    ("氏名: 山田 太郎\n住所: 東京都", "山田 太郎", "PERSON"),  # family and given name apart
    ("姓名：欧阳娜娜", "欧阳娜娜", "PERSON"),
    ("성함: 홍민수\n연락처: 010-0000-0000", "홍민수", "PERSON"),
    ("よろしくお願いいたします。\n中村美咲\n", "中村美咲", "PERSON"),  # under a letter's closing
    ("감사합니다.\n탁현준\n", "탁현준", "PERSON"),  # a rarer family name, a ranked given name
    ("--\n최서연 | Product Manager", "최서연", "PERSON"),  # a signature after its dashes
    ("お届け先：\n森下エミリ\n", "森下エミリ", "PERSON"),  # the recipient of a delivery block
    ("탁현준님께 연락드립니다.", "탁현준", "PERSON"),  # before an honorific
    ("저는 탁현준입니다.", "탁현준", "PERSON"),  # a weak introduction
    ("151-0051 渋谷区", "渋谷区", "LOCATION"),  # a postcode, then the town
    ("〒980-0811 仙台市", "仙台市", "LOCATION"),
    ("06236 강남구", "강남구", "LOCATION"),
    ("地址: 建国路 88, 100022 朝阳区\n", "建国路 88", "STREET_ADDRESS"),  # the street before the postcode
    ("本町 12\n530-0001 大阪市", "本町 12", "STREET_ADDRESS"),
    ("받는 분: 윤서아", "윤서아", "PERSON"),  # a recipient's label: a census family name and any given name
    ("高橋美咲です。名古屋から来ました。", "高橋美咲", "PERSON"),  # the copula says who speaks
    ("私は横浜市に住んでいる鈴木です。", "鈴木", "PERSON"),
    ("担当の中村です。", "中村", "PERSON"),  # a family name that is also a town, where it says who speaks
    ("佐藤様のご注文は福岡県北九州市小倉北区の住所に発送しました。", "福岡県北九州市小倉北区", "LOCATION"),  # units
    ("您的快递已送达上海市浦东新区。", "上海市浦东新区", "LOCATION"),
    ("Contact the Taipei office, 台北市信義區.", "台北市信義區", "LOCATION"),
    ("東京都新宿区西新宿", "東京都新宿区", "LOCATION"),
    ("상품이 부산광역시 해운대구로 배송됩니다.", "부산광역시 해운대구", "LOCATION"),
    ("请联系王芳处理退款。", "王芳", "PERSON"),  # no honorific: a verb that takes a person, then a verb
    ("客户赵磊投诉了三次。", "赵磊", "PERSON"),  # a person's role before the name
    ("会议由陈建华主持。", "陈建华", "PERSON"),
    ("张伟的订单还没到。", "张伟", "PERSON"),  # a clause's start and a person's things after it
    ("박지은 고객의 주소가 변경되었습니다.", "박지은", "PERSON"),  # 지은 ends like a particle, a role after it
    ("김도윤 과장님이 확인했습니다.", "김도윤", "PERSON"),
])
def test_whole_values_are_people_and_places(text, value, kind):
    assert (value, kind) in found(text)


@pytest.mark.parametrize("text", [
    "客户：好的\n客服：请稍等",  # a chat's speaker label and a reply
    "用户：可以\n客户：方便\n客户：何时发货\n客户：不满意",
    "社員：参加する\nお名前：見落とす\n氏名：腐った",  # a kanji word and hiragana is a verb
    "직원: 조작원\n성함: 기술자\n고객: 없음",  # a job that starts with a family name's syllable
    "감사합니다.\n고객센터 드림",
    "よろしくお願いいたします。\nカスタマーサポート",
    "感谢您的耐心。\n客服中心",
    "--\n양식 | Support",
    "共 300 个区\n我们有 1200 家门店\n订单 12345 件商品",  # numbers before words: no postcode, no town
    "12345 合作\n45678 文化",  # towns of those names exist, but without their unit a number is not a postcode
    "员工: 已离职\n患者: 男性\n联系人: 本人",
    "Pallet ER-3782\n谢谢帮助!",  # thanks under an English line, not 谢 and a given name
    "出身は長野です。明日です。これは問題です。日本語が上手です。料金は無料です。元気です！",  # the copula after words
    "私たちは北京市場で会いました。知道了，苏州市场部的同事会联系你。",  # a town and 市场 (market): one unit
    "다시 확인하시겠어요? 한국도 좋아요. 정도 걸리시나요?",  # words ending like a unit
    # a family name's character starting a word between the words that frame a person
    "请联系查看。和阅读的订单。经理谢谢的订单。由于已经发货。找关系处理。和平的电话。客户安静说。",
    "우리 고객의 주소가 변경되었습니다. 장기간 고객을 위한 혜택.",
])
def test_ordinary_words_in_those_places_are_kept(text):
    assert found(text) == set()


def test_the_copula_after_a_family_name_is_no_given_name():
    assert ("中村", "PERSON") in found("私は中村です。") and ("中村です", "PERSON") not in found("私は中村です。")


def test_a_name_confirmed_once_is_found_in_the_other_records(gate):
    out, _ = gate.scrub_records([{"t": "您好，我叫王鑫明。洗衣机坏了。"}, {"t": "王鑫明的订单已经发货了。"},
                                 {"t": "Customer: 坂下タクマ <t@example.com>"}, {"t": "坂下タクマからのメールです。"},
                                 {"t": "王老吉很好喝。订单已经发货了。"}])
    joined = repr(out)
    for name in ("王鑫明", "坂下タクマ"):
        assert name not in joined, name
    assert "王老吉很好喝" in joined and "订单已经发货了" in joined  # nothing confirmed it: a drink stays


def test_only_whole_names_confirmed_by_their_context_spread_across_records():
    assert cjk_dataset_name("王鑫明", "person_context_cjk_intro")
    assert cjk_dataset_name("탁현준", "person_context_cjk_honorific")
    assert not cjk_dataset_name("王老吉", "person_context_cjk_alone")  # a run alone in English text
    assert not cjk_dataset_name("桃子", "person_context_cjk_honorific")  # a given name alone
    assert "王鑫明" in cjk_pieces("我是王鑫明。") and "王鑫" not in cjk_pieces("我是王鑫明。")
